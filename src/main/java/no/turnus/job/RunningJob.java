package no.turnus.job;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.turnus.problem.Best;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveControl;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.problem.SolverPool;
import no.turnus.store.JobStatus;

/**
 * A job held by this process from the engine's pick until its end is stored: it waits, solves through its kind, can be
 * stopped in either state, and ends with a status that says why.
 */
final class RunningJob<S> {

    private static final Logger LOG = LoggerFactory.getLogger(RunningJob.class);

    final String id;
    final JobRecorder<S> recorder;
    private final ProblemKind<?, S> kind;
    private final Duration limit;
    private final Consumer<String> onReleased;
    /** Taken once, by the solver thread that runs the job or by a stop while it is queued: never both. */
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final SolveControl control = new SolveControl();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile S problem;
    private volatile Future<?> future;
    private volatile boolean stopRequested;
    /** The service is stopping: the job goes back to the queue instead of ending. */
    private volatile boolean handingOver;
    private volatile JobStatus endStatus;

    /** @param released told the job's id once its end is stored */
    RunningJob(String id, ProblemKind<?, S> kind, S problem, Duration limit, JobRecorder<S> recorder,
               Consumer<String> released) {
        this.id = id;
        this.kind = kind;
        this.problem = problem;
        this.limit = limit;
        this.recorder = recorder;
        this.onReleased = released;
    }

    /** Set before the job is visible to {@link #stop}, which may cancel it. */
    void queued(Future<?> task) {
        future = task;
    }

    void run(SolverPool pool) {
        if (!claimed.compareAndSet(false, true)) {
            return; // stopped (or interrupted) while it waited in the queue; already finished there
        }
        try {
            recorder.started();
            LOG.info("Job {} ({}) solving for {}", id, kind.name(), limit);
            S toSolve = problem;
            problem = null;
            // Timefold's Micrometer solver metrics are tagged with the job id, as SolverManager tags them.
            Solved<S> solved = kind.solve(toSolve, SolveRequest.of(limit, null).withId(id),
                    new SolveContext<>(pool, control, recorder::best));
            // A stop asked before the service stopped wins: the user wanted the job to end.
            JobStatus status = stopRequested ? JobStatus.STOPPED
                    : handingOver ? JobStatus.QUEUED : JobStatus.COMPLETED;
            end(status, new Best<>(solved.best(), solved.score(), solved.scoreText(), solved.feasible(), 0), null);
        } catch (RuntimeException | Error e) {
            LOG.warn("Job {} failed", id, e);
            end(JobStatus.FAILED, recorder.lastBest(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Stops the job: a queued one ends at once with {@code queuedStatus}, a solving one once its solvers have let
     * go (they are told to end early; the best solution found is kept).
     */
    void stop(JobStatus queuedStatus) {
        stopRequested = true;
        if (claimed.compareAndSet(false, true)) {
            // Still queued: it never starts. (FutureTask.cancel alone also succeeds on a running task.)
            future.cancel(false);
            end(queuedStatus, null, null);
        } else {
            control.stop();
        }
    }

    /**
     * Hands the job back to the queue (the service is stopping): a queued one at once, a solving one once its
     * solvers have let go; its best and the time spent are stored with it, for another instance to resume.
     */
    void handOver() {
        handingOver = true;
        if (claimed.compareAndSet(false, true)) {
            future.cancel(false);
            end(JobStatus.QUEUED, null, null);
        } else {
            control.stop();
        }
    }

    /** Whether the job ended by going back to the queue (known once it is released). */
    boolean handedOver() {
        return endStatus == JobStatus.QUEUED;
    }

    private void end(JobStatus status, Best<S> best, String error) {
        endStatus = status;
        recorder.ended(status, best, error, () -> {
            onReleased.accept(id);
            released.countDown();
        });
    }

    /** Returns once the job's end is stored. */
    void awaitReleased() throws InterruptedException {
        released.await();
    }
}

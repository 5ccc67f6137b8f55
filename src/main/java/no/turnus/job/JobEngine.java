package no.turnus.job;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The job engine shared by the instances on one database: db-scheduler (docs/architecture.md). A job is one
 * execution of the task {@value #TASK}, named by the job's id. An instance picks at most {@code concurrent} at a
 * time and renews their heartbeat; an execution whose heartbeat has stopped for {@code missed-heartbeats} beats
 * (its instance died) is revived and picked again, by whichever instance polls first.
 */
final class JobEngine {

    static final String TASK = "solve-job";
    static final String TABLE = "scheduled_tasks";

    private final Scheduler scheduler;
    private final CustomTask<Void> task;

    /**
     * @param run solves the job of that id on the calling thread and returns when its end is stored, or true when
     *            it handed the job back instead (this instance is stopping): the execution is then offered again at
     *            once, to whichever instance polls next. A throw hands it back too, offered after
     *            {@code poll-interval}.
     */
    JobEngine(DataSource dataSource, JobProperties properties, Predicate<String> run) {
        this.task = Tasks.custom(TASK, Void.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(properties.pollInterval()))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> run.test(instance.getId())
                        ? (complete, operations) -> operations.reschedule(complete, Instant.now())
                        : new CompletionHandler.OnCompleteRemove<>());
        // Scheduled in the transaction that stores the job, so there is never one without the other.
        this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task)
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(properties.instance()))
                .threads(properties.concurrent())
                .pollingInterval(properties.pollInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    void start() {
        scheduler.start();
    }

    /** Queues the job for any instance; joins the caller's transaction. */
    void schedule(String jobId) {
        scheduler.schedule(task.instance(jobId), Instant.now());
    }

    /** Drops a job no instance has picked (stopped while queued); one being picked meanwhile finds it finished. */
    void cancel(String jobId) {
        TaskInstanceId id = TaskInstanceId.of(TASK, jobId);
        if (scheduler.getScheduledExecution(id).filter(execution -> !execution.isPicked()).isPresent()) {
            try {
                scheduler.cancel(id);
            } catch (RuntimeException pickedMeanwhile) {
                // The instance that picked it sees the job has finished and lets it go.
            }
        }
    }

    /** Picks no more jobs; waits for the running executions, whose jobs have been told to end. */
    void stop() {
        scheduler.stop();
    }
}

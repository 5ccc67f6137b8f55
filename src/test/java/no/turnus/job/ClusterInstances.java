package no.turnus.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.turnus.TurnusApplication;
import no.turnus.api.ServiceClient;
import no.turnus.store.JobStore;
import no.turnus.store.JobStore.JobRun;
import no.turnus.store.TestDatabase;

/** Service instances on one test database for the cluster tests, and what those tests check of a job's runs. */
public final class ClusterInstances {

    static final Duration WAIT = Duration.ofSeconds(120);

    private ClusterInstances() {
    }

    /**
     * The arguments of an instance solving one job at a time, polling every 200 ms.
     *
     * @param heartbeat        how often it renews its jobs' leases
     * @param missedHeartbeats beats missed before another instance takes its jobs over
     */
    static String[] arguments(TestDatabase database, String instance, int port, Duration heartbeat,
                              int missedHeartbeats) {
        return Stream.concat(Stream.of(database.serviceArguments()), Stream.of("--server.port=" + port,
                "--turnus.jobs.instance=" + instance, "--turnus.jobs.concurrent=1", "--turnus.jobs.max-queued=5",
                "--turnus.jobs.poll-interval=200ms", "--turnus.jobs.heartbeat=" + heartbeat.toMillis() + "ms",
                "--turnus.jobs.missed-heartbeats=" + missedHeartbeats, "--turnus.jobs.store-interval=200ms"))
                .toArray(String[]::new);
    }

    /**
     * The service in a JVM of its own, with the test's class path, so that it can be killed (SIGKILL) or stopped
     * (SIGTERM) for real; its output goes to target/cluster-instance-NAME.log.
     */
    static Process start(String instance, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), TurnusApplication.class.getName()));
        command.addAll(List.of(arguments));
        File log = Path.of("target", "cluster-instance-" + instance + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    static void awaitUp(ServiceClient client, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            assertThat(process.isAlive()).as("instance process (see target/cluster-instance-*.log)").isTrue();
            try {
                if (client.get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            assertThat(System.nanoTime()).as("instance did not start").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Every run ended before the next one started: the job was never solved by two instances at once. */
    static void assertNeverTwoAtOnce(List<JobRun> runs) {
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).ended()).as("run %d of %s", i, runs).isNotNull();
            if (i > 0) {
                assertThat(runs.get(i).started()).isAfterOrEqualTo(runs.get(i - 1).ended());
            }
        }
    }

    /** The instance of the job's first run, once it has one. */
    static String owner(JobStore jobs, String jobId) throws InterruptedException {
        return awaitRuns(jobs, jobId, 1).get(0).instance();
    }

    static List<JobRun> awaitRuns(JobStore jobs, String jobId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<JobRun> runs = jobs.runs(jobId);
        while (runs.size() < count) {
            assertThat(System.nanoTime()).as("job %s has runs %s", jobId, runs).isLessThan(deadline);
            Thread.sleep(100);
            runs = jobs.runs(jobId);
        }
        return runs;
    }

    /** The job's runs once every one has ended: a run is closed just after its job's end is stored. */
    public static List<JobRun> awaitRunsEnded(JobStore jobs, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<JobRun> runs = jobs.runs(jobId);
        while (runs.stream().anyMatch(run -> run.ended() == null)) {
            assertThat(System.nanoTime()).as("job %s has runs %s", jobId, runs).isLessThan(deadline);
            Thread.sleep(100);
            runs = jobs.runs(jobId);
        }
        return runs;
    }

    static void accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }
}

package no.turnus.job;

import static no.turnus.job.ClusterInstances.WAIT;
import static no.turnus.job.ClusterInstances.accepted;
import static no.turnus.job.ClusterInstances.arguments;
import static no.turnus.job.ClusterInstances.assertNeverTwoAtOnce;
import static no.turnus.job.ClusterInstances.awaitRuns;
import static no.turnus.job.ClusterInstances.awaitUp;
import static no.turnus.job.ClusterInstances.freePort;
import static no.turnus.job.ClusterInstances.owner;
import static no.turnus.job.ClusterInstances.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.TurnusApplication;
import no.turnus.api.ServiceClient;
import no.turnus.store.JobStore;
import no.turnus.store.JobStore.JobRun;
import no.turnus.store.TestDatabase;

/**
 * Two instances on one PostgreSQL database: instance "b" is a context in this JVM, instance "a" a service in a
 * process of its own, so that it can be killed for real (SIGKILL: nothing of its jobs is marked). Jobs spread over
 * both, a stop asked on one ends the solve on the other, a job's events stream from either, and the job of the
 * killed instance is resumed by the other
 * from its stored best once its lease (a heartbeat every 500 ms, 4 missed) has expired. The job's run history shows that no job
 * was ever solved by two at once.
 */
class ClusterJobsTest {

    private static final Duration HEARTBEAT = Duration.ofMillis(500);

    @Test
    void jobsSpreadStopAnywhereAndAreTakenOverFromTheStoredBestWhenAnInstanceDies() throws Exception {
        try (TestDatabase database = TestDatabase.postgres().migrate()) {
            int portA = freePort();
            Process a = start("a", arguments(database, "a", portA, HEARTBEAT, 4));
            try (ConfigurableApplicationContext b = new SpringApplicationBuilder(TurnusApplication.class)
                    .run(arguments(database, "b", 0, HEARTBEAT, 4))) {
                JobStore jobs = b.getBean(JobStore.class);
                ServiceClient onB = new ServiceClient(Integer.parseInt(b.getEnvironment().getProperty("local.server.port")));
                ServiceClient onA = new ServiceClient(portA);
                awaitUp(onA, a);
                String datasetId = onB.upload("roster-small.json");

                // Each instance solves one job at a time: two jobs solve on two instances, a third waits.
                String first = onB.solve(datasetId, "60s");
                String second = onB.solve(datasetId, "60s");
                onB.awaitStatus(first, WAIT, "solving");
                onB.awaitStatus(second, WAIT, "solving");
                Map<String, String> owners = Map.of(owner(jobs, first), first, owner(jobs, second), second);
                assertThat(owners).containsOnlyKeys("a", "b");
                String third = onA.solve(datasetId, "30s");
                assertThat(onA.job(third).get("status").asText()).isEqualTo("queued");

                // Stops asked on the other instance end the solves (a's job from b, b's from a).
                accepted(onB.post("/api/jobs/" + owners.get("a") + "/stop", ""));
                assertThat(onA.awaitStatus(owners.get("a"), WAIT, "stopped").get("status").asText()).isEqualTo("stopped");
                // a is free now and takes the waiting job; then b's job is stopped from a.
                assertThat(owner(jobs, third)).isEqualTo("a");
                // Watched on b while a solves it, then b: the events come from the store, to the end.
                CompletableFuture<List<String[]>> events = CompletableFuture.supplyAsync(
                        () -> onB.events("/api/jobs/" + third + "/events"));
                accepted(onA.post("/api/jobs/" + owners.get("b") + "/stop", ""));
                onB.awaitStatus(owners.get("b"), WAIT, "stopped");

                // a dies while solving the third job: b resumes it from the stored best with the time a spent.
                onB.awaitSolution(third, WAIT);
                a.destroyForcibly().waitFor();
                JsonNode atKill = onB.job(third);
                assertThat(atKill.get("status").asText()).isEqualTo("solving");
                HardMediumSoftScore storedAtKill = HardMediumSoftScore.parseScore(atKill.get("bestScore").asText());
                long spentAtKill = atKill.get("timeSpentMillis").asLong();
                awaitRuns(jobs, third, 2);
                assertThat(jobs.runs(third).get(1).instance()).isEqualTo("b");
                JsonNode resumed = onB.job(third);
                while (resumed.get("timeSpentMillis").asLong() < spentAtKill + 1000) {
                    Thread.sleep(100);
                    resumed = onB.job(third);
                }
                accepted(onB.post("/api/jobs/" + third + "/stop", ""));
                JsonNode end = onB.awaitStatus(third, WAIT, "stopped");
                // Resumed from the stored plan, the solver starts at its score and only improves on it.
                assertThat(HardMediumSoftScore.parseScore(end.get("bestScore").asText())).isGreaterThanOrEqualTo(storedAtKill);
                assertThat(end.get("timeSpentMillis").asLong()).isGreaterThan(spentAtKill);
                List<String[]> streamed = events.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(streamed.get(0)[0]).isEqualTo("progress");
                assertThat(streamed.get(streamed.size() - 1)[0]).isEqualTo("end");
                assertThat(ServiceClient.json(streamed.get(streamed.size() - 1)[1]).get("status").asText())
                        .isEqualTo("stopped");

                assertThat(jobs.runs(third)).extracting(JobRun::instance, JobRun::outcome)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "lost"),
                                org.assertj.core.groups.Tuple.tuple("b", "stopped"));
                for (String job : List.of(first, second, third)) {
                    assertNeverTwoAtOnce(jobs.runs(job));
                }
                assertThat(jobs.runs(first)).hasSize(1);
                assertThat(jobs.runs(second)).hasSize(1);
            } finally {
                a.destroyForcibly();
            }
        }
    }
}

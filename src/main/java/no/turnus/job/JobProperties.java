package no.turnus.job;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and rhythm of the job layer ({@code turnus.jobs.*}).
 *
 * @param concurrent       jobs this instance solves at the same time; default the number of available processors
 * @param maxQueued        jobs waiting beyond those the live instances can solve at once; one more is refused
 *                         (HTTP 429)
 * @param maxTimeLimit     the longest time limit a job may ask for
 * @param defaultTimeLimit the time limit of a job that asks for none
 * @param storeInterval    a new best solution is stored at most this often (and always at the end)
 * @param eventInterval    watchers get a best-score update at most this often (and always at the end)
 * @param sweepInterval    how often jobs the database has as unfinished but the job engine has lost are marked
 *                         interrupted
 * @param instance         this instance's name in the job engine and the jobs' run history; default a new one
 *                         per start (host name and a random part)
 * @param pollInterval     how often this instance looks for queued jobs, stop requests of the jobs it solves and
 *                         the stored progress of jobs solved elsewhere that someone here watches
 * @param heartbeat        how often this instance renews the lease of the jobs it solves
 * @param missedHeartbeats heartbeats missed before a job's lease has expired and another instance resumes it
 */
@ConfigurationProperties("turnus.jobs")
public record JobProperties(Integer concurrent, Integer maxQueued, Duration maxTimeLimit, Duration defaultTimeLimit,
                            Duration storeInterval, Duration eventInterval, Duration sweepInterval, String instance,
                            Duration pollInterval, Duration heartbeat, Integer missedHeartbeats) {

    public JobProperties {
        concurrent = concurrent == null ? Runtime.getRuntime().availableProcessors() : concurrent;
        maxQueued = maxQueued == null ? 20 : maxQueued;
        maxTimeLimit = maxTimeLimit == null ? Duration.ofMinutes(30) : maxTimeLimit;
        defaultTimeLimit = defaultTimeLimit == null ? Duration.ofSeconds(30) : defaultTimeLimit;
        storeInterval = storeInterval == null ? Duration.ofSeconds(2) : storeInterval;
        eventInterval = eventInterval == null ? Duration.ofMillis(500) : eventInterval;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
        instance = instance == null || instance.isBlank() ? defaultInstance() : instance;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(5) : heartbeat;
        missedHeartbeats = missedHeartbeats == null ? 4 : missedHeartbeats;
        if (concurrent < 1 || maxQueued < 0 || missedHeartbeats < 4) {
            throw new IllegalArgumentException("turnus.jobs.concurrent must be at least 1, max-queued at least 0 and"
                    + " missed-heartbeats at least 4 (the job engine's minimum)");
        }
        if (instance.length() > 100) {
            throw new IllegalArgumentException("turnus.jobs.instance must be at most 100 characters");
        }
    }

    /** How long a job whose instance stopped renewing its lease stays with it before another resumes it. */
    public Duration lease() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }

    private static String defaultInstance() {
        String host = System.getenv().getOrDefault("HOSTNAME", "turnus");
        return (host.length() > 60 ? host.substring(0, 60) : host) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

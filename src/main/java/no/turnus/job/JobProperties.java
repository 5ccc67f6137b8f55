package no.turnus.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and rhythm of the job layer ({@code turnus.jobs.*}).
 *
 * @param concurrent       jobs solving at the same time; default the number of available processors
 * @param maxQueued        jobs waiting beyond those; one more is refused (HTTP 429)
 * @param maxTimeLimit     the longest time limit a job may ask for
 * @param defaultTimeLimit the time limit of a job that asks for none
 * @param storeInterval    a new best solution is stored at most this often (and always at the end)
 * @param eventInterval    watchers get a best-score update at most this often (and always at the end)
 * @param sweepInterval    how often jobs the database has as unfinished but no solver holds are marked interrupted
 */
@ConfigurationProperties("turnus.jobs")
public record JobProperties(Integer concurrent, Integer maxQueued, Duration maxTimeLimit, Duration defaultTimeLimit,
                            Duration storeInterval, Duration eventInterval, Duration sweepInterval) {

    public JobProperties {
        concurrent = concurrent == null ? Runtime.getRuntime().availableProcessors() : concurrent;
        maxQueued = maxQueued == null ? 20 : maxQueued;
        maxTimeLimit = maxTimeLimit == null ? Duration.ofMinutes(30) : maxTimeLimit;
        defaultTimeLimit = defaultTimeLimit == null ? Duration.ofSeconds(30) : defaultTimeLimit;
        storeInterval = storeInterval == null ? Duration.ofSeconds(2) : storeInterval;
        eventInterval = eventInterval == null ? Duration.ofMillis(500) : eventInterval;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
        if (concurrent < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("turnus.jobs.concurrent must be at least 1 and max-queued at least 0");
        }
    }
}

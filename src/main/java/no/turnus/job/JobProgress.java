package no.turnus.job;

import no.turnus.store.JobStatus;

/** A best-score update for watchers: sent while a job solves, and once more when it ends. */
public record JobProgress(String jobId, JobStatus status, String bestScore, Boolean feasible, long timeSpentMillis) {
}

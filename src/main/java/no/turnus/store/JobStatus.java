package no.turnus.store;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a solve job is in its life. Only {@link #QUEUED} and {@link #SOLVING} are unfinished. */
public enum JobStatus {
    /** Waiting for a free solver thread. */
    QUEUED,
    SOLVING,
    /** Ran to its time limit. */
    COMPLETED,
    /** The solver threw; the error is kept and the last stored best solution too. */
    FAILED,
    /** Stopped on request before its time limit; the best solution found so far is kept. */
    STOPPED,
    /** The service stopped (or crashed) while the job was queued or solving; the last stored best solution is kept. */
    INTERRUPTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this != QUEUED && this != SOLVING;
    }

    public static JobStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

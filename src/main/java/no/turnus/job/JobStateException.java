package no.turnus.job;

/** The job is not in a state that allows this (HTTP 409): stopping a finished job, reading a plan not found yet. */
public class JobStateException extends RuntimeException {

    public JobStateException(String message) {
        super(message);
    }
}

package no.turnus.job;

/** Every solver thread is busy and the queue is full (HTTP 429): try again later. */
public class QueueFullException extends RuntimeException {

    public QueueFullException(int solving, int queued) {
        super(solving + " jobs are solving and " + queued + " are queued, which is the limit; try again when one"
                + " has finished.");
    }
}

package no.turnus.job;

/** Watches one job. Called on the solver thread: must return quickly. */
public interface JobListener {

    void progress(JobProgress progress);

    /** The job ended (its final status and score); no more calls follow. */
    void ended(JobProgress last);
}

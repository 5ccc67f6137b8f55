/**
 * Solve jobs for every problem kind, spread over the instances sharing one database by db-scheduler: a bounded
 * pool of solver threads per instance, a bounded queue, stop from any instance, live progress for watchers, best
 * solutions stored throttled and atomically, takeover from the stored best when an instance dies, and the reads
 * derived from a stored solution (report, analysis, exports, replanning, recommendations).
 */
package no.turnus.job;

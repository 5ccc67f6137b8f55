/**
 * Solve jobs for every problem kind: a bounded pool of solver threads, a bounded queue, stop, live progress
 * for watchers, best solutions stored throttled and atomically, and the reads derived from a stored solution
 * (report, analysis, exports, replanning, recommendations). {@link no.turnus.job.SolveJobs} is the one
 * interface a distributed engine would replace.
 */
package no.turnus.job;

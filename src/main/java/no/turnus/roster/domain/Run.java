package no.turnus.roster.domain;

/**
 * A run of consecutive working (or free) days or weekends of one employee, found by
 * {@code no.turnus.roster.rules.WorkedDays}. In a cyclic roster the run at the end joins the run at the start.
 *
 * @param first  index of the first day (or week) of the run
 * @param length number of days (or weeks)
 * @param open   the run touches the edge of a non-cyclic horizon, so it may continue outside it: a minimum
 *               length cannot be judged
 */
public record Run(int first, int length, boolean open) {
}

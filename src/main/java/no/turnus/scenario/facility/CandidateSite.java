package no.turnus.scenario.facility;

/**
 * A place where a base (or legevakt) could be: how much demand it can serve and what opening it costs. Quantities
 * and money are in ten-thousandths ({@link SiteSelectionPlans#SCALE}) so decimal inputs score exactly as longs.
 *
 * @param index position in the plan's site list, used to look allocation costs up by array index
 */
public record CandidateSite(String id, int index, long capacity, long fixedCost) {
}

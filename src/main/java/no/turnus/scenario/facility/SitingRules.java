package no.turnus.scenario.facility;

import static no.turnus.problem.Rule.Level.HARD;
import static no.turnus.problem.Rule.Level.MEDIUM;
import static no.turnus.problem.Rule.Level.SOFT;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import no.turnus.problem.Rule;

/**
 * The catalogue of the site-selection rules (where to put bases or a legevakt). Hard: capacity and the cap on open
 * sites; medium: demand without a site; soft: opening and allocation costs, one unit per ten-thousandth of a cost.
 * Adding a rule: its entry here, its constraint method in {@link SiteSelectionConstraints}, its test.
 */
public enum SitingRules implements Rule.Entry {
    CAPACITY(Rule.of("Site capacity exceeded", HARD, 1, Refs.PLANNING,
            "Kapasiteten på stedet er overskredet", "Site capacity exceeded")),
    OPEN_SITES(Rule.of("Too many open sites", HARD, 1, Refs.PLANNING,
            "For mange åpne steder", "Too many open sites")),
    UNSERVED(Rule.of("Demand not served", MEDIUM, 1, Refs.PLANNING,
            "Behov uten tilbud", "Demand not served")),
    OPENING_COST(Rule.of("Site opening cost", SOFT, 1, Refs.COST,
            "Kostnad ved å åpne stedet", "Site opening cost")),
    ALLOCATION_COST(Rule.of("Allocation cost", SOFT, 1, Refs.COST,
            "Kostnad ved å betjene fra stedet", "Allocation cost"));

    /** References several rules share. */
    private static final class Refs {
        static final String PLANNING = "The scenario's planning conditions";
        static final String COST = "The scenario's costs";
    }

    private final Rule rule;

    SitingRules(Rule rule) {
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    /** The default weight in the long score the site-selection plan uses. */
    public HardMediumSoftLongScore longWeight() {
        return switch (rule.level()) {
            case HARD -> HardMediumSoftLongScore.ofHard(rule.weight());
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(rule.weight());
            case SOFT -> HardMediumSoftLongScore.ofSoft(rule.weight());
        };
    }

    public static List<Rule> rules() {
        return Rule.of(values());
    }
}

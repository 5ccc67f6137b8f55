package no.turnus.io.inrc;

import static no.turnus.problem.Rule.Level.SOFT;

import java.util.function.Function;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.problem.Rule;

/**
 * The catalogue of the rules only INRC-2010 contracts have: soft, weight 1, each contract carrying its own weight
 * (Alternative skill off unless the contract scores it). Scored by {@link InrcRosterConstraints}.
 */
public enum InrcRules implements Rule.Entry {
    MIN_ASSIGNMENTS(inrc("Min assignments", "MinNumAssignments", "Minste antall vakter", 1),
            InrcRosterConstraints::minAssignments),
    MAX_ASSIGNMENTS(inrc("Max assignments", "MaxNumAssignments", "Største antall vakter", 1),
            InrcRosterConstraints::maxAssignments),
    MAX_CONSECUTIVE_FREE_DAYS(inrc("Max consecutive free days", "MaxConsecutiveFreeDays", "Maks fridager på rad", 1),
            InrcRosterConstraints::maxConsecutiveFreeDays),
    MIN_CONSECUTIVE_WEEKENDS(inrc("Min consecutive working weekends", "MinConsecutiveWorkingWeekends",
            "Minste antall arbeidshelger på rad", 1), InrcRosterConstraints::minConsecutiveWeekends),
    IDENTICAL_WEEKEND_SHIFTS(inrc("Identical weekend shift types", "IdenticalShiftTypesDuringWeekend",
            "Samme vakttype hele helgen", 1), InrcRosterConstraints::identicalWeekendShifts),
    ALTERNATIVE_SKILL(inrc("Alternative skill", "AlternativeSkillCategory", "Vakt uten krevd ferdighet", 0),
            InrcRosterConstraints::alternativeSkill),
    UNWANTED_PATTERN(inrc("Unwanted pattern", "UnwantedPatterns", "Uønsket vaktmønster", 1),
            InrcRosterConstraints::unwantedPatterns),
    NIGHT_BEFORE_FREE_WEEKEND(inrc("Night before a free weekend", "NoNightShiftBeforeFreeWeekend",
            "Natt før fri helg", 1), InrcRosterConstraints::nightBeforeFreeWeekend);

    private final Rule rule;
    private final Function<ConstraintFactory, Constraint> constraint;

    InrcRules(Rule rule, Function<ConstraintFactory, Constraint> constraint) {
        this.rule = rule;
        this.constraint = constraint;
    }

    private static Rule inrc(String name, String inrcName, String nb, int contractWeight) {
        return Rule.of(name, SOFT, 1, "INRC-2010 contract: " + inrcName, nb, name).perContract(contractWeight);
    }

    @Override
    public Rule rule() {
        return rule;
    }

    public Constraint constraint(ConstraintFactory factory) {
        return constraint.apply(factory);
    }
}

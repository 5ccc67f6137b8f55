package no.turnus.roster.rules;

import java.util.Arrays;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The Norwegian roster rules, every entry of {@link RosterRules}; the constraints themselves are in the theme
 * classes ({@link RestRules}, {@link HoursRules}, {@link WeekendRules}, {@link CoverageRules},
 * {@link FairnessRules}, {@link WishRules}).
 */
public class RosterConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Arrays.stream(RosterRules.values()).map(rule -> rule.constraint(factory)).toArray(Constraint[]::new);
    }
}

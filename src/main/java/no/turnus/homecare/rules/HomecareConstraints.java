package no.turnus.homecare.rules;

import java.util.Arrays;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The home-care rules, every entry of {@link HomecareRules}. */
public class HomecareConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Arrays.stream(HomecareRules.values()).map(rule -> rule.constraint(factory)).toArray(Constraint[]::new);
    }
}

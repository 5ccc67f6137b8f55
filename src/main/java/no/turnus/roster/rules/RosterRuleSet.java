package no.turnus.roster.rules;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import no.turnus.problem.Rule;

/**
 * A set of roster rules: its catalogue and the constraint provider that scores it. A roster dataset names its set
 * in {@code ruleSet}; none means the Norwegian rules ({@link RosterConstraints}). Other sets (INRC-2010's) live with
 * their adapters and are found through {@link Source} services, so that the roster package knows none of them.
 *
 * @param id       the name a dataset's {@code ruleSet} gives
 * @param provider the constraint provider scoring the set
 * @param rules    the catalogue: what {@code constraintWeights}, job weight overrides and contract weights may name
 */
public record RosterRuleSet(String id, Class<? extends ConstraintProvider> provider, List<Rule> rules) {

    /** The Norwegian rules (AML, HTA), the default. */
    public static final RosterRuleSet NORWEGIAN =
            new RosterRuleSet("norwegian", RosterConstraints.class, RosterRules.rules());

    /** A rule set besides the Norwegian one, listed in {@code META-INF/services}. */
    public interface Source {
        RosterRuleSet ruleSet();
    }

    /** The set a dataset's {@code ruleSet} names (null: the Norwegian rules). */
    public static Optional<RosterRuleSet> find(String id) {
        if (id == null || id.equals(NORWEGIAN.id)) {
            return Optional.of(NORWEGIAN);
        }
        return ServiceLoader.load(Source.class).stream().map(source -> source.get().ruleSet())
                .filter(set -> set.id.equals(id)).findFirst();
    }

    /** Every rule set this build knows. */
    public static List<RosterRuleSet> all() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(NORWEGIAN),
                ServiceLoader.load(Source.class).stream().map(source -> source.get().ruleSet())).toList();
    }

    public Optional<Rule> rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }
}

package no.turnus.io.inrc;

import java.nio.file.Path;
import java.util.Optional;

import no.turnus.io.BenchmarkFormat;
import no.turnus.io.InstanceFormat;
import no.turnus.roster.input.RosterDataset;

/**
 * INRC-2010 instances onto the roster model (kind {@code roster}) through {@link InrcRosterMapping}. The objective is
 * the competition's, computed by {@link InrcEvaluator} from the published model; a plan is feasible when every cover
 * is exactly met and nobody works twice a day. The native solution is the competition's solution XML.
 */
public final class InrcFormat implements InstanceFormat<InrcInstance, RosterDataset> {

    @Override
    public BenchmarkFormat format() {
        return BenchmarkFormat.INRC_2010_INSTANCE;
    }

    @Override
    public InrcInstance read(Path file) {
        return InrcXmlReader.read(file);
    }

    @Override
    public String name(InrcInstance instance) {
        return instance.id();
    }

    @Override
    public RosterDataset toDataset(InrcInstance instance) {
        return InrcRosterMapping.dataset(instance);
    }

    @Override
    public Objective objective(InrcInstance instance, RosterDataset solved) {
        InrcEvaluation evaluation = InrcEvaluator.evaluate(instance, InrcRosterMapping.solution(instance, solved));
        int hard = evaluation.hardViolations();
        return new Objective(evaluation.softPenalty(), hard == 0,
                solved.assignments().size() + " shifts" + (hard > 0 ? ", " + hard + " hard violations" : ""));
    }

    @Override
    public Optional<String> solutionExtension() {
        return Optional.of("xml");
    }

    @Override
    public String writeSolution(InrcInstance instance, RosterDataset solved) {
        return InrcSolutionXml.toXml(InrcRosterMapping.solution(instance, solved));
    }

    @Override
    public RosterDataset readSolution(InrcInstance instance, Path file) {
        return InrcRosterMapping.dataset(instance, InrcSolutionXml.read(file));
    }
}

package no.turnus.homecare.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.BenchInstances;
import no.turnus.StepLimitedSolve;
import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.io.mankowska.MankowskaFormat;
import no.turnus.io.mankowska.MankowskaReader;
import no.turnus.io.solomon.SolomonFormat;
import no.turnus.io.solomon.SolomonReader;

/**
 * Every move type alone (our ruin-and-recreate included), under FULL_ASSERT (the shadow times and the score recomputed from scratch after every
 * move and compared, undo included), on a Mankowska instance with simultaneous double services (double visits)
 * and services with a gap (sequenced pairs). The local search starts from the construction's plan and is
 * step-limited with a fixed seed. Moves that wait in a circle (crossed double visits, a follower before its
 * first visit) are among those tried: the timing must be the same whichever order it was reached in.
 */
class HomecareMovesFullAssertTest {

    private static final HomecareKind KIND = new HomecareKind();

    static Stream<Arguments> moves() {
        List<MoveSelectorConfig> all = HomecareSearch.moves(true);
        return IntStream.range(0, all.size()).mapToObj(m -> Arguments.of(all.get(m).getClass().getSimpleName(), m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moves")
    void incrementalTimesAndScoreMatchARecomputationAfterEveryMove(String name, int move) {
        HomecarePlan plan = KIND.toSolution(new MankowskaFormat().toDataset(MankowskaReader.read(
                BenchInstances.of("mankowska2014/InstanzCPLEX_HCSRP_25_1.txt"))), Map.of());
        assertThat(plan.getVisits()).anyMatch(Visit::isDouble).anyMatch(v -> v.getPredecessor() != null);
        List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(plan));
        phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(HomecareSearch.moves(true).get(move)));
        SolverConfig config = HomecareSearch.config(phases)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        HomecarePlan solved = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(config, 60, 3L))
                .buildSolver().solve(plan);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    /**
     * The same on the small Narvik sample, whose shifts have the law's meal pause: where the timing places it (in a
     * wait, before driving on, after the route) is kept exact by every move.
     */
    @ParameterizedTest(name = "{0} with meal pauses")
    @MethodSource("moves")
    void mealPausesKeepTheIncrementalTimesExact(String name, int move) throws IOException {
        HomecareDataset dataset = (HomecareDataset) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/homecare-small.json"))).dataset();
        HomecarePlan plan = KIND.toSolution(dataset, Map.of());
        assertThat(plan.getCaregiverDays()).allMatch(day -> day.getPause().minutes() >= 20);
        List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(plan));
        phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(HomecareSearch.moves(true).get(move)));
        SolverConfig config = HomecareSearch.config(phases).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        HomecarePlan solved = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(config, 60, 3L))
                .buildSolver().solve(plan);
        assertThat(solved.getVisits()).anyMatch(v -> v.getPauseStart() != null);
    }

    /**
     * Gathering, the primary contact's choice of users, string ruins and the recreate in random order, each
     * ruin-and-recreate alone (every move of that sort) under FULL_ASSERT: on Mankowska 25_1 (double visits, whose
     * parts are one user's, and sequenced pairs, which they must leave alone; its patients given primary contacts,
     * round the caregivers, so that choices are drawn) and on the small Narvik sample (users with several visits a
     * day, primary contacts, double visits, meal pauses).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("samples")
    void userMovesKeepTheIncrementalTimesExact(String name, HomecarePlan plan, String share) {
        List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(plan));
        phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RuinRecreateMoves.class)
                .withMoveIteratorFactoryCustomProperties(Map.of("emptyingShare", "0", share, "1"))));
        SolverConfig config = HomecareSearch.config(phases).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        HomecarePlan solved = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(config, 100, 3L))
                .buildSolver().solve(plan);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    /**
     * Ruin-and-recreate with sequenced pairs ruined ({@code pairShare}) under FULL_ASSERT on Mankowska 25_1: a pair
     * put back whole, its follower after its first within the gap, and planned parts pushed by an insertion before
     * them (their followers then wait on them); double visits among them.
     */
    @Test
    void ruinedPairsKeepTheIncrementalTimesExact() {
        HomecarePlan plan = KIND.toSolution(new MankowskaFormat().toDataset(MankowskaReader.read(
                BenchInstances.of("mankowska2014/InstanzCPLEX_HCSRP_25_1.txt"))), Map.of());
        assertThat(plan.getVisits()).anyMatch(Visit::isDouble).anyMatch(v -> v.getPredecessor() != null);
        List<PhaseConfig> phases = new ArrayList<>(HomecareSearch.construction(plan));
        phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RuinRecreateMoves.class)
                .withMoveIteratorFactoryCustomProperties(Map.of("emptyingShare", "0", "pairShare", "0.5"))));
        SolverConfig config = HomecareSearch.config(phases).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        HomecarePlan solved = SolverFactory.<HomecarePlan>create(StepLimitedSolve.config(config, 200, 3L))
                .buildSolver().solve(plan);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    /** Sequenced pairs are ruined on plans below 500 visit parts that have them and whose routes cost nothing. */
    @Test
    void pairsRuinedOnlyOnSmallPlansWithSequencedPairs() throws IOException {
        HomecareDataset narvik = (HomecareDataset) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/homecare-narvik.json"))).dataset();
        assertThat(HomecareSearch.ruinsPairs(KIND.toSolution(narvik, Map.of()))).isFalse();
        assertThat(HomecareSearch.ruinsPairs(KIND.toSolution(new SolomonFormat().toDataset(SolomonReader.read(
                BenchInstances.of("solomon/R201.txt"))), Map.of()))).isFalse();
        for (String size : List.of("25_1", "50_1", "100_1", "200_1")) {
            assertThat(HomecareSearch.ruinsPairs(KIND.toSolution(new MankowskaFormat().toDataset(MankowskaReader.read(
                    BenchInstances.of("mankowska2014/Instanz" + (size.equals("25_1") || size.equals("50_1") ? "CPLEX"
                            : "VNS") + "_HCSRP_" + size + ".txt"))), Map.of()))).as(size).isTrue();
        }
    }

    static Stream<Arguments> samples() throws IOException {
        HomecareDataset small = (HomecareDataset) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/homecare-small.json"))).dataset();
        HomecareDataset mankowska = withPrimaryContacts(new MankowskaFormat().toDataset(MankowskaReader.read(
                BenchInstances.of("mankowska2014/InstanzCPLEX_HCSRP_25_1.txt"))));
        return Stream.of("gatheringShare", "contactShare", "stringShare", "shuffledShare").flatMap(share -> Stream.of(
                Arguments.of("Mankowska 25_1", KIND.toSolution(mankowska, Map.of()), share),
                Arguments.of("homecare-small", KIND.toSolution(small, Map.of()), share)));
    }

    /** The dataset with the users' primary contacts the caregivers in turn. */
    private static HomecareDataset withPrimaryContacts(HomecareDataset d) {
        List<HomecareDataset.UserSpec> users = IntStream.range(0, d.users().size()).mapToObj(u -> {
            HomecareDataset.UserSpec user = d.users().get(u);
            return new HomecareDataset.UserSpec(user.id(), user.name(), user.location(), user.district(),
                    d.caregivers().get(u % d.caregivers().size()).id(), user.preferred(), user.avoided());
        }).toList();
        return new HomecareDataset(d.kind(), d.name(), d.locations(), d.roads(), d.ferries(), d.travelMatrix(),
                d.teams(), d.caregivers(), users, d.visits(), d.routes(), d.reference(), d.constraintWeights());
    }

    /**
     * Solomon's and Mankowska's searches are unchanged by gathering and by the contacts' choice (no random number
     * drawn for them there).
     */
    @Test
    void gatheringOnlyWhereAUserHasSeveralVisitsADayAndContinuityWeighs() throws IOException {
        HomecareDataset narvik = (HomecareDataset) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/homecare-narvik.json"))).dataset();
        assertThat(HomecareSearch.gathers(KIND.toSolution(narvik, Map.of()))).isTrue();
        assertThat(HomecareSearch.contactsChoose(KIND.toSolution(narvik, Map.of()))).isTrue();
        assertThat(HomecareSearch.gathers(KIND.toSolution(new SolomonFormat().toDataset(SolomonReader.read(
                BenchInstances.of("solomon/R201.txt"))), Map.of()))).isFalse();
        assertThat(HomecareSearch.gathers(KIND.toSolution(new MankowskaFormat().toDataset(MankowskaReader.read(
                BenchInstances.of("mankowska2014/InstanzVNS_HCSRP_200_1.txt"))), Map.of()))).isFalse();
        assertThat(HomecareSearch.contactsChoose(KIND.toSolution(new MankowskaFormat().toDataset(MankowskaReader.read(
                BenchInstances.of("mankowska2014/InstanzVNS_HCSRP_200_1.txt"))), Map.of()))).isFalse();
    }
}

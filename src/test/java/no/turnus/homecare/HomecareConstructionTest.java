package no.turnus.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.homecare.solver.HomecareConstruction;
import no.turnus.homecare.solver.HomecareSearch;

/**
 * The large-plan construction alone (no first fit after it, no local search) on a generated Narvik day with
 * double visits: every visit it places keeps its window, the later visits' windows and the shift, both parts
 * of each double visit start together on two routes, checked by the rules written again over the report.
 */
class HomecareConstructionTest {

    @Test
    void placesVisitsWithoutBreakingAHardRuleAndPassesTheIndependentCheck() {
        HomecareDataset day = HomecareGenerator.generate("generated", 150, 1, 3, LocalDate.of(2026, 3, 2));
        HomecarePlan plan = HomecareSamples.KIND.toSolution(day, Map.of());
        assertThat(plan.getVisits()).anyMatch(Visit::isDouble);
        HomecarePlan built = SolverFactory.<HomecarePlan>create(HomecareSearch.config(List.<PhaseConfig>of(
                new CustomPhaseConfig().withCustomPhaseCommands(new HomecareConstruction())))).buildSolver().solve(plan);
        HomecareReport report = HomecareReport.of(built, HomecareSamples.MANAGER);
        assertThat(built.getScore().hardScore()).as(report.score()).isZero();
        assertThat(built.getVisits()).filteredOn(v -> v.getCaregiverDay() == null).hasSizeLessThan(built.getVisits().size() / 50);
        assertThat(built.getVisits()).filteredOn(Visit::isDouble).allMatch(v -> v.getCaregiverDay() != null);
        assertThat(HomecareSolveTest.independentCheck(day, report)).isEmpty();
    }

    /**
     * Before or after a visit that is just in time costs the same travel (2 min more either way), but before it
     * would make it 32 min late (tolerated: 60 min): the place is priced with the lateness it pushes onto the
     * rest of the route, so the new visit goes after it.
     */
    @Test
    void pricesTheLatenessAPlacePushesOntoLaterVisits() {
        HomecareFixture f = new HomecareFixture();
        Visit tight = f.visit("tight", f.user("u2", 2), 0, HomecareFixture.at(0, 7, 0), HomecareFixture.at(0, 7, 20),
                30, null, Set.of(), null, true, 60, null);
        Visit added = f.visit("added", f.user("u1", 1), 0, HomecareFixture.at(0, 7, 0), HomecareFixture.at(0, 9, 0),
                30, null, Set.of(), null, true, 60, null);
        HomecareFixture.route(f.day(f.nurse("kari"), 0), tight);
        f.day(f.nurse("ola"), 0);
        HomecarePlan built = SolverFactory.<HomecarePlan>create(HomecareSearch.config(List.<PhaseConfig>of(
                new CustomPhaseConfig().withCustomPhaseCommands(new HomecareConstruction())))).buildSolver()
                .solve(f.update());
        Visit placed = built.getVisits().stream().filter(v -> v.getId().equals(added.getId())).findFirst()
                .orElseThrow();
        assertThat(placed.getCaregiverDay().getVisits()).extracting(Visit::getId).containsExactly("tight", "added");
        assertThat(placed.getCaregiverDay().getVisits().get(0).lateMinutes()).isZero();
    }
}

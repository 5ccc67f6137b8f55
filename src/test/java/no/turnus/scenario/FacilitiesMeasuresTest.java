package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.Problems;
import no.turnus.scenario.Facilities.CareLevel;
import no.turnus.scenario.ScenarioSet.Baseline;

/**
 * The institutions' measures on the Målselv sample: the short-term ward moves from Moen to a health centre at
 * Andslimoen with two KAD beds. Beds along the care staircase before and after, beds short of a stated need, and
 * the commute of the ward's staff (three live in Skjold, some 40 minutes up the valley, four in Bardufoss).
 */
class FacilitiesMeasuresTest {

    private ScenarioSet set;

    @BeforeEach
    void read() throws IOException {
        set = (ScenarioSet) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/scenario-malselv.json"))).dataset();
    }

    private Baseline andslimoen() {
        Problems p = new Problems();
        Options.Option option = Options.apply(set.scenarios().get(0), set.baseline(), "$.scenarios[0]", p);
        assertThat(p.list()).isEmpty();
        return option.datasets();
    }

    private static Map<String, Double> measures(Baseline option, Baseline baseline) {
        Measures m = new Measures();
        m.facilities(option, baseline, null);
        return m.finish(ScenarioSet.UnitCosts.DEFAULT);
    }

    @Test
    void bedsPerLevelBeforeAndAfter() {
        Map<String, Double> before = measures(set.baseline(), set.baseline());
        Map<String, Double> after = measures(andslimoen(), set.baseline());
        assertThat(before).containsEntry("bedsShortTerm", 8.0).containsEntry("bedsKad", 0.0)
                .containsEntry("bedsLongTerm", 0.0).containsEntry("bedsRehabilitation", 0.0)
                .doesNotContainKey("bedsShortOfNeed");
        assertThat(after).containsEntry("bedsShortTerm", 8.0).containsEntry("bedsKad", 2.0);
        assertThat(Measures.difference(after, before)).containsEntry("bedsKad", 2.0).containsEntry("bedsShortTerm", 0.0);
    }

    @Test
    void bedsShortOfTheNeedWhereTheDataGivesIt() {
        Baseline option = andslimoen();
        Facilities f = option.facilities();
        Baseline withNeed = new Baseline(option.homecare(), option.roster(), new Facilities(f.sites(),
                Map.of(CareLevel.KAD, 3, CareLevel.SHORT_TERM, 6), f.staffHomes(), f.commuteLimitMinutes()));
        // KAD: 3 needed, 2 beds; short-term: 6 needed, 8 beds (a surplus does not offset a shortage elsewhere).
        assertThat(measures(withNeed, set.baseline())).containsEntry("bedsShortOfNeed", 1.0);
    }

    @Test
    void commuteGrowsOnlyForThoseWhoseWorkplaceMovesAwayFromThem() {
        Map<String, Double> before = measures(set.baseline(), set.baseline());
        Map<String, Double> after = measures(andslimoen(), set.baseline());
        // In the baseline the Skjold staff already drive over 30 minutes: that is not a change the plan makes.
        assertThat(before).containsEntry("staffCommuteOverLimit", 0.0).containsEntry("commuteKmAdded", 0.0);
        // Andslimoen is further from Skjold than Moen is: their commute grows and stays above 30 minutes.
        assertThat(after.get("staffCommuteOverLimit")).isEqualTo(3.0);
        // Without a solved roster there are no shifts to count the km of.
        assertThat(after.get("commuteKmAdded")).isZero();
        // Bardufoss staff come closer, Moen staff go a little further: the mean changes by a few minutes at most.
        assertThat(after.get("commuteMinutes") - before.get("commuteMinutes")).isBetween(-5.0, 5.0);
    }

    @Test
    void aBadFacilityIsNamedByItsPath() {
        Facilities f = set.baseline().facilities();
        Facilities.Site moen = f.sites().get(0);
        Facilities broken = new Facilities(List.of(moen.withUnits(List.of(
                new Facilities.Unit("KORT", null, null, -1, "NOWHERE")))),
                Map.of(CareLevel.KAD, -2), List.of(new Facilities.StaffHome(List.of("K1", "K1", "X"), null, 69.0, null, null)),
                0);
        Problems p = new Problems();
        Facilities.check(broken, set.baseline().roster(), "$.baseline.facilities", p);
        assertThat(p.list()).containsExactlyInAnyOrder(
                new InputProblem("$.baseline.facilities.sites[0].units[0].level", "is required"),
                new InputProblem("$.baseline.facilities.sites[0].units[0].beds", "must be 0 to 10000 (was -1)"),
                new InputProblem("$.baseline.facilities.sites[0].units[0].ward", "unknown ward 'NOWHERE'"),
                new InputProblem("$.baseline.facilities.need.KAD", "must be 0 to 10000 (was -2)"),
                new InputProblem("$.baseline.facilities.staffHomes[0].longitude", "is required"),
                new InputProblem("$.baseline.facilities.staffHomes[0].staff[1]", "employee 'K1' already has a home"),
                new InputProblem("$.baseline.facilities.staffHomes[0].staff[2]", "unknown employee 'X'"),
                new InputProblem("$.baseline.facilities.commuteLimitMinutes", "must be 1 to 1440 (was 0)"));
    }
}

package no.turnus.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterBuilder;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.scenario.Change.MergeWards;
import no.turnus.scenario.PooledDemand.Rule;
import no.turnus.scenario.ScenarioSet.Baseline;

/**
 * Merging wards with a staffing plan that pools cover, on the Vestvågøy sample: Vestvågøy sykehjem's long-term
 * ward (10 places, a night nurse) and Lekneshagen's two dementia units (9 places each, an awake helper each night)
 * merged at Lekneshagen. Added up line by line they need three night staff; at one per 14 residents (Fagbladet
 * 2014/04: two for 28 residents with the doors between the units open) they need two.
 */
class PooledDemandTest {

    private static final String AT = "$.scenarios[0].changes[0]";
    private static final List<String> LONG_TERM = List.of("VS-LT", "LH-1", "LH-2");

    private Baseline baseline;

    @BeforeEach
    void read() throws IOException {
        ScenarioSet set = (ScenarioSet) new DatasetReader(StandardKinds.all())
                .read(Files.readAllBytes(Path.of("data-samples/scenario-vestvagoy.json"))).dataset();
        baseline = set.baseline();
    }

    private RosterDataset merged(List<Rule> pooled) {
        return new MergeWards(LONG_TERM, "LEK-LT", null, "lekneshagen", null, pooled).apply(baseline, AT).roster();
    }

    private static List<Demand> lines(RosterDataset roster, String ward, String shift) {
        return roster.demand().stream().filter(d -> d.ward().equals(ward) && d.shift().equals(shift)).toList();
    }

    /** Required places of one shift on one day of the merged unit, as the roster kind builds them. */
    private static long required(RosterDataset roster, String ward, String shift, DayOfWeek day) {
        return new RosterBuilder(roster).build(Map.of()).getSlots().stream()
                .filter(s -> !s.isOptional() && s.ward().equals(ward) && s.shiftType().code().equals(shift)
                        && s.date().getDayOfWeek() == day && s.dayIndex() < 7)
                .count();
    }

    private static void fails(Runnable apply, String path, String message) {
        assertThatThrownBy(apply::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).contains(new InputProblem(path, message)));
    }

    @Test
    void addedUpLineByLineTheMergedUnitNeedsThreeNightStaff() {
        RosterDataset summed = merged(List.of());
        assertThat(lines(summed, "LEK-LT", "N")).singleElement().satisfies(n -> {
            assertThat(n.minimum()).isEqualTo(3);
            assertThat(n.competences()).containsEntry("SYKEPLEIER", 1);
        });
        assertThat(required(summed, "LEK-LT", "N", DayOfWeek.WEDNESDAY)).isEqualTo(3);
    }

    @Test
    void oneNightStaffPer14ResidentsNeedsTwoFor28AndKeepsTheNurse() {
        RosterDataset pooled = merged(List.of(new Rule("N", null, null, 14.0)));
        // 10 + 9 + 9 beds of the merged wards' units in the facilities: ceil(28 / 14) = 2.
        assertThat(lines(pooled, "LEK-LT", "N")).singleElement().satisfies(n -> {
            assertThat(n.weekdays()).isEmpty();
            assertThat(n.minimum()).isEqualTo(2);
            assertThat(n.preferred()).isEqualTo(2);
            assertThat(n.competences()).isEqualTo(Map.of("SYKEPLEIER", 1));
        });
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(required(pooled, "LEK-LT", "N", day)).isEqualTo(2);
        }
        // The day shifts are still added up: 3 + 3 + 3 on weekdays.
        assertThat(required(pooled, "LEK-LT", "D", DayOfWeek.MONDAY)).isEqualTo(9);
        // Given residents win over the beds: 20 residents at 14 each still need 2, 14 need 1.
        RosterDataset fewer = new MergeWards(LONG_TERM, "LEK-LT", null, "lekneshagen", 14,
                List.of(new Rule("N", null, null, 14.0))).apply(baseline, AT).roster();
        assertThat(lines(fewer, "LEK-LT", "N")).singleElement().satisfies(n -> assertThat(n.minimum()).isEqualTo(1));
    }

    @Test
    void weekendCoverPoolsOnlyTheWeekend() {
        RosterDataset pooled = merged(List.of(new Rule("D", List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 5, null)));
        assertThat(required(pooled, "LEK-LT", "D", DayOfWeek.SATURDAY)).isEqualTo(5);
        assertThat(required(pooled, "LEK-LT", "D", DayOfWeek.SUNDAY)).isEqualTo(5);
        assertThat(required(pooled, "LEK-LT", "D", DayOfWeek.TUESDAY)).isEqualTo(9);
        // Evenings, not pooled, and every-day lines: 2 + 2 + 2.
        assertThat(required(pooled, "LEK-LT", "A", DayOfWeek.SATURDAY)).isEqualTo(6);
        // A pooled evening on weekends only overrides the every-day evening lines on those days.
        RosterDataset evenings = merged(List.of(new Rule("A", List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 4, null)));
        assertThat(required(evenings, "LEK-LT", "A", DayOfWeek.SUNDAY)).isEqualTo(4);
        assertThat(required(evenings, "LEK-LT", "A", DayOfWeek.MONDAY)).isEqualTo(6);
    }

    @Test
    void theMergedUnitsMoveToTheSiteAndWorkInTheMergedWard() {
        Facilities f = new MergeWards(LONG_TERM, "LEK-LT", null, "lekneshagen", null, List.of())
                .apply(baseline, AT).facilities();
        assertThat(f.siteOf("LEK-LT").id()).isEqualTo("lekneshagen");
        assertThat(f.sites().get(0).units()).extracting(Facilities.Unit::id).containsExactly("VS-KORT", "VS-KAD");
        assertThat(f.beds(List.of("LEK-LT"))).isEqualTo(28);
        // Without a site, wards at two sites cannot say where the merged unit is.
        fails(() -> new MergeWards(LONG_TERM, "LEK-LT", null, null, null, List.of()).apply(baseline, AT),
                AT + ".site", "the merged wards work at sites [vestvagoy-sykehjem, lekneshagen]: say at which site the"
                        + " merged unit is");
    }

    @Test
    void aBadRuleIsNamedByItsPath() {
        fails(() -> merged(List.of(new Rule("N", null, 2, 14.0))), AT + ".pooled[0]",
                "give either staff (the head count) or residentsPerStaff");
        fails(() -> merged(List.of(new Rule("X", null, 2, null))), AT + ".pooled[0].shift", "unknown shift type 'X'");
        fails(() -> merged(List.of(new Rule("N", null, null, 0.0))), AT + ".pooled[0].residentsPerStaff",
                "must be above 0 (was 0.0)");
        fails(() -> merged(List.of(new Rule("LV", null, 1, null))), AT + ".pooled[0].shift",
                "no merged ward has demand for shift LV");
        fails(() -> merged(List.of(new Rule("D", List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 5, null))),
                AT + ".pooled[0].weekdays", "a demand line for shift D on [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]"
                        + " has days inside and outside these weekdays: split it in the roster");
        fails(() -> merged(List.of(new Rule("N", null, 2, null), new Rule("N", List.of(DayOfWeek.SUNDAY), 1, null))),
                AT + ".pooled[1].weekdays", "another pooled rule already covers shift N on some of these days");
        // Without facilities the residents must be given.
        Baseline bare = new Baseline(baseline.homecare(), baseline.roster());
        fails(() -> new MergeWards(LONG_TERM, "LEK-LT", null, null, null, List.of(new Rule("N", null, null, 14.0)))
                .apply(bare, AT), AT + ".pooled[0].residentsPerStaff", "needs the residents of the merged unit: give"
                + " residents, or beds for the merged wards' units in the baseline's facilities");
        fails(() -> new MergeWards(LONG_TERM, "LEK-LT", null, "lekneshagen", null, List.of()).apply(bare, AT),
                AT + ".site", "changes the institutions, but the baseline has no facilities");
    }

    @Test
    void theNumbersOfThePlanComeFromTheDemandAlone() {
        Measures before = new Measures();
        before.staffingPlanOf(baseline.roster());
        Measures after = new Measures();
        after.staffingPlanOf(merged(List.of(new Rule("N", null, null, 14.0))));
        var b = before.finish(ScenarioSet.UnitCosts.DEFAULT);
        var a = after.finish(ScenarioSet.UnitCosts.DEFAULT);
        // Four wards with a night each, then three: one night post of 10 paid hours fewer, 14 nights in two weeks.
        assertThat(b.get(Measure.NIGHT_POSTS.key())).isEqualTo(4.0);
        assertThat(a.get(Measure.NIGHT_POSTS.key())).isEqualTo(3.0);
        assertThat(b.get(Measure.REQUIRED_HOURS.key()) - a.get(Measure.REQUIRED_HOURS.key())).isEqualTo(140.0);
        assertThat(b.get(Measure.REQUIRED_FTE.key()) - a.get(Measure.REQUIRED_FTE.key()))
                .isCloseTo(140 / (35.5 * 2), org.assertj.core.data.Offset.offset(0.011));
    }

    @Test
    void slotsAreTheRosterKindsOwn() {
        // The night line of the merged unit builds exactly its head count of places, one of them for a nurse.
        RosterDataset pooled = merged(List.of(new Rule("N", null, null, 14.0)));
        List<Slot> nights = new RosterBuilder(pooled).build(Map.of()).getSlots().stream()
                .filter(s -> s.ward().equals("LEK-LT") && s.isNight() && s.dayIndex() == 0).toList();
        assertThat(nights).hasSize(2);
        assertThat(nights).filteredOn(s -> "SYKEPLEIER".equals(s.getRequirement().code())).hasSize(1);
    }
}

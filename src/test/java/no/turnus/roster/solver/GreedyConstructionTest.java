package no.turnus.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.StepLimitedSolve;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

class GreedyConstructionTest {

    private static SolverConfig constructionOnly(Roster problem) {
        return new SolverConfig(RosterSolverTestData.KIND.solverConfig(problem))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class)))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    }

    private static Roster construct(Roster problem) {
        return SolverFactory.<Roster>create(constructionOnly(problem)).buildSolver().solve(problem);
    }

    @Test
    void firstPlanOfTheSmallSampleIsLegalAndCoversEveryPlace() {
        Roster built = construct(RosterSolverTestData.sample("roster-small.json"));
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore()).as("every required place filled").isZero();
    }

    @Test
    void firstPlanOfTheMergedSampleIsLegalAndCoversEveryPlace() {
        Roster built = construct(RosterSolverTestData.sample("roster-merged.json"));
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore()).isZero();
    }

    /** Short of staff, the construction leaves places open rather than break a rule of the law. */
    @Test
    void understaffedPlanStaysLegalAndLeavesPlacesOpen() {
        Roster built = construct(RosterSolverTestData.sample("roster-understaffed.json"));
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore()).isNegative();
    }

    /**
     * One full-time nurse and a 12-hour shift (11.5 h paid) every day of one week: a fourth shift (46 h) is within the
     * 54 h week and the 48 h average, but 10.5 h beyond the 35.5 h full-time week, over the 10 h of overtime allowed
     * in 7 days (AML §10-6). The construction stops at three and leaves four places open.
     */
    @Test
    void theConstructionKeepsTheOvertimeLimits() {
        Roster built = construct(RosterSolverTestData.fromJson(overtimeWeek("")));
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore()).isEqualTo(-4);
        // With 20 h allowed by agreement with the tillitsvalgte the fourth shift is legal.
        Roster agreed = construct(RosterSolverTestData.fromJson(overtimeWeek(", \"maxOvertimeHoursPer7Days\": 20")));
        assertThat(agreed.getScore().hardScore()).isZero();
        assertThat(agreed.getScore().mediumScore()).isEqualTo(-3);
    }

    private static String overtimeWeek(String contractFields) {
        return """
                {"kind": "roster", "name": "overtime", "startDate": "2026-01-05", "weeks": 1,
                 "wards": [{"id": "W1"}],
                 "shiftTypes": [{"code": "LV", "start": "08:00", "end": "20:00", "paidHours": 11.5, "category": "LONG"}],
                 "demand": [{"ward": "W1", "shift": "LV", "minimum": 1}],
                 "contracts": [{"id": "t", "agreement": "tariffavtale"%s}],
                 "employees": [{"id": "E1", "competence": "SYKEPLEIER", "positionPercent": 100, "contract": "t",
                                "homeWard": "W1"}]}
                """.formatted(contractFields);
    }

    @Test
    void everyInrcPlaceIsFilled() {
        Roster built = construct(RosterSolverTestData.inrc("sprint01"));
        assertThat(built.getScore()).isEqualTo(HardMediumSoftScore.of(0, 0, built.getScore().softScore()));
    }

    /** Replanning pins places, filled or empty: neither the construction nor the local search may touch them. */
    @Test
    void pinnedPlacesStayAsTheyAre() {
        Roster problem = RosterSolverTestData.sample("roster-small.json");
        Map<Slot, Employee> pinned = new IdentityHashMap<>();
        List<Slot> slots = problem.getSlots();
        List<Employee> staff = problem.getEmployees();
        for (int i = 0; i < slots.size(); i += 7) {
            Slot slot = slots.get(i);
            // Someone the search would not pick by itself: the last one who may fill the place, or nobody.
            Employee employee = i % 14 == 0 ? null : staff.stream()
                    .filter(e -> slot.getRequirement().metBy(e) && e.mayWorkIn(slot.ward())).reduce((a, b) -> b)
                    .orElse(null);
            slot.setEmployee(employee);
            slot.setPinned(true);
            pinned.put(slot, employee);
        }
        // The greedy construction and every neighbourhood (roster-small alone would get First Fit: it is small).
        SolverConfig config = StepLimitedSolve.config(
                RosterSearch.config(problem.getRuleSet(), RosterSearch.Moves.BLOCKS_RUIN), 3, 3L);
        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);
        assertThat(pinned).hasSizeGreaterThan(5).containsValue(null);
        for (Slot slot : solved.getSlots()) {
            if (slot.isPinned()) {
                Slot original = slots.stream().filter(s -> s.getId().equals(slot.getId())).findFirst().orElseThrow();
                assertThat(slot.getEmployee()).as(slot.getId()).isSameAs(pinned.get(original));
            }
        }
        assertThat(solved.getSlots().stream().filter(Slot::isPinned).count()).isEqualTo(pinned.size());
    }
}

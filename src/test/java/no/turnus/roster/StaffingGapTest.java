package no.turnus.roster;

import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.N;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.rules.CoverageRules;
import no.turnus.roster.rules.HoursRules;
import no.turnus.roster.rules.RosterConstraints;

/** Positions as a cap (with what a part-timer wants or the contract tolerates) and the substitute pool's cost. */
class StaffingGapTest {

    /** A KS turnus contract whose positions are a hard cap (tolerance 0). */
    private static final ContractRules CAPPED = ContractRules.from(new ContractSpec("capped", null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            "tariffavtale", null, 0.0, null, null, null, null));

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);
    private final RosterFixture week = new RosterFixture(1, false);

    /** A 50 % position (17.75 h a week) that may be planned {@code extra} minutes above it. */
    private Employee halfTime(String id, int extra) {
        Employee plain = week.employee(id, "HELSEFAGARBEIDER", CAPPED, 50, "A");
        return new Employee(id, id, plain.competence(), plain.authorisations(), 50, plain.contract(), "W1", Set.of(),
                "A", new boolean[7], plain.targetMinutes(), extra, 0, false);
    }

    private Employee substitute(String id, double costPerHour) {
        return new Employee(id, id, "HELSEFAGARBEIDER", Set.of("MED_PREP"), 0, RosterFixture.STANDARD, "W1", Set.of(),
                "", new boolean[7], 0, 0, costPerHour, true);
    }

    @Test
    void thePositionIsACapUnlessMoreIsWantedOrTolerated() {
        Employee kari = halfTime("kari", 0);
        Employee ola = halfTime("ola", 4 * 60);
        Employee per = halfTime("per", 0);
        // kari and ola: 3 days = 22.5 h against 17.75 h; per: 2 days = 15 h.
        Object[] plan = {week.slot(kari, 0, D), week.slot(kari, 1, D), week.slot(kari, 2, D), week.slot(ola, 0, D),
                week.slot(ola, 1, D), week.slot(ola, 2, D), week.slot(per, 0, D), week.slot(per, 1, D)};
        // kari: 4.75 h over, 5 started hours; ola wants 4 h more: 0.75 h over, 1; per: within.
        verifier.verifyThat((p, f) -> HoursRules.abovePosition(f)).given(plan).penalizesBy(5 + 1);
        // A contract that names no tolerance does not cap (datasets from before the cap).
        Employee old = week.employee("old", "HELSEFAGARBEIDER", RosterFixture.STANDARD, 50, "A");
        verifier.verifyThat((p, f) -> HoursRules.abovePosition(f))
                .given(week.slot(old, 0, D), week.slot(old, 1, D), week.slot(old, 2, D)).penalizesBy(0);
        verifier.verifyThat((p, f) -> HoursRules.abovePosition(f))
                .given(week.slot(kari, 0, D), week.slot(kari, 1, D), week.slot(kari, 2, D))
                .justifiesWith(new Breach("kari", "", "planned 22.5 h in a 50.0 % position of 17.8 h; at most 17.8 h"
                        + " with the extra hours wanted or tolerated", "employment contract (AML §14-6 (1) j: agreed"
                        + " working time); AML §14-3 (part-timers first)"));
    }

    @Test
    void substitutesHaveNoPositionButCostTheirHours() {
        Employee vikar = substitute("vikar", 450);
        Object[] plan = {vikar, week.slot(vikar, 0, D), week.slot(vikar, 1, N)};
        verifier.verifyThat((p, f) -> HoursRules.abovePosition(f)).given(plan).penalizesBy(0);
        verifier.verifyThat((p, f) -> HoursRules.contractHours(f)).given(plan).penalizesBy(0);
        // 7.5 h and 10 h at 450 kr/h.
        verifier.verifyThat((p, f) -> CoverageRules.substituteCost(f)).given(plan).penalizesBy(3375 + 4500);
        verifier.verifyThat((p, f) -> CoverageRules.substituteCost(f)).given(week.slot(vikar, 0, D))
                .justifiesWith(new Breach("vikar", "2026-01-05", "substitute for W1 2026-01-05 D: 7.5 h at 450 kr/h"
                        + " = 3375 kr", "vikarpool (cost per hour)"));
        Employee kari = week.employee("kari");
        verifier.verifyThat((p, f) -> CoverageRules.substituteCost(f)).given(week.slot(kari, 0, D)).penalizesBy(0);
    }
}

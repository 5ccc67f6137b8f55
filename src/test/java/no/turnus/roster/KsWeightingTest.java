package no.turnus.roster;

import static no.turnus.roster.RosterFixture.A;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.LV;
import static no.turnus.roster.RosterFixture.N;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.rules.HoursRules;
import no.turnus.roster.rules.RosterConstraints;

/** KS weighted hours for tredelt turnus (HTA kap. 1 §4.2.4): the credit of a shift, its cap, and the rule. */
class KsWeightingTest {

    static final ContractRules TREDELT = ContractRules.from(new ContractSpec("tredelt", null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "tariffavtale",
            true, null, null, null, null, null));

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);
    private final RosterFixture week = new RosterFixture(1, false);

    @Test
    void nightsSundaysAndHolidaysEarnExtraMinutes() {
        // Monday 21:45-07:45: 8 h 15 min between 21:00 and 06:00, 15 min each; the rest is an ordinary Tuesday.
        assertThat(credit(week, 0, N)).isEqualTo(124);
        // A Sunday day shift: 7.5 h on the red day, 10 min each.
        assertThat(credit(week, 6, D)).isEqualTo(75);
        // Saturday 14:30-22:00: Sunday's period starts at 18:00; 21:00-22:00 is night and counts as night only.
        assertThat(credit(week, 5, A)).isEqualTo(30 + 15);
        assertThat(credit(week, 1, D)).isZero();
        // Easter 2027: skjærtorsdag is a holiday, and on påskeaften the period starts at 15:00.
        RosterFixture easter = new RosterFixture(LocalDate.of(2027, 3, 22), 1, false, false);
        assertThat(credit(easter, 3, D)).isEqualTo(75);
        assertThat(credit(easter, 5, A)).isEqualTo(60 + 15);
    }

    @Test
    void theCreditBringsAFullTimeWeekDownTo33Point6HoursAtMost() {
        Employee kari = week.withContract("kari", TREDELT);
        // 35.5 h - 33.6 h = 1.9 h = 114 min for a full-time week.
        assertThat(kari.creditCapMinutes()).isEqualTo(114);
        assertThat(kari.countedMinutes(2000, 500)).isEqualTo(2114);
        assertThat(kari.countedMinutes(2000, 40)).isEqualTo(2040);
        assertThat(week.withContract("ola", RosterFixture.STANDARD).countedMinutes(2000, 0)).isEqualTo(2000);
    }

    @Test
    void weightedHoursCountNightsAndSundaysForTredeltTurnusOnly() {
        Employee kari = week.withContract("kari", TREDELT);
        Employee ola = week.employee("ola");
        // Each works a Sunday long shift and three day shifts: 34 h paid against 35.5 h.
        Object[] plan = {kari, ola, week.slot(kari, 6, LV), week.slot(kari, 0, D), week.slot(kari, 1, D),
                week.slot(kari, 2, D), week.slot(ola, 6, LV), week.slot(ola, 0, D), week.slot(ola, 1, D),
                week.slot(ola, 2, D)};
        // kari's Sunday counts 115 min extra, capped at 114: 34 h + 1.9 h is within half an hour of 35.5 h.
        verifier.verifyThat((p, f) -> HoursRules.weightedHours(f)).given(plan).penalizesBy(0);
        // ola has no weighting: 1.5 h short, 2 started hours (and kari is not judged by this rule).
        verifier.verifyThat((p, f) -> HoursRules.contractHours(f)).given(plan).penalizesBy(2);
    }

    @Test
    void weightedHoursPenaliseHoursAboveTheWeightedTarget() {
        Employee kari = week.withContract("kari", TREDELT);
        Object[] nights = {kari, week.slot(kari, 0, N), week.slot(kari, 1, N), week.slot(kari, 2, N),
                week.slot(kari, 3, N)};
        // 40 h paid + 1.9 h (capped from 8.3 h) against 35.5 h: 6.4 h over, 6 hours after rounding.
        verifier.verifyThat((p, f) -> HoursRules.weightedHours(f)).given(nights).penalizesBy(6);
        verifier.verifyThat((p, f) -> HoursRules.weightedHours(f)).given(nights)
                .justifiesWith(new Breach("kari", "", "planned 40 h, counted as 41.9 h with nights, Sundays and"
                        + " holidays weighted (+8.3 h, at most +1.9 h, down to 33.6 h a full-time week), against"
                        + " 35.5 h for a 100.0 % position", "HTA kap. 1 §4.2.4 (tredelt turnus), AML §10-10 (1), §10-11 (1)"));
        // Nobody planned: the whole target is missing.
        verifier.verifyThat((p, f) -> HoursRules.weightedHours(f)).given(kari).penalizesBy(36);
    }

    private static int credit(RosterFixture fixture, int day, no.turnus.roster.domain.ShiftType type) {
        return Post.of(fixture.horizon, "W1", day, type).ksCreditMinutes();
    }
}

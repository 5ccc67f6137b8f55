package no.turnus.roster;

import static no.turnus.roster.RosterFixture.A;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.N;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.problem.InputProblem;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.domain.ShiftType;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.rules.RestRules;
import no.turnus.roster.rules.RosterConstraints;
import no.turnus.roster.rules.RosterRules;
import no.turnus.roster.rules.WorkingTimeRules;

/** Pauses (AML §10-9), overtime (§10-6), night work (§10-11) and the weekly rest on a Sunday (§10-8 (2)). */
class WorkingTimeRulesTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);
    private final RosterFixture two = new RosterFixture(2, false);
    private final RosterFixture four = new RosterFixture(4, false);
    private final RosterFixture fourCyclic = new RosterFixture(4, true);

    @Test
    void aShiftTypeWithoutAPauseDeclaredHasTheLawsPausePaidAndAnUnpaidPauseIsNoWorkingTime() {
        assertThat(D.pauseMinutes()).isEqualTo(30);
        assertThat(D.pausePaid()).isTrue();
        ShiftType fiveHours = ShiftType.of("K", null, LocalTime.of(8, 0), LocalTime.of(13, 0), null, ShiftCategory.DAY);
        assertThat(fiveHours.pauseMinutes()).isZero();
        ShiftType unpaid = ShiftType.of("LV", null, LocalTime.of(8, 0), LocalTime.of(20, 0), null, ShiftCategory.LONG,
                30, false);
        assertThat(unpaid.paidMinutes()).isEqualTo(11 * 60 + 30);
        // 21:45 to 07:45 has 8 h 15 min of night (21:00 to 06:00); a night with an unpaid pause earns KS weighting on
        // its paid share only.
        assertThat(N.nightMinutes()).isEqualTo(495);
        assertThat(N.isNightWork()).isTrue();
        assertThat(A.isNightWork()).isFalse();
        ShiftType unpaidNight = ShiftType.of("N", null, LocalTime.of(21, 45), LocalTime.of(7, 45), null,
                ShiftCategory.NIGHT, 60, false);
        assertThat(Post.of(two.horizon, "W1", 0, unpaidNight).ksCreditMinutes())
                .isLessThan(Post.of(two.horizon, "W1", 0, N).ksCreditMinutes());
    }

    @Test
    void aShiftWithoutThePauseItsLengthNeedsIsPenalised() {
        Employee kari = two.employee("kari");
        ShiftType noPause = ShiftType.of("D0", null, LocalTime.of(7, 30), LocalTime.of(15, 0), 7.5, ShiftCategory.DAY,
                0, true);
        ShiftType shortPause = ShiftType.of("N20", null, LocalTime.of(21, 45), LocalTime.of(7, 45), 10.0,
                ShiftCategory.NIGHT, 20, true);
        ShiftType shortShift = ShiftType.of("K", null, LocalTime.of(8, 0), LocalTime.of(13, 30), null,
                ShiftCategory.DAY, 0, true);
        ShiftType tenMinutes = ShiftType.of("D10", null, LocalTime.of(7, 30), LocalTime.of(15, 0), null,
                ShiftCategory.DAY, 10, false);
        verifier.verifyThat((p, f) -> WorkingTimeRules.pauses(f))
                .given(two.slot(kari, 0, noPause), two.slot(kari, 1, shortPause), two.slot(kari, 3, shortShift),
                        two.slot(kari, 4, tenMinutes), two.slot(kari, 5, D), two.slot(kari, 6, N))
                .penalizesBy(2);
        verifier.verifyThat((p, f) -> WorkingTimeRules.pauses(f))
                .given(two.slot(kari, 1, shortPause))
                .justifiesWith(new Breach("kari", "2026-01-06", "W1 2026-01-06 N20 lasts 10 h with 20 min pause;"
                        + " the law asks for pauses of at least 30 min in a shift of 8 h or more", "AML §10-9 (1)"));
    }

    @Test
    void validationRefusesAShiftTypeWhosePauseIsBelowTheLaw() {
        // roster-small: D 7.5 h, A 7.5 h, N 10 h, LV 12 h paid 11.5 h
        assertThat(problems(tree -> shift(tree, 2).put("pauseMinutes", 20))).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.shiftTypes[2].pauseMinutes");
            assertThat(problem.message()).contains("at least 30 min", "AML §10-9 (1)", "was 20");
        });
        assertThat(problems(tree -> shift(tree, 0).put("pauseMinutes", 0))).singleElement()
                .extracting(InputProblem::path).isEqualTo("$.shiftTypes[0].pauseMinutes");
        // LV's half hour unpaid: 11.5 h paid is all its working time, 12 h is more
        assertThat(problems(tree -> shift(tree, 3).put("pauseMinutes", 30).put("pausePaid", false))).isEmpty();
        assertThat(problems(tree -> shift(tree, 3).put("pauseMinutes", 30).put("pausePaid", false)
                .put("paidHours", 12))).singleElement().extracting(InputProblem::path)
                .isEqualTo("$.shiftTypes[3].paidHours");
        assertThat(problems(tree -> shift(tree, 0).put("pauseMinutes", 15))).isEmpty();
        // Paid time is at least a third of a shift, also when an unpaid pause is what leaves the rest unpaid.
        assertThat(problems(tree -> shift(tree, 0).put("start", "08:00").put("end", "11:00").put("pauseMinutes", 150)
                .put("pausePaid", false).remove("paidHours"))).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.shiftTypes[0].pauseMinutes");
                    assertThat(problem.message()).contains("at most two thirds of the shift (120 min); was 150");
                });
    }

    @Test
    void overtimeBeyondTheFullTimeWeekIsLimitedPer7DaysAnd4Weeks() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        List<Object> given = new ArrayList<>(List.of(two.week(0), two.week(1)));
        // Kari works seven day shifts in week 1: 52.5 h, 17 h beyond the 35.5 h week, 7 h over the 10 h allowed.
        // Ola works five: 2 h of overtime. Over the two weeks neither passes 25 h.
        for (int day = 0; day < 7; day++) {
            given.add(two.slot(kari, day, D));
        }
        for (int day = 7; day < 12; day++) {
            given.add(two.slot(ola, day, D));
        }
        verifier.verifyThat((p, f) -> WorkingTimeRules.overtimeLimits(f)).given(given.toArray()).penalizesBy(7);
        verifier.verifyThat((p, f) -> WorkingTimeRules.overtimeLimits(f)).given(given.toArray())
                .justifiesWith(new Breach("kari", "week 1", "17 h overtime (beyond a 35.5 h full-time week) in 7 days;"
                        + " at most 10", "AML §10-6"));
    }

    @Test
    void aCyclicRosterCarriesItsOvertimeIntoEvery52Weeks() {
        // Six day shifts a week for four weeks: 45 h a week (9.5 h overtime each, within 10 h), 38 h over 4 weeks
        // (13 h above 25 h). Repeated as a grunnturnus that is 494 h a year, 294 h above 200 h.
        Employee plain = four.employee("plain");
        Employee cyclic = fourCyclic.employee("cyclic");
        List<Object> plainGiven = new ArrayList<>(List.of(four.week(0), four.week(1), four.week(2), four.week(3)));
        List<Object> cyclicGiven = new ArrayList<>(List.of(fourCyclic.week(0), fourCyclic.week(1), fourCyclic.week(2),
                fourCyclic.week(3)));
        for (int day = 0; day < 28; day++) {
            if (day % 7 != 6) {
                plainGiven.add(four.slot(plain, day, D));
                cyclicGiven.add(fourCyclic.slot(cyclic, day, D));
            }
        }
        verifier.verifyThat((p, f) -> WorkingTimeRules.overtimeLimits(f)).given(plainGiven.toArray()).penalizesBy(13);
        verifier.verifyThat((p, f) -> WorkingTimeRules.overtimeLimits(f)).given(cyclicGiven.toArray())
                .penalizesBy(13 + 294);
        // Under an agreement with the tillitsvalgte the contract may allow 50 h in 4 weeks and 300 h a year.
        ContractRules agreed = ContractRules.from(overtimeContract("tariffavtale", 20.0, 50.0, 300.0));
        Employee extended = four.withContract("extended", agreed);
        List<Object> extendedGiven = new ArrayList<>(List.of(four.week(0), four.week(1), four.week(2), four.week(3)));
        for (int day = 0; day < 28; day++) {
            if (day % 7 != 6) {
                extendedGiven.add(four.slot(extended, day, D));
            }
        }
        verifier.verifyThat((p, f) -> WorkingTimeRules.overtimeLimits(f)).given(extendedGiven.toArray()).penalizesBy(0);
    }

    @Test
    void aContractRaisesTheOvertimeLimitsOnlyUnderAnAgreement() {
        assertThat(ContractRules.defaults("none").overtime().weekMinutes()).isEqualTo(600);
        assertThat(problems(tree -> contract(tree).put("maxOvertimeHoursPer7Days", 20)
                .put("maxOvertimeHoursPer52Weeks", 300))).isEmpty();
        assertThat(problems(tree -> contract(tree).put("maxOvertimeHoursPer4Weeks", 60))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.contracts[0].maxOvertimeHoursPer4Weeks");
                    assertThat(problem.message()).contains("at most 50 h under agreement 'tariffavtale'",
                            "AML §10-6");
                });
        assertThat(problems(tree -> contract(tree).put("maxOvertimeHoursPer7Days", 20).put("agreement", "none")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("$.contracts[0].maxOvertimeHoursPer7Days");
                    assertThat(problem.message()).contains("at most 10 h without a working-time agreement",
                            "AML §10-6", "tillitsvalgte");
                });
    }

    @Test
    void nightWorkersWorkAtMostEightHoursPer24HoursOverFourWeeks() {
        Employee nights = four.employee("nights");
        Employee fewer = four.employee("fewer");
        Employee days = four.employee("days");
        Employee mixed = four.employee("mixed");
        List<Object> given = new ArrayList<>(List.of(four.week(0), four.week(1), four.week(2), four.week(3)));
        // 20 nights of 10 h: 200 h in 4 weeks, 22.7 h above 8/24 × (672 h − 4 × 35 h of weekly rest) = 177.3 h.
        for (int day = 0; day < 20; day++) {
            given.add(four.slot(nights, day, N));
        }
        // 17 nights: 170 h.
        for (int day = 0; day < 17; day++) {
            given.add(four.slot(fewer, day, N));
        }
        // 27 day shifts (202.5 h) and no night: not a night worker.
        for (int day = 0; day < 27; day++) {
            given.add(four.slot(days, day, D));
        }
        // 3 nights and 23 day shifts (202.5 h): fewer nights than one a week, not a regular night worker.
        for (int day = 0; day < 26; day++) {
            given.add(four.slot(mixed, day, day < 3 ? N : D));
        }
        verifier.verifyThat((p, f) -> WorkingTimeRules.nightWork(f)).given(given.toArray()).penalizesBy(23);
        List<Object> one = new ArrayList<>(List.of(four.week(0), four.week(1), four.week(2), four.week(3)));
        for (int day = 0; day < 20; day++) {
            one.add(four.slot(nights, day, N));
        }
        verifier.verifyThat((p, f) -> WorkingTimeRules.nightWork(f)).given(one.toArray())
                .justifiesWith(new Breach("nights", "", "works 200 h in 4 weeks with 20 night shifts; a night worker"
                        + " at most 177.3 h (8 h per 24 hours on average, the 35 h weekly rest not counted)",
                        "AML §10-11"));
    }

    @Test
    void theWeeklyRestShouldHoldASunday() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        Employee eva = two.employee("eva");
        List<Object> given = new ArrayList<>(List.of(two.week(0), two.week(1)));
        // Kari: Monday to Friday days, the weekend off, Monday again: 64.5 h off around Sunday.
        for (int day = 0; day < 5; day++) {
            given.add(two.slot(kari, day, D));
        }
        given.add(two.slot(kari, 7, D));
        // Ola works Sunday 11 January. Eva has Sunday off but only 33.5 h from Saturday 22:00 to Monday 07:30.
        given.add(two.slot(ola, 6, D));
        given.add(two.slot(eva, 5, A));
        given.add(two.slot(eva, 7, D));
        verifier.verifyThat((p, f) -> RestRules.weeklyRestOnSunday(f)).given(given.toArray()).penalizesBy(2);
        verifier.verifyThat((p, f) -> RestRules.weeklyRestOnSunday(f))
                .given(two.week(0), two.week(1), two.slot(eva, 5, A), two.slot(eva, 7, D))
                .justifiesWith(new Breach("eva", "2026-01-11", "has only 33.5 h off around Sunday 2026-01-11;"
                        + " the weekly rest of 35 h should hold a Sunday", "AML §10-8 (2)"));
    }

    @Test
    void theTimeOffAroundTheLastSundayOfACyclicRosterEndsWithItsFirstMonday() {
        // Saturday 17 January evening and Monday's day shift: 33.5 h off around the last Sunday when the roster repeats
        // (the Monday is then the day after it), the whole rest of the time in a plain period.
        RosterFixture cyclic = new RosterFixture(2, true);
        Employee kari = cyclic.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> RestRules.weeklyRestOnSunday(f))
                .given(cyclic.week(0), cyclic.week(1), cyclic.slot(kari, 12, A), cyclic.slot(kari, 0, D))
                .penalizesBy(1);
        verifier.verifyThat((p, f) -> RestRules.weeklyRestOnSunday(f))
                .given(two.week(0), two.week(1), two.slot(ola, 12, A), two.slot(ola, 0, D))
                .penalizesBy(0);
        assertThat(cyclic.week(1).sunday()).isEqualTo(13);
    }

    @Test
    void theNewLimitsAreLawAndThePlacementOfTheWeeklyRestIsAPreference() {
        assertThat(RosterRules.OVERTIME_LIMITS.rule().fixedHard()).isTrue();
        assertThat(RosterRules.NIGHT_WORK.rule().fixedHard()).isTrue();
        assertThat(RosterRules.PAUSES.rule().fixedHard()).isTrue();
        assertThat(RosterRules.WEEKLY_REST_ON_SUNDAY.rule().fixedHard()).isFalse();
        assertThat(RosterRules.WEEKLY_REST_ON_SUNDAY.rule().contractWeight()).isEqualTo(1);
    }

    private static ContractSpec overtimeContract(String agreement, Double week, Double fourWeeks, Double year) {
        return new ContractSpec("c", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, agreement, null, null, null, week, fourWeeks, year);
    }

    private static ObjectNode shift(ObjectNode tree, int index) {
        return (ObjectNode) tree.withArray("shiftTypes").get(index);
    }

    private static ObjectNode contract(ObjectNode tree) {
        return (ObjectNode) tree.withArray("contracts").get(0);
    }

    /** Problems of roster-small with a change. */
    private static List<InputProblem> problems(Consumer<ObjectNode> change) {
        return RosterSamples.problemsOfSmall(change);
    }
}

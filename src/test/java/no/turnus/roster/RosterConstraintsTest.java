package no.turnus.roster;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Requirement;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.Wish;

import static no.turnus.roster.RosterFixture.A;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.LV;
import static no.turnus.roster.RosterFixture.N;
import static no.turnus.roster.RosterFixture.contract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.problem.Breach;
import no.turnus.roster.rules.RosterRules;
import no.turnus.roster.rules.CoverageRules;
import no.turnus.roster.rules.FairnessRules;
import no.turnus.roster.rules.HoursRules;
import no.turnus.roster.rules.RestRules;
import no.turnus.roster.rules.RosterConstraints;
import no.turnus.roster.rules.WeekendRules;
import no.turnus.roster.rules.WishRules;

class RosterConstraintsTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);
    private final RosterFixture two = new RosterFixture(2, false);
    private final RosterFixture cyclic = new RosterFixture(2, true);

    @Test
    void oneShiftPerDay() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> RestRules.oneShiftPerDay(f))
                .given(two.slot(kari, 0, D), two.slot(kari, 0, A), two.slot(kari, 1, D), two.slot(ola, 0, D))
                .penalizesBy(1);
    }

    @Test
    void dailyRestBelowElevenHoursIsHard() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        Slot evening = two.slot(kari, 0, A);
        Slot day = two.slot(kari, 1, D);
        // A ends 22:00, D starts 07:30: 9.5 h rest, 1.5 h short, counted as 2 started hours.
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f))
                .given(evening, day, two.slot(ola, 0, D), two.slot(ola, 1, D))
                .penalizesBy(2);
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f))
                .given(evening, day)
                .justifiesWith(new Breach("kari", "2026-01-05/2026-01-06",
                        "only 9.5 h rest between W1 2026-01-05 A and W1 2026-01-06 D (at least 11 h required)",
                        "AML §10-8 (1)"));
    }

    @Test
    void dailyRestLooksAcrossTheEndOfACyclicRoster() {
        Employee kari = cyclic.employee("kari");
        // The night of the last Sunday ends at 07:45 on the first Monday, overlapping its day shift.
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f))
                .given(cyclic.slot(kari, 13, N), cyclic.slot(kari, 0, D))
                .penalizesBy(12);
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f))
                .given(two.slot(ola, 13, N), two.slot(ola, 0, D))
                .penalizesBy(0);
    }

    @Test
    void reducedDailyRestByAgreementIsSoftNotHard() {
        ContractRules eightHours = contract(c -> c.put("reducedDailyRest", 8 * 60));
        Employee kari = two.withContract("kari", eightHours);
        Employee ola = two.employee("ola");
        Slot[] slots = {two.slot(kari, 0, A), two.slot(kari, 1, D), two.slot(ola, 3, D), two.slot(ola, 4, D)};
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f)).given((Object[]) slots).penalizesBy(0);
        verifier.verifyThat((p, f) -> RestRules.shortDailyRest(f)).given((Object[]) slots).penalizesBy(1);
    }

    @Test
    void weeklyRest() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        // Kari works a day shift every day of week 1: her longest rest is 16.5 h, 18.5 h short of 35 h.
        var given = new java.util.ArrayList<Object>(java.util.List.of(two.week(0), two.week(1)));
        for (int day = 0; day < 7; day++) {
            given.add(two.slot(kari, day, D));
        }
        for (int day = 7; day < 12; day++) {
            given.add(two.slot(ola, day, D));
        }
        verifier.verifyThat((p, f) -> RestRules.weeklyRest(f)).given(given.toArray()).penalizesBy(19);
    }

    @Test
    void weeklyRestReducedByAgreementIsSoft() {
        ContractRules reduced = contract(c -> c.put("reducedWeeklyRest", 28 * 60));
        Employee kari = two.withContract("kari", reduced);
        Employee ola = two.employee("ola");
        // Friday evening to Sunday morning is 33.5 h: allowed with the 28 h agreement, hard without it.
        var kariWeek = java.util.List.of(two.slot(kari, 0, D), two.slot(kari, 1, D), two.slot(kari, 2, D),
                two.slot(kari, 3, D), two.slot(kari, 4, A), two.slot(kari, 6, D));
        var olaWeek = java.util.List.of(two.slot(ola, 0, D), two.slot(ola, 1, D), two.slot(ola, 2, D),
                two.slot(ola, 3, D), two.slot(ola, 4, A), two.slot(ola, 6, D));
        var given = new java.util.ArrayList<Object>(java.util.List.of(two.week(0), two.week(1)));
        given.addAll(kariWeek);
        verifier.verifyThat((p, f) -> RestRules.weeklyRest(f)).given(given.toArray()).penalizesBy(0);
        verifier.verifyThat((p, f) -> RestRules.shortWeeklyRest(f)).given(given.toArray()).penalizesBy(1);
        given.removeAll(kariWeek);
        given.addAll(olaWeek);
        verifier.verifyThat((p, f) -> RestRules.weeklyRest(f)).given(given.toArray()).penalizesBy(2);
        verifier.verifyThat((p, f) -> RestRules.shortWeeklyRest(f)).given(given.toArray()).penalizesBy(0);
    }

    @Test
    void unavailable() {
        Employee kari = two.employee("kari", "HELSEFAGARBEIDER", RosterFixture.STANDARD, 100, "A", 1);
        verifier.verifyThat((p, f) -> CoverageRules.unavailable(f))
                .given(two.slot(kari, 0, D), two.slot(kari, 1, D), two.slot(kari, 2, D))
                .penalizesBy(1);
    }

    @Test
    void competenceAndAuthorisation() {
        Employee nurse = two.employee("nurse", "SYKEPLEIER", RosterFixture.STANDARD, 100, "A");
        Employee helper = two.employee("helper");
        Requirement rn = new Requirement(Requirement.Type.COMPETENCE, "SYKEPLEIER");
        Requirement insulin = new Requirement(Requirement.Type.AUTHORISATION, "INSULIN");
        verifier.verifyThat((p, f) -> CoverageRules.competence(f))
                .given(two.slot(nurse, "W1", 0, D, rn, false), two.slot(helper, "W1", 1, D, rn, false),
                        two.slot(helper, "W1", 2, D, Requirement.ANY, false),
                        two.slot(nurse, "W1", 3, D, insulin, false))
                .penalizesBy(2);
    }

    @Test
    void wardNotAllowed() {
        Employee kari = two.employee("kari");
        verifier.verifyThat((p, f) -> CoverageRules.wardNotAllowed(f))
                .given(two.slot(kari, "W1", 0, D, Requirement.ANY, false),
                        two.slot(kari, "W2", 1, D, Requirement.ANY, false))
                .penalizesBy(1);
    }

    @Test
    void shiftTooLong() {
        Employee kari = two.withContract("kari", contract(c -> c.put("maxShift", 10 * 60)));
        verifier.verifyThat((p, f) -> HoursRules.shiftTooLong(f))
                .given(two.slot(kari, 0, LV), two.slot(kari, 2, N), two.slot(kari, 5, D))
                .penalizesBy(1);
    }

    @Test
    void maxHoursInOneWeek() {
        Employee kari = two.withContract("kari", contract(c -> c.put("maxWeekly", 20 * 60)));
        // Week 1: 22.5 h, 2.5 h over; week 2: 15 h.
        verifier.verifyThat((p, f) -> HoursRules.maxWeeklyHours(f))
                .given(two.slot(kari, 0, D), two.slot(kari, 1, D), two.slot(kari, 2, D), two.slot(kari, 7, D),
                        two.slot(kari, 8, D))
                .penalizesBy(3);
    }

    @Test
    void maxAverageWeeklyHours() {
        Employee kari = two.withContract("kari", contract(c -> c.put("maxAverageWeekly", 10 * 60)));
        Employee ola = two.withContract("ola", contract(c -> c.put("maxAverageWeekly", 10 * 60)));
        // A 2-week horizon is shorter than the 8-week window: it is averaged whole.
        verifier.verifyThat((p, f) -> HoursRules.maxAverageHours(f))
                .given(two.week(0), two.week(1), two.slot(kari, 0, D), two.slot(kari, 1, D), two.slot(kari, 8, D),
                        two.slot(ola, 0, D), two.slot(ola, 8, D))
                .penalizesBy(3);
    }

    @Test
    void maxAverageWeeklyHoursOverTheContractsWindow() {
        RosterFixture three = new RosterFixture(3, false);
        ContractRules twoWeeks = ContractRules.from(new no.turnus.roster.input.RosterDataset.ContractSpec("w", null,
                null, null, null, null, 10.0, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, "tariffavtale", null, null, 2, null, null, null));
        Employee kari = three.withContract("kari", twoWeeks);
        // 15 h in each of weeks 1 and 2, none in week 3: 30 h over 3 weeks is within 10 h a week on average, but
        // weeks 1-2 average 15 h (10 h over); weeks 2-3 average 7.5 h.
        Object[] plan = {three.week(0), three.week(1), three.week(2), three.slot(kari, 0, D), three.slot(kari, 1, D),
                three.slot(kari, 7, D), three.slot(kari, 8, D)};
        verifier.verifyThat((p, f) -> HoursRules.maxAverageHours(f)).given(plan).penalizesBy(10);
        verifier.verifyThat((p, f) -> HoursRules.maxAverageHours(f)).given(plan)
                .justifiesWith(new Breach("kari", "weeks 1-2", "averages 15 h a week over 2 weeks (at most 10 h on"
                        + " average)", "AML §10-5"));
        // Cyclic, the window from week 3 wraps into week 1: 0 + 15 h, within.
        RosterFixture cyclicThree = new RosterFixture(3, true);
        Employee ola = cyclicThree.withContract("ola", twoWeeks);
        verifier.verifyThat((p, f) -> HoursRules.maxAverageHours(f))
                .given(cyclicThree.week(0), cyclicThree.week(1), cyclicThree.week(2), cyclicThree.slot(ola, 0, D),
                        cyclicThree.slot(ola, 1, D), cyclicThree.slot(ola, 7, D), cyclicThree.slot(ola, 8, D))
                .penalizesBy(10);
    }

    @Test
    void uncoveredRequiredPlacesOnly() {
        Slot open = two.slot(null, "W1", 0, D, Requirement.ANY, false);
        verifier.verifyThat((p, f) -> CoverageRules.uncovered(f))
                .given(open, two.slot(null, "W1", 0, D, Requirement.ANY, true), two.slot(two.employee("kari"), 0, D))
                .penalizesBy(1);
        verifier.verifyThat((p, f) -> CoverageRules.uncovered(f))
                .given(open)
                .justifiesWith(new Breach("W1", "2026-01-05",
                        "nobody on W1 2026-01-05 D (place needing any, slot " + open.getId() + ")", "bemanningsplan"));
    }

    @Test
    void preferredStaffingCountsOptionalPlacesOnly() {
        verifier.verifyThat((p, f) -> CoverageRules.preferredStaffing(f))
                .given(two.slot(null, "W1", 0, D, Requirement.ANY, false), two.slot(null, "W1", 0, D, Requirement.ANY, true),
                        two.slot(two.employee("kari"), "W1", 1, D, Requirement.ANY, true))
                .penalizesBy(1);
    }

    @Test
    void contractHoursIncludeStaffWithoutShifts() {
        Employee kari = two.employee("kari");
        Employee zero = two.employee("zero", "ASSISTENT", RosterFixture.STANDARD, 0, "A");
        Employee half = two.employee("half", "ASSISTENT", RosterFixture.STANDARD, 50, "A");
        var given = new java.util.ArrayList<Object>(java.util.List.of(kari, zero, half));
        for (int day = 0; day < 8; day++) {
            given.add(two.slot(kari, day, D)); // 60 h of 71 h
        }
        // half: 35.5 h target, nothing planned; zero: 0 h target, nothing planned.
        verifier.verifyThat((p, f) -> HoursRules.contractHours(f)).given(given.toArray()).penalizesBy(11 + 36);
    }

    @Test
    void weekendFrequency() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        // One weekend in three allowed: 1 of 2 weeks.
        verifier.verifyThat((p, f) -> WeekendRules.weekendFrequency(f))
                .given(two.horizon, two.slot(kari, 5, D), two.slot(kari, 13, D), two.slot(ola, 5, D), two.slot(ola, 6, D))
                .penalizesBy(1);
    }

    @Test
    void consecutiveWeekends() {
        RosterFixture three = new RosterFixture(3, false);
        Employee kari = three.employee("kari");
        Employee ola = three.employee("ola");
        verifier.verifyThat((p, f) -> WeekendRules.consecutiveWeekends(f))
                .given(three.horizon, three.slot(kari, 5, D), three.slot(kari, 13, D), three.slot(ola, 5, D),
                        three.slot(ola, 20, D))
                .penalizesBy(1);
        RosterFixture threeCyclic = new RosterFixture(3, true);
        Employee per = threeCyclic.employee("per");
        // Weekends 3 and 1 are consecutive when the roster repeats.
        verifier.verifyThat((p, f) -> WeekendRules.consecutiveWeekends(f))
                .given(threeCyclic.horizon, threeCyclic.slot(per, 5, D), threeCyclic.slot(per, 20, D))
                .penalizesBy(1);
    }

    @Test
    void completeWeekends() {
        Employee kari = two.employee("kari");
        verifier.verifyThat((p, f) -> WeekendRules.completeWeekends(f))
                .given(two.slot(kari, 5, D), two.slot(kari, 12, D), two.slot(kari, 13, D))
                .penalizesBy(1);
    }

    @Test
    void maxConsecutiveWorkingDays() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        var given = new java.util.ArrayList<Object>(java.util.List.of(two.horizon));
        for (int day = 0; day < 6; day++) {
            given.add(two.slot(kari, day, D)); // 6 days, one more than 5
        }
        for (int day = 7; day < 12; day++) {
            given.add(two.slot(ola, day, D)); // 5 days
        }
        verifier.verifyThat((p, f) -> HoursRules.maxConsecutiveDays(f)).given(given.toArray()).penalizesBy(1);
        Employee per = cyclic.employee("per");
        verifier.verifyThat((p, f) -> HoursRules.maxConsecutiveDays(f))
                .given(cyclic.horizon, cyclic.slot(per, 11, D), cyclic.slot(per, 12, D), cyclic.slot(per, 13, D),
                        cyclic.slot(per, 0, D), cyclic.slot(per, 1, D), cyclic.slot(per, 2, D))
                .penalizesBy(1);
    }

    @Test
    void isolatedWorkDays() {
        Employee kari = two.employee("kari");
        // Day 0 touches the start of a non-cyclic horizon, so it may continue a run: not judged.
        verifier.verifyThat((p, f) -> HoursRules.isolatedWorkDays(f))
                .given(two.horizon, two.slot(kari, 0, D), two.slot(kari, 3, D), two.slot(kari, 6, D),
                        two.slot(kari, 7, D))
                .penalizesBy(1);
    }

    @Test
    void isolatedDaysOff() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> HoursRules.isolatedDaysOff(f))
                .given(two.horizon, two.slot(kari, 2, D), two.slot(kari, 3, D), two.slot(kari, 5, D),
                        two.slot(ola, 2, D), two.slot(ola, 3, D), two.slot(ola, 6, D))
                .penalizesBy(1);
    }

    @Test
    void isolatedDaysOffAcrossTheEndOfACyclicRoster() {
        Employee kari = cyclic.employee("kari");
        Employee ola = cyclic.employee("ola");
        Employee eva = cyclic.employee("eva");
        var given = new java.util.ArrayList<Object>(java.util.List.of(cyclic.horizon, eva));
        for (int day = 1; day <= 12; day++) {
            given.add(cyclic.slot(kari, day, D)); // free on the last day and the first: two days off in a row
        }
        for (int day = 0; day <= 12; day++) {
            given.add(cyclic.slot(ola, day, D)); // free on the last day only, then the first day is worked again
        }
        given.add(cyclic.slot(ola, 5, A)); // a second shift on a day is still one working day
        // eva has no shift: the whole horizon is one free run
        verifier.verifyThat((p, f) -> HoursRules.isolatedDaysOff(f)).given(given.toArray()).penalizesBy(1);
        verifier.verifyThat((p, f) -> HoursRules.isolatedDaysOff(f)).given(given.toArray())
                .justifiesWith(new Breach("ola", "day 14", "has only 1 day(s) off between working days",
                        "local agreement"));
    }

    @Test
    void nightSeries() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        var given = new java.util.ArrayList<Object>(java.util.List.of(two.horizon));
        for (int day = 0; day < 5; day++) {
            given.add(two.slot(kari, day, N));
        }
        for (int day = 7; day < 11; day++) {
            given.add(two.slot(ola, day, N));
        }
        given.add(two.slot(ola, 12, D)); // day shifts do not extend a night series
        verifier.verifyThat((p, f) -> RestRules.nightSeries(f)).given(given.toArray()).penalizesBy(1);
    }

    @Test
    void freeDaysAfterNights() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> RestRules.freeAfterNights(f))
                .given(two.horizon, two.slot(kari, 3, N), two.slot(kari, 5, D), two.slot(ola, 3, N),
                        two.slot(ola, 4, N), two.slot(ola, 7, D), two.slot(ola, 1, D))
                .penalizesBy(1);
    }

    @Test
    void dayOffWish() {
        Employee kari = two.employee("kari");
        Wish free = new Wish(kari, two.horizon.date(2), 2, null, false, 7);
        Wish noNight = new Wish(kari, two.horizon.date(4), 4, N, false, 3);
        verifier.verifyThat((p, f) -> WishRules.dayOffWish(f))
                .given(free, noNight, two.slot(kari, 2, D), two.slot(kari, 3, D), two.slot(kari, 4, D))
                .penalizesBy(7);
    }

    @Test
    void workWish() {
        Employee kari = two.employee("kari");
        Wish dayShift = new Wish(kari, two.horizon.date(2), 2, D, true, 5);
        Wish anyShift = new Wish(kari, two.horizon.date(3), 3, null, true, 4);
        verifier.verifyThat((p, f) -> WishRules.workWish(f))
                .given(dayShift, anyShift, two.slot(kari, 2, A), two.slot(kari, 3, N))
                .penalizesBy(5);
    }

    @Test
    void fairNightsAreScaledByPosition() {
        Employee full = two.employee("full", "SYKEPLEIER", RosterFixture.STANDARD, 100, "A");
        Employee half = two.employee("half", "SYKEPLEIER", RosterFixture.STANDARD, 50, "A");
        Employee helper = two.employee("helper");
        // 2 nights for a full position and 1 for a half position are the same share; the helper is compared
        // only with other helpers.
        verifier.verifyThat((p, f) -> FairnessRules.fairNights(f))
                .given(full, half, helper, two.slot(full, 0, N), two.slot(full, 1, N), two.slot(half, 7, N),
                        two.slot(helper, 3, N))
                .penalizesBy(0);
        verifier.verifyThat((p, f) -> FairnessRules.fairNights(f))
                .given(full, half, two.slot(full, 0, N), two.slot(full, 1, N))
                .penalizes(1);
    }

    @Test
    void fairWeekends() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> FairnessRules.fairWeekends(f))
                .given(kari, ola, two.slot(kari, 5, D), two.slot(ola, 12, D), two.slot(ola, 2, D))
                .penalizesBy(0);
        verifier.verifyThat((p, f) -> FairnessRules.fairWeekends(f))
                .given(kari, ola, two.slot(kari, 5, D), two.slot(kari, 12, D))
                .penalizes(1);
    }

    @Test
    void fairLongShifts() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> FairnessRules.fairLongShifts(f))
                .given(kari, ola, two.slot(kari, 5, LV), two.slot(ola, 6, LV), two.slot(ola, 2, D))
                .penalizesBy(0);
        verifier.verifyThat((p, f) -> FairnessRules.fairLongShifts(f))
                .given(kari, ola, two.slot(kari, 5, LV), two.slot(kari, 6, LV))
                .penalizes(1);
    }

    @Test
    void mixedOrganisations() {
        RosterFixture merged = new RosterFixture(2, false, true);
        Employee narvik1 = merged.employee("n1", "HELSEFAGARBEIDER", RosterFixture.STANDARD, 100, "Narvik");
        Employee narvik2 = merged.employee("n2", "HELSEFAGARBEIDER", RosterFixture.STANDARD, 100, "Narvik");
        Employee ballangen = merged.employee("b1", "HELSEFAGARBEIDER", RosterFixture.STANDARD, 100, "Ballangen");
        verifier.verifyThat((p, f) -> CoverageRules.mixedOrganisations(f))
                .given(merged.horizon, merged.slot(narvik1, 0, D), merged.slot(narvik2, 0, D),
                        merged.slot(narvik1, 1, D), merged.slot(ballangen, 1, D), merged.slot(narvik2, 2, A))
                .penalizesBy(1);
        // Without a merger there is nothing to mix.
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        verifier.verifyThat((p, f) -> CoverageRules.mixedOrganisations(f))
                .given(two.horizon, two.slot(kari, 0, D), two.slot(ola, 0, D))
                .penalizesBy(0);
    }

    @Test
    void changedAssignment() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        Slot moved = two.slot(ola, 0, D);
        moved.setReference(kari);
        Slot kept = two.slot(kari, 1, D);
        kept.setReference(kari);
        Slot emptied = two.slot(null, 2, D);
        emptied.setReference(kari);
        verifier.verifyThat((p, f) -> WishRules.changedAssignment(f))
                .given(moved, kept, emptied, two.slot(ola, 3, D))
                .penalizesBy(2);
    }

    @Test
    void changedAssignmentAtShortNoticeCostsTwiceAndSaysSo() {
        Employee kari = two.employee("kari");
        Employee ola = two.employee("ola");
        Slot soon = two.slot(ola, 0, D);
        soon.setReference(kari);
        soon.setShortNotice(true); // starts within 14 days of the replanning day
        Slot later = two.slot(ola, 1, D);
        later.setReference(kari);
        Slot keptSoon = two.slot(kari, 2, D);
        keptSoon.setReference(kari);
        keptSoon.setShortNotice(true);
        verifier.verifyThat((p, f) -> WishRules.changedAssignment(f))
                .given(soon, later, keptSoon)
                .penalizesBy(3);
        verifier.verifyThat((p, f) -> WishRules.changedAssignment(f))
                .given(soon)
                .justifiesWith(new Breach("kari", "2026-01-05", "no longer has " + soon.label()
                        + " as in the previous plan (now ola)" + WishRules.SHORT_NOTICE,
                        RosterRules.CHANGED_ASSIGNMENT.reference()));
        assertThat(WishRules.SHORT_NOTICE).contains("AML §10-3").contains("HTA kap. 1 §6 pkt 6.8");
    }
}

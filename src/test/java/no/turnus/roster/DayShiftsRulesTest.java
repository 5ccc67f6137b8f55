package no.turnus.roster;

import static no.turnus.roster.RosterFixture.A;
import static no.turnus.roster.RosterFixture.D;
import static no.turnus.roster.RosterFixture.LV;
import static no.turnus.roster.RosterFixture.N;
import static no.turnus.roster.RosterFixture.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.ShiftType;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;
import no.turnus.roster.rules.HoursRules;
import no.turnus.roster.rules.RestRules;
import no.turnus.roster.rules.RosterConstraints;
import no.turnus.roster.rules.RosterRules;

/**
 * One shift per day, Daily rest, Short daily rest and Free days after nights read their pairs from each employee's
 * shifts by day (a per-employee index, not joins of every shift with the employee's others). On random rosters,
 * plain and cyclic, one and two weeks, with the usual contract and one whose daily rest reaches two days, each rule
 * penalises what pairing every two shifts of an employee gives. The runs of working and free days are read from the
 * same per-employee container: Max consecutive working days, Isolated work days and Isolated days off penalise what
 * the runs found day by day give (and an employee with no shift has one free run); Weekly rest, Short weekly rest
 * and Weekly rest on Sunday, kept per week in the same container, what grouping the shifts by employee and week gives.
 */
class DayShiftsRulesTest {

    private static final ShiftType[] TYPES = {D, A, N, LV};

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Slot.class);

    @Test
    void pairsAsEveryTwoShiftsOfAnEmployee() {
        ContractRules longRest = contract(fields -> {
            fields.put("minDailyRest", 40 * 60);
            fields.put("reducedDailyRest", 15 * 60);
        });
        ContractRules reducedWeeklyRest = contract(fields -> fields.put("reducedWeeklyRest", 20 * 60));
        ContractRules reducedAboveNormal = contract(fields -> {
            fields.put("minWeeklyRest", 24 * 60);
            fields.put("reducedWeeklyRest", 30 * 60);
        });
        for (int weeks = 1; weeks <= 2; weeks++) {
            for (boolean cyclic : new boolean[] {false, true}) {
                for (ContractRules contract : List.of(RosterFixture.STANDARD, longRest, reducedWeeklyRest,
                        reducedAboveNormal)) {
                    for (int seed = 0; seed < 20; seed++) {
                        check(new RosterFixture(weeks, cyclic), contract, new Random(seed));
                    }
                }
            }
        }
    }

    private void check(RosterFixture fixture, ContractRules contract, Random random) {
        List<Slot> slots = new ArrayList<>();
        List<Employee> employees = List.of(fixture.withContract("kari", contract), fixture.withContract("ola", contract),
                fixture.withContract("eva", contract));
        for (Employee employee : employees.subList(0, 2)) {
            for (int day = 0; day < fixture.horizon.days(); day++) {
                if (random.nextInt(3) > 0) {
                    slots.add(fixture.slot(employee, day, TYPES[random.nextInt(TYPES.length)]));
                }
                if (random.nextInt(8) == 0) {
                    slots.add(fixture.slot(employee, day, TYPES[random.nextInt(TYPES.length)]));
                }
            }
        }
        Horizon horizon = fixture.horizon;
        int sameDay = 0;
        int dailyRest = 0;
        int shortRest = 0;
        int afterNights = 0;
        for (Slot a : slots) {
            for (Slot b : slots) {
                if (a == b || a.employee() != b.employee()) {
                    continue;
                }
                if (a.dayIndex() == b.dayIndex() && a.getId().compareTo(b.getId()) < 0) {
                    sameDay++;
                }
                int rest = horizon.restBetween(a.endMinute(), a.startMinute(), b.startMinute());
                if (rest < contract.minDailyRestMinutes()) {
                    if (rest < contract.reducedDailyRestMinutes()) {
                        dailyRest += Math.max(1, (contract.reducedDailyRestMinutes() - rest + 59) / 60);
                    } else {
                        shortRest++;
                    }
                }
                int days = horizon.daysAfter(a.dayIndex(), b.dayIndex());
                if (a.isNight() && !b.isNight() && days >= 1 && days <= contract.minFreeDaysAfterNights()) {
                    afterNights++;
                }
            }
        }
        int tooLong = 0;
        int isolatedWork = 0;
        int isolatedFree = 0;
        for (Employee employee : employees) {
            boolean[] worked = new boolean[horizon.days()];
            slots.stream().filter(slot -> slot.employee() == employee).forEach(slot -> worked[slot.dayIndex()] = true);
            for (int[] run : runs(worked, true, horizon.cyclic())) {
                tooLong += contract.weight(RosterRules.MAX_CONSECUTIVE_DAYS)
                        * Math.max(0, run[0] - contract.maxConsecutiveWorkingDays());
                if (run[0] < contract.minConsecutiveWorkingDays() && contract.judgesMinimum(run[1] == 1)) {
                    isolatedWork += contract.weight(RosterRules.ISOLATED_WORK_DAYS)
                            * (contract.minConsecutiveWorkingDays() - run[0]);
                }
            }
            for (int[] run : runs(worked, false, horizon.cyclic())) {
                if (run[0] < contract.minConsecutiveFreeDays() && contract.judgesMinimum(run[1] == 1)) {
                    isolatedFree += contract.weight(RosterRules.ISOLATED_DAYS_OFF)
                            * (contract.minConsecutiveFreeDays() - run[0]);
                }
            }
        }
        int weeklyRest = 0;
        int shortWeeklyRest = 0;
        int sundayRest = 0;
        for (Employee employee : employees) {
            for (int index = 0; index < horizon.weeks(); index++) {
                WeekWindow week = fixture.week(index);
                int at = index;
                List<Slot> touching = slots.stream().filter(slot -> slot.employee() == employee && week.touches(slot))
                        .toList();
                List<Slot> nearSunday = slots.stream().filter(slot -> slot.employee() == employee
                        && slot.getPost().sundayWeeks().stream().anyMatch(near -> near.index() == at)).toList();
                int rest = touching.isEmpty() ? Integer.MAX_VALUE : week.longestRest(touching);
                if (rest < contract.reducedWeeklyRestMinutes()) {
                    weeklyRest += Math.max(1, (contract.reducedWeeklyRestMinutes() - rest + 59) / 60);
                } else if (rest < contract.minWeeklyRestMinutes()) {
                    shortWeeklyRest += contract.weight(RosterRules.SHORT_WEEKLY_REST);
                }
                if (!nearSunday.isEmpty() && week.restAroundSunday(nearSunday) < contract.reducedWeeklyRestMinutes()) {
                    sundayRest += contract.weight(RosterRules.WEEKLY_REST_ON_SUNDAY);
                }
            }
        }
        List<Object> given = new ArrayList<>(slots);
        given.add(horizon);
        given.addAll(employees);
        Object[] facts = given.toArray();
        verifier.verifyThat((p, f) -> RestRules.oneShiftPerDay(f)).given(facts).penalizesBy(sameDay);
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f)).given(facts).penalizesBy(dailyRest);
        verifier.verifyThat((p, f) -> RestRules.shortDailyRest(f)).given(facts).penalizesBy(shortRest);
        verifier.verifyThat((p, f) -> RestRules.freeAfterNights(f)).given(facts).penalizesBy(afterNights);
        verifier.verifyThat((p, f) -> HoursRules.maxConsecutiveDays(f)).given(facts).penalizesBy(tooLong);
        verifier.verifyThat((p, f) -> HoursRules.isolatedWorkDays(f)).given(facts).penalizesBy(isolatedWork);
        verifier.verifyThat((p, f) -> HoursRules.isolatedDaysOff(f)).given(facts).penalizesBy(isolatedFree);
        verifier.verifyThat((p, f) -> RestRules.weeklyRest(f)).given(facts).penalizesBy(weeklyRest);
        verifier.verifyThat((p, f) -> RestRules.shortWeeklyRest(f)).given(facts).penalizesBy(shortWeeklyRest);
        verifier.verifyThat((p, f) -> RestRules.weeklyRestOnSunday(f)).given(facts).penalizesBy(sundayRest);
    }

    /**
     * The lengths of the runs of days whose {@code worked} is {@code value}, each with 1 if it touches the edge of a
     * plain horizon (open), else 0; in a cyclic one a run may go round the end, and all days are one run.
     */
    private static List<int[]> runs(boolean[] worked, boolean value, boolean cyclic) {
        int days = worked.length;
        List<int[]> runs = new ArrayList<>();
        int matching = 0;
        for (boolean day : worked) {
            matching += day == value ? 1 : 0;
        }
        if (matching == days) {
            runs.add(new int[] {days, cyclic ? 0 : 1});
            return runs;
        }
        for (int first = 0; first < days; first++) {
            int before = cyclic ? Math.floorMod(first - 1, days) : first - 1;
            if (worked[first] != value || before >= 0 && worked[before] == value) {
                continue;
            }
            int length = 0;
            while ((cyclic || first + length < days) && worked[(first + length) % days] == value) {
                length++;
            }
            boolean open = !cyclic && (first == 0 || first + length == days);
            runs.add(new int[] {length, open ? 1 : 0});
        }
        return runs;
    }
}

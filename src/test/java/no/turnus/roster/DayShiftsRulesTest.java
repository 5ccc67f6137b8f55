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
import no.turnus.roster.rules.RestRules;
import no.turnus.roster.rules.RosterConstraints;

/**
 * One shift per day, Daily rest, Short daily rest and Free days after nights read their pairs from each employee's
 * shifts by day (a per-employee index, not joins of every shift with the employee's others). On random rosters,
 * plain and cyclic, one and two weeks, with the usual contract and one whose daily rest reaches two days, each rule
 * penalises what pairing every two shifts of an employee gives.
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
        for (int weeks = 1; weeks <= 2; weeks++) {
            for (boolean cyclic : new boolean[] {false, true}) {
                for (ContractRules contract : List.of(RosterFixture.STANDARD, longRest)) {
                    for (int seed = 0; seed < 20; seed++) {
                        check(new RosterFixture(weeks, cyclic), contract, new Random(seed));
                    }
                }
            }
        }
    }

    private void check(RosterFixture fixture, ContractRules contract, Random random) {
        List<Slot> slots = new ArrayList<>();
        for (String id : List.of("kari", "ola")) {
            Employee employee = fixture.withContract(id, contract);
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
        List<Object> given = new ArrayList<>(slots);
        given.add(horizon);
        Object[] facts = given.toArray();
        verifier.verifyThat((p, f) -> RestRules.oneShiftPerDay(f)).given(facts).penalizesBy(sameDay);
        verifier.verifyThat((p, f) -> RestRules.dailyRest(f)).given(facts).penalizesBy(dailyRest);
        verifier.verifyThat((p, f) -> RestRules.shortDailyRest(f)).given(facts).penalizesBy(shortRest);
        verifier.verifyThat((p, f) -> RestRules.freeAfterNights(f)).given(facts).penalizesBy(afterNights);
    }
}

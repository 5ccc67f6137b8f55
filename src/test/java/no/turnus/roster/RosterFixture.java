package no.turnus.roster;

import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Post;
import no.turnus.roster.domain.Requirement;
import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.domain.ShiftType;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.domain.WeekWindow;
import no.turnus.roster.input.RosterDataset.ContractSpec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Small hand-made rosters for constraint tests: one ward W1, horizon from Monday 2026-01-05. */
final class RosterFixture {

    static final ShiftType D = ShiftType.of("D", null, LocalTime.of(7, 30), LocalTime.of(15, 0), 7.5, ShiftCategory.DAY);
    static final ShiftType A = ShiftType.of("A", null, LocalTime.of(14, 30), LocalTime.of(22, 0), 7.5, ShiftCategory.EVENING);
    static final ShiftType N = ShiftType.of("N", null, LocalTime.of(21, 45), LocalTime.of(7, 45), 10.0, ShiftCategory.NIGHT);
    static final ShiftType LV = ShiftType.of("LV", null, LocalTime.of(8, 0), LocalTime.of(20, 0), 11.5, ShiftCategory.LONG);
    /** The usual municipal contract: KS turnus under a tariff agreement (12.5 h shifts, 54 h weeks averaged). */
    static final ContractRules STANDARD = ContractRules.from(ContractSpec.underAgreement("standard", "tariffavtale"));

    final Horizon horizon;
    private final Map<String, Post> posts = new HashMap<>();
    private int slotCount;

    RosterFixture(int weeks, boolean cyclic) {
        this(weeks, cyclic, false);
    }

    RosterFixture(int weeks, boolean cyclic, boolean mixOrganisations) {
        this(LocalDate.of(2026, 1, 5), weeks, cyclic, mixOrganisations);
    }

    /** A horizon from another start day (INRC-2010 periods start on a Friday). */
    RosterFixture(LocalDate start, int weeks, boolean cyclic, boolean mixOrganisations) {
        horizon = new Horizon(start, weeks, cyclic, mixOrganisations);
    }

    Employee employee(String id) {
        return employee(id, "HELSEFAGARBEIDER", STANDARD, 100, "A");
    }

    Employee employee(String id, String competence, ContractRules contract, double percent, String organisation,
                      int... unavailableDays) {
        boolean[] unavailable = new boolean[horizon.days()];
        for (int day : unavailableDays) {
            unavailable[day] = true;
        }
        int target = (int) Math.round(percent / 100 * contract.fullTimeWeeklyMinutes() * horizon.weeks());
        return new Employee(id, id, competence, Set.of("MED_PREP"), percent, contract, "W1", Set.of(), organisation,
                unavailable, target);
    }

    Employee withContract(String id, ContractRules contract) {
        return employee(id, "HELSEFAGARBEIDER", contract, 100, "A");
    }

    Slot slot(Employee employee, int day, ShiftType type) {
        return slot(employee, "W1", day, type, Requirement.ANY, false);
    }

    Slot slot(Employee employee, int day, ShiftType type, Requirement requirement) {
        return slot(employee, "W1", day, type, requirement, false);
    }

    Slot slot(Employee employee, String ward, int day, ShiftType type, Requirement requirement, boolean optional) {
        Post post = posts.computeIfAbsent(ward + day + type.code(), k -> Post.of(horizon, ward, day, type));
        Slot slot = new Slot("s" + (++slotCount), post, requirement, optional);
        slot.setEmployee(employee);
        return slot;
    }

    WeekWindow week(int index) {
        return WeekWindow.of(horizon, index);
    }

    /** The standard contract with some fields changed. */
    static ContractRules contract(java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> fields = new HashMap<>();
        change.accept(fields);
        return new ContractRules("c",
                (int) fields.getOrDefault("minDailyRest", STANDARD.minDailyRestMinutes()),
                (int) fields.getOrDefault("reducedDailyRest", STANDARD.reducedDailyRestMinutes()),
                (int) fields.getOrDefault("minWeeklyRest", STANDARD.minWeeklyRestMinutes()),
                (int) fields.getOrDefault("reducedWeeklyRest", STANDARD.reducedWeeklyRestMinutes()),
                (int) fields.getOrDefault("maxShift", STANDARD.maxShiftMinutes()),
                (int) fields.getOrDefault("maxAverageWeekly", STANDARD.maxAverageWeeklyMinutes()),
                (int) fields.getOrDefault("maxWeekly", STANDARD.maxWeeklyMinutes()),
                STANDARD.fullTimeWeeklyMinutes(), STANDARD.weekendFrequency(),
                STANDARD.maxConsecutiveWorkingWeekends(), STANDARD.completeWeekends(),
                STANDARD.maxConsecutiveWorkingDays(), STANDARD.minConsecutiveWorkingDays(),
                STANDARD.minConsecutiveFreeDays(), STANDARD.maxConsecutiveNights(), STANDARD.minFreeDaysAfterNights());
    }
}

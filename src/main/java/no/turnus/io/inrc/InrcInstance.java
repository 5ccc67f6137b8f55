package no.turnus.io.inrc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import no.turnus.roster.domain.WeekendDefinition;

/**
 * One INRC-2010 problem instance ({@code competition.xsd}: a {@code SchedulingPeriod}), as published, without
 * interpretation. {@link InrcEvaluator} gives it its meaning; the lead maps it onto the roster model.
 */
public record InrcInstance(
        String id,
        LocalDate startDate,
        LocalDate endDate,
        List<String> skills,
        List<ShiftType> shiftTypes,
        List<Pattern> patterns,
        List<Contract> contracts,
        List<Employee> employees,
        List<DayOfWeekCover> dayOfWeekCovers,
        List<DateCover> dateCovers,
        List<DayRequest> dayOffRequests,
        List<DayRequest> dayOnRequests,
        List<ShiftRequest> shiftOffRequests,
        List<ShiftRequest> shiftOnRequests) {

    public InrcInstance {
        skills = List.copyOf(skills);
        shiftTypes = List.copyOf(shiftTypes);
        patterns = List.copyOf(patterns);
        contracts = List.copyOf(contracts);
        employees = List.copyOf(employees);
        dayOfWeekCovers = List.copyOf(dayOfWeekCovers);
        dateCovers = List.copyOf(dateCovers);
        dayOffRequests = List.copyOf(dayOffRequests);
        dayOnRequests = List.copyOf(dayOnRequests);
        shiftOffRequests = List.copyOf(shiftOffRequests);
        shiftOnRequests = List.copyOf(shiftOnRequests);
    }

    /** Number of days in the horizon, both ends included. */
    public int dayCount() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    /** Index of a date in the horizon, or -1 when outside it. */
    public int dayIndex(LocalDate date) {
        long index = ChronoUnit.DAYS.between(startDate, date);
        return index < 0 || index >= dayCount() ? -1 : (int) index;
    }

    public Optional<Contract> contract(String contractId) {
        return contracts.stream().filter(c -> c.id().equals(contractId)).findFirst();
    }

    public Optional<Pattern> pattern(String patternId) {
        // The UOS evaluator matches pattern ids without regard to case.
        return patterns.stream().filter(p -> p.id().equalsIgnoreCase(patternId)).findFirst();
    }

    public record ShiftType(String id, LocalTime startTime, LocalTime endTime, String description, List<String> skills) {
        public ShiftType {
            skills = List.copyOf(skills);
        }
    }

    /** An unwanted pattern: consecutive days, the first optionally tied to a day of the week. */
    public record Pattern(String id, int weight, List<PatternEntry> entries) {
        public Pattern {
            entries = List.copyOf(entries);
        }
    }

    /** {@code shiftType} "None" is a free day, "Any" any worked shift; {@code day} null means any day. */
    public record PatternEntry(EntryKind kind, String shiftTypeId, DayOfWeek day) {
    }

    public enum EntryKind { FREE, ANY_SHIFT, SHIFT }

    /** An {@code OnAndWeight} rule: a numeric limit that counts only when switched on. */
    public record Limit(boolean on, int weight, int value) {
        public static final Limit OFF = new Limit(false, 0, 0);

        public boolean active() {
            return on && weight > 0;
        }
    }

    /** A {@code WeightOnly} rule: a boolean switch with a weight. */
    public record Flag(boolean value, int weight) {
        public static final Flag OFF = new Flag(false, 0);

        public boolean active() {
            return value && weight > 0;
        }
    }

    public record Contract(
            String id,
            String description,
            Flag singleAssignmentPerDay,
            Limit maxNumAssignments,
            Limit minNumAssignments,
            Limit maxConsecutiveWorkingDays,
            Limit minConsecutiveWorkingDays,
            Limit maxConsecutiveFreeDays,
            Limit minConsecutiveFreeDays,
            Limit maxConsecutiveWorkingWeekends,
            Limit minConsecutiveWorkingWeekends,
            Limit maxWorkingWeekendsInFourWeeks,
            WeekendDefinition weekendDefinition,
            Flag completeWeekends,
            Flag identicalShiftTypesDuringWeekend,
            Flag noNightShiftBeforeFreeWeekend,
            Flag twoFreeDaysAfterNightShifts,
            Flag alternativeSkillCategory,
            List<String> unwantedPatterns) {
        public Contract {
            unwantedPatterns = List.copyOf(unwantedPatterns);
        }
    }

    public record Employee(String id, String contractId, String name, List<String> skills) {
        public Employee {
            skills = List.copyOf(skills);
        }
    }

    public record Cover(String shiftTypeId, int preferred) {
    }

    public record DayOfWeekCover(DayOfWeek day, List<Cover> covers) {
        public DayOfWeekCover {
            covers = List.copyOf(covers);
        }
    }

    /** Cover for one date; it replaces the day-of-week cover of the same shift type on that date. */
    public record DateCover(LocalDate date, List<Cover> covers) {
        public DateCover {
            covers = List.copyOf(covers);
        }
    }

    public record DayRequest(String employeeId, LocalDate date, int weight) {
    }

    public record ShiftRequest(String employeeId, String shiftTypeId, LocalDate date, int weight) {
    }
}

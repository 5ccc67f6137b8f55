package no.turnus.roster.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * The roster as unit leaders keep it in spreadsheets: one row per employee, one column per date, shift codes in
 * the cells. Written as CSV and XLSX, read back by the grid import ({@code no.turnus.roster.input.GridImport}).
 * A cell holds the shift code ({@code D}); a place outside the employee's home ward adds the ward
 * ({@code D@avd2}); two places on one day are joined ({@code D+N}); a day off holds its code ({@code F1}, {@code FE},
 * {@link DayOffCodes}) or nothing.
 */
public final class RosterGrid {

    /** Between a shift code and the ward it is worked in, when that is not the home ward. */
    public static final String LOAN = "@";
    /** Between two places worked on one day. */
    public static final String AND = "+";
    /** The header of the columns before the dates. */
    public static final List<String> PERSON_COLUMNS = List.of("employee", "name", "competence", "position");

    private RosterGrid() {
    }

    /**
     * One employee's row: per day of the horizon, the places worked that day (usually none or one), and the codes of
     * the days off (null for a substitute from the pool).
     */
    public record Row(Employee employee, List<List<Slot>> days, DayOffCodes.Codes offCodes) {

        /** The cell text of one day: the shifts, or on a day off its code (F1, F2, F3, F5, FE) or nothing. */
        public String cell(int day) {
            if (days.get(day).isEmpty()) {
                String code = offCodes == null ? null : offCodes.day(day);
                return code == null ? "" : code;
            }
            StringBuilder text = new StringBuilder();
            for (Slot slot : days.get(day)) {
                if (!text.isEmpty()) {
                    text.append(AND);
                }
                text.append(slot.shiftType().code());
                if (!slot.ward().equals(employee.homeWard())) {
                    text.append(LOAN).append(slot.ward());
                }
            }
            return text.toString();
        }

        /** Paid minutes planned over the horizon. */
        public int paidMinutes() {
            return days.stream().flatMap(List::stream).mapToInt(Slot::paidMinutes).sum();
        }
    }

    /** Every employee's row, in the roster's order of employees. */
    public static List<Row> rows(Roster roster) {
        int days = roster.getHorizon().days();
        Map<Employee, Row> rows = new HashMap<>();
        List<Row> ordered = new ArrayList<>();
        Map<Employee, DayOffCodes.Codes> codes = DayOffCodes.of(roster);
        for (Employee employee : roster.getEmployees()) {
            List<List<Slot>> empty = new ArrayList<>(days);
            for (int day = 0; day < days; day++) {
                empty.add(new ArrayList<>(1));
            }
            Row row = new Row(employee, empty, codes.get(employee));
            rows.put(employee, row);
            ordered.add(row);
        }
        for (Slot slot : roster.getSlots()) {
            if (slot.getEmployee() != null) {
                rows.get(slot.getEmployee()).days().get(slot.dayIndex()).add(slot);
            }
        }
        return ordered;
    }
}

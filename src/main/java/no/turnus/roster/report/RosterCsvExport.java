package no.turnus.roster.report;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

import java.util.HashMap;
import java.util.Map;

import no.turnus.problem.CsvExport;

/** The roster grid for spreadsheets: one row per employee, one column per date, shift codes in the cells. */
public final class RosterCsvExport extends CsvExport<Roster> {

    @Override
    public String render(Roster roster) {
        Horizon horizon = roster.getHorizon();
        Map<Employee, String[]> cells = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getEmployee() != null) {
                String[] row = cells.computeIfAbsent(slot.getEmployee(), e -> new String[horizon.days()]);
                String code = slot.shiftType().code() + (slot.ward().equals(slot.getEmployee().homeWard()) ? ""
                        : "@" + slot.ward());
                row[slot.dayIndex()] = row[slot.dayIndex()] == null ? code : row[slot.dayIndex()] + "+" + code;
            }
        }
        StringBuilder csv = new StringBuilder("employee,name,competence,position");
        for (int day = 0; day < horizon.days(); day++) {
            csv.append(',').append(horizon.date(day));
        }
        csv.append('\n');
        for (Employee employee : roster.getEmployees()) {
            csv.append(field(employee.id())).append(',').append(field(employee.name())).append(',')
                    .append(field(employee.competence())).append(',').append(employee.positionPercent());
            String[] row = cells.getOrDefault(employee, new String[horizon.days()]);
            for (String cell : row) {
                csv.append(',').append(cell == null ? "" : field(cell));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}

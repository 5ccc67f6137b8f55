package no.turnus.roster.report;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Roster;

import no.turnus.problem.CsvExport;

/** The roster grid ({@link RosterGrid}) as CSV for spreadsheets. */
public final class RosterCsvExport extends CsvExport<Roster> {

    @Override
    public String render(Roster roster) {
        Horizon horizon = roster.getHorizon();
        StringBuilder csv = new StringBuilder(String.join(",", RosterGrid.PERSON_COLUMNS));
        for (int day = 0; day < horizon.days(); day++) {
            csv.append(',').append(horizon.date(day));
        }
        csv.append('\n');
        for (RosterGrid.Row row : RosterGrid.rows(roster)) {
            Employee employee = row.employee();
            csv.append(field(employee.id())).append(',').append(field(employee.name())).append(',')
                    .append(field(employee.competence())).append(',').append(employee.positionPercent());
            for (int day = 0; day < horizon.days(); day++) {
                csv.append(',').append(field(row.cell(day)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}

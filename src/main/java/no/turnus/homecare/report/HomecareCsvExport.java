package no.turnus.homecare.report;

import java.util.List;

import no.turnus.homecare.domain.HomecarePlan;

import no.turnus.problem.CsvExport;

/** The plan's route lists ({@link RouteList}) as CSV for spreadsheets. */
public final class HomecareCsvExport extends CsvExport<HomecarePlan> {

    @Override
    public String render(HomecarePlan plan) {
        StringBuilder csv = new StringBuilder(String.join(",", RouteList.HEADER)).append('\n');
        for (List<String> row : RouteList.rows(plan)) {
            csv.append(String.join(",", row.stream().map(CsvExport::field).toList())).append('\n');
        }
        return csv.toString();
    }
}

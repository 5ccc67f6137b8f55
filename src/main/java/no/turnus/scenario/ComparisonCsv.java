package no.turnus.scenario;

import java.util.Locale;
import java.util.Map;

import no.turnus.problem.CsvExport;

/**
 * The comparison as CSV, one line per option: name, status, every measure, then every difference to the
 * baseline ({@code d_} before the measure's name). Empty cells where a measure does not apply.
 */
public final class ComparisonCsv extends CsvExport<ScenarioSet> {

    @Override
    public String render(ScenarioSet set) {
        StringBuilder csv = new StringBuilder("scenario,status");
        for (Measure m : Measure.values()) {
            csv.append(',').append(m.key());
        }
        for (Measure m : Measure.values()) {
            csv.append(",d_").append(m.key());
        }
        csv.append('\n');
        if (set.results() == null) {
            return csv.toString();
        }
        for (Comparison.Row row : set.results().rows()) {
            csv.append(field(row.scenario())).append(',').append(row.status());
            cells(csv, row.measures());
            cells(csv, row.difference());
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void cells(StringBuilder csv, Map<String, Double> values) {
        for (Measure m : Measure.values()) {
            csv.append(',');
            Double value = values == null ? null : values.get(m.key());
            if (value != null) {
                csv.append(format(value));
            }
        }
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}

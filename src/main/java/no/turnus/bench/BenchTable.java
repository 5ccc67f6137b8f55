package no.turnus.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import no.turnus.problem.CsvExport;

/** A benchmark run as a Markdown table (for people and RESULTS.md) and as CSV (for spreadsheets and history). */
public final class BenchTable {

    /** @param numeric right-aligned in Markdown */
    private record Column(String title, boolean numeric, Function<BenchRow, String> text) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("instance", false, BenchRow::instance),
            new Column("kind", false, BenchRow::kind),
            new Column("limit s", true, row -> String.valueOf(row.seconds())),
            new Column("our value", true, row -> row.value() != null ? number(row.value()) : row.score()),
            new Column("best known", true, row -> row.bestKnown() == null ? null : number(row.bestKnown())),
            new Column("gap %", true, row -> row.gapPercent() == null ? null : String.format(Locale.ROOT, "%.2f", row.gapPercent())),
            new Column("feasible", false, row -> row.feasible() == null ? null : row.feasible() ? "yes" : "NO"),
            new Column("unplanned", true, row -> row.unplanned() == null ? null : row.unplanned().toString()),
            new Column("first feasible s", true, row -> row.firstFeasibleMillis() == null || row.firstFeasibleMillis() < 0 ? null
                    : String.format(Locale.ROOT, "%.2f", row.firstFeasibleMillis() / 1000.0)),
            new Column("score calc/s", true, row -> row.scoreCalculationSpeed() == null ? null : String.valueOf(row.scoreCalculationSpeed())),
            new Column("moves/s", true, row -> row.moveEvaluationSpeed() == null ? null : String.valueOf(row.moveEvaluationSpeed())),
            new Column("peak heap MB", true, row -> row.peakHeapBytes() == null ? null : String.valueOf(row.peakHeapBytes() >> 20)),
            new Column("engine score", false, BenchRow::score),
            new Column("notes", false, row -> join(row.summary(), row.bestKnownNote() == null || row.bestKnownNote().isEmpty()
                    ? null : "best known: " + row.bestKnownNote())),
            new Column("status", false, row -> switch (row.status()) {
                case OK -> "ok";
                case NOT_SUPPORTED -> "not supported yet";
                case REGRESSION -> "REGRESSION: " + String.join("; ", row.failures());
            }));

    private BenchTable() {
    }

    /** A value as plain decimal text with at most four decimals, e.g. 932615.75. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String markdown(List<BenchRow> rows) {
        StringBuilder text = new StringBuilder("|");
        COLUMNS.forEach(column -> text.append(' ').append(column.title()).append(" |"));
        text.append("\n|");
        COLUMNS.forEach(column -> text.append(column.numeric() ? "---:|" : "---|"));
        for (BenchRow row : rows) {
            text.append("\n|");
            COLUMNS.forEach(column -> text.append(' ').append(orDash(column.text().apply(row)).replace("|", "\\|")).append(" |"));
        }
        return text.append('\n').toString();
    }

    public static String csv(List<BenchRow> rows) {
        StringBuilder text = new StringBuilder(String.join(",", COLUMNS.stream().map(Column::title).toList()));
        for (BenchRow row : rows) {
            text.append('\n').append(String.join(",", COLUMNS.stream().map(column -> CsvExport.field(column.text().apply(row))).toList()));
        }
        return text.append('\n').toString();
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "—" : text;
    }


    private static String join(String first, String second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        return second == null ? first : first + "; " + second;
    }
}

package no.turnus.problem;

/** A solution as a CSV file for spreadsheets (RFC 4180 quoting). */
public abstract class CsvExport<S> implements Export<S> {

    @Override
    public final String mediaType() {
        return "text/csv";
    }

    @Override
    public final String extension() {
        return "csv";
    }

    /** One field: empty for null, quoted when it holds a comma, a quote or a line break. */
    public static String field(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

package no.turnus.problem;

import java.util.regex.Pattern;

/** A solution as a CSV file for spreadsheets (RFC 4180 quoting, formula injection neutralised). */
public abstract class CsvExport<S> implements Export<S> {

    /** A number a spreadsheet may read as one, sign included. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    @Override
    public final String mediaType() {
        return "text/csv";
    }

    @Override
    public final String extension() {
        return "csv";
    }

    /**
     * One field: empty for null, quoted when it holds a comma, a quote or a line break. Text that a spreadsheet
     * would run as a formula (starting with {@code = + - @}, a tab or a carriage return; names and ids come from
     * uploaded datasets) gets a leading apostrophe, so it is shown as the text it is; plain numbers stay numbers.
     */
    public static String field(String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

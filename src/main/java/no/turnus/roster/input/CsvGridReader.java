package no.turnus.roster.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV form of a roster grid (RFC 4180 quoting, as {@code RosterCsvExport} writes it). A spreadsheet
 * set to Norwegian saves CSV with semicolons: when the header line has a semicolon and no comma, that is the
 * separator.
 */
final class CsvGridReader {

    private CsvGridReader() {
    }

    static GridTable read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark a spreadsheet writes first
        }
        int endOfHeader = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String header = text.substring(0, endOfHeader);
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int cells = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator || c == '\n') {
                if (row.size() >= GridTable.MAX_COLUMNS) {
                    throw new GridTable.TooLargeException("line " + (rows.size() + 1) + " has more than "
                            + GridTable.MAX_COLUMNS + " columns");
                }
                row.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                    if (rows.size() > GridTable.MAX_ROWS) {
                        throw new GridTable.TooLargeException("more than " + GridTable.MAX_ROWS + " lines");
                    }
                }
                if (++cells > GridTable.MAX_CELLS) {
                    throw new GridTable.TooLargeException("more than " + GridTable.MAX_CELLS + " cells");
                }
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return new GridTable(null, rows);
    }
}

package no.turnus.roster.input;

import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * One sheet of a roster grid as read, before it is understood: its rows of cell texts (null or missing for an
 * empty cell). Read within {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns, so a hostile file is refused
 * while it is read rather than after it has filled the memory.
 *
 * @param sheet the sheet's name; null for a CSV file, which has one
 */
record GridTable(String sheet, List<List<String>> rows) {

    /** A header row and a row per employee. */
    static final int MAX_ROWS = RosterValidator.MAX_EMPLOYEES + 1;
    /** The person and hours columns, a column per day of the longest horizon, and a few more for notes. */
    static final int MAX_COLUMNS = RosterValidator.MAX_DAYS + 16;
    /** Sheets in a workbook: one per ward, a legend and a few more. */
    static final int MAX_SHEETS = RosterValidator.MAX_WARDS + 8;
    /** Non-empty cells in a whole file: the largest roster's grid (every employee every day) and room to spare. */
    static final int MAX_CELLS = 1_000_000;

    /** The text of a cell, trimmed; empty when the cell is empty or missing. */
    String text(int row, int column) {
        if (row >= rows.size() || column >= rows.get(row).size()) {
            return "";
        }
        String text = rows.get(row).get(column);
        return text == null ? "" : text.strip();
    }

    /** Where a cell is, as a unit leader finds it: {@code sheet 'Avd 1', cell D7}. */
    String where(int row, int column) {
        String cell = "cell " + CellReference.convertNumToColString(column) + (row + 1);
        return sheet == null ? cell : "sheet '" + sheet + "', " + cell;
    }

    /** Where a row is. */
    String whereRow(int row) {
        return (sheet == null ? "" : "sheet '" + sheet + "', ") + "row " + (row + 1);
    }

    /** A file that breaks a limit while it is read; its message says which. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message);
        }
    }
}

package no.turnus.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.turnus.problem.Problems;

/**
 * Imports a travel matrix made by a routing engine (OSRM, Valhalla, a GIS), by location ids, in one of two
 * forms: a table ({@code locations} with {@code seconds} and {@code meters} rows, as OSRM's table service
 * returns), or CSV lines {@code from,to,seconds,meters}. Every bad cell, unknown id and missing pair is
 * reported with where it is.
 */
public final class MatrixImport {

    private MatrixImport() {
    }

    /**
     * @param ids       the dataset's location ids, in matrix index order
     * @param tableIds  the ids heading the table's rows and columns (any order, may hold more places)
     * @param path      JSON path of the matrix object, for problems
     * @return the matrix, or null when problems were found
     */
    public static TravelMatrix fromTable(List<String> ids, List<String> tableIds, List<List<Integer>> seconds,
                                         List<List<Integer>> meters, String path, Problems problems) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < tableIds.size(); i++) {
            if (column.putIfAbsent(tableIds.get(i), i) != null) {
                problems.add(Problems.at(path, "locations", i), "duplicate location id '" + tableIds.get(i) + "'");
            }
        }
        int n = ids.size();
        int[] at = new int[n];
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            Integer c = column.get(ids.get(i));
            ok &= problems.check(c != null, path + ".locations", "has no entry for location '" + ids.get(i) + "'");
            at[i] = c == null ? -1 : c;
        }
        ok &= checkShape(seconds, tableIds.size(), path + ".seconds", problems);
        ok &= checkShape(meters, tableIds.size(), path + ".meters", problems);
        if (!ok) {
            return null;
        }
        int[] sec = new int[n * n];
        int[] m = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sec[i * n + j] = cell(seconds, at[i], at[j], path + ".seconds", problems);
                m[i * n + j] = cell(meters, at[i], at[j], path + ".meters", problems);
            }
        }
        return problems.isEmpty() ? new ArrayTravelMatrix(n, sec, m) : null;
    }

    private static boolean checkShape(List<List<Integer>> rows, int size, String path, Problems problems) {
        if (!problems.check(rows != null && rows.size() == size, path,
                "must have " + size + " rows, one per location (has " + (rows == null ? 0 : rows.size()) + ")")) {
            return false;
        }
        boolean ok = true;
        for (int r = 0; r < size; r++) {
            List<Integer> row = rows.get(r);
            ok &= problems.check(row != null && row.size() == size, path + "[" + r + "]",
                    "must have " + size + " cells (has " + (row == null ? 0 : row.size()) + ")");
        }
        return ok;
    }

    private static int cell(List<List<Integer>> rows, int r, int c, String path, Problems problems) {
        Integer value = rows.get(r).get(c);
        String where = path + "[" + r + "][" + c + "]";
        if (!problems.check(value != null, where, "is required (a whole number)")
                || !problems.check(value >= 0, where, "must not be negative (was " + value + ")")) {
            return 0;
        }
        return value;
    }

    /**
     * @param csv  lines {@code from,to,seconds,meters} after a header line with those names; pairs of the
     *             same location may be left out (zero)
     * @return the matrix, or null when problems were found
     */
    public static TravelMatrix fromCsv(List<String> ids, String csv, String path, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int n = ids.size();
        int[] sec = new int[n * n];
        int[] m = new int[n * n];
        boolean[] seen = new boolean[n * n];
        String[] lines = csv.strip().split("\\R");
        if (!problems.check(lines[0].replace(" ", "").equalsIgnoreCase("from,to,seconds,meters"), path + " line 1",
                "header must be 'from,to,seconds,meters'")) {
            return null;
        }
        for (int l = 1; l < lines.length; l++) {
            String where = path + " line " + (l + 1);
            if (lines[l].isBlank()) {
                continue;
            }
            String[] cells = lines[l].split(",", -1);
            if (!problems.check(cells.length == 4, where, "must have 4 cells from,to,seconds,meters (has "
                    + cells.length + ")")) {
                continue;
            }
            Integer from = index.get(cells[0].strip());
            Integer to = index.get(cells[1].strip());
            problems.check(from != null, where + " column from", "unknown location '" + cells[0].strip() + "'");
            problems.check(to != null, where + " column to", "unknown location '" + cells[1].strip() + "'");
            int s = number(cells[2], where + " column seconds", problems);
            int d = number(cells[3], where + " column meters", problems);
            if (from != null && to != null) {
                int k = from * n + to;
                problems.check(!seen[k], where, "repeats the pair " + cells[0].strip() + " → " + cells[1].strip());
                seen[k] = true;
                sec[k] = s;
                m[k] = d;
            }
        }
        for (int i = 0; i < n && problems.isEmpty(); i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && !seen[i * n + j]) {
                    problems.add(path, "has no line for " + ids.get(i) + " → " + ids.get(j));
                }
            }
        }
        return problems.isEmpty() ? new ArrayTravelMatrix(n, sec, m) : null;
    }

    private static int number(String text, String where, Problems problems) {
        try {
            int value = Integer.parseInt(text.strip());
            problems.check(value >= 0, where, "must not be negative (was " + value + ")");
            return value;
        } catch (NumberFormatException e) {
            problems.add(where, "'" + text.strip() + "' is not a whole number");
            return 0;
        }
    }
}

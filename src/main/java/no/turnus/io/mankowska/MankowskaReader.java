package no.turnus.io.mankowska;

import java.nio.file.Path;
import java.util.List;

import no.turnus.io.TextTokens;
import no.turnus.problem.InvalidInputException;

/**
 * Reads the Mankowska text format: each keyword ({@code nbNodes nbVehi nbServi r DS a x y d p mind maxd e l}) on a
 * line of its own, followed by its numbers. {@code DS} lists the double-service patients 1-based.
 */
public final class MankowskaReader {

    private static final List<String> KEYWORDS =
            List.of("nbNodes", "nbVehi", "nbServi", "r", "DS", "a", "x", "y", "d", "p", "mind", "maxd", "e", "l");

    private MankowskaReader() {
    }

    public static MankowskaInstance read(Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.txt$", "");
        return read(name, TextTokens.of(path));
    }

    public static MankowskaInstance read(String name, TextTokens tokens) {
        keyword(tokens, "nbNodes");
        int n = tokens.nextInt("nbNodes");
        keyword(tokens, "nbVehi");
        int k = tokens.nextInt("nbVehi");
        keyword(tokens, "nbServi");
        int s = tokens.nextInt("nbServi");
        keyword(tokens, "r");
        boolean[][] requires = flags(tokens, n, s, "r");
        keyword(tokens, "DS");
        boolean[] doubleService = new boolean[n];
        while (tokens.hasNext() && !tokens.peek().equals("a")) {
            int node = tokens.nextInt("DS") - 1;
            if (node <= 0 || node >= n - 1) {
                throw new InvalidInputException(tokens.source(), "DS names node " + (node + 1)
                        + ", not a patient (1-based, 2.." + (n - 1) + ")");
            }
            doubleService[node] = true;
        }
        keyword(tokens, "a");
        boolean[][] qualified = flags(tokens, k, s, "a");
        keyword(tokens, "x");
        double[] x = vector(tokens, n, "x");
        keyword(tokens, "y");
        double[] y = vector(tokens, n, "y");
        keyword(tokens, "d");
        double[][] d = new double[n][];
        for (int i = 0; i < n; i++) {
            d[i] = vector(tokens, n, "d row " + i);
        }
        keyword(tokens, "p");
        double[][][] p = new double[n][k][];
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < k; v++) {
                p[i][v] = vector(tokens, s, "p node " + i + " caregiver " + v);
            }
        }
        keyword(tokens, "mind");
        double[] minGap = vector(tokens, n, "mind");
        keyword(tokens, "maxd");
        double[] maxGap = vector(tokens, n, "maxd");
        keyword(tokens, "e");
        double[] e = vector(tokens, n, "e");
        keyword(tokens, "l");
        double[] l = vector(tokens, n, "l");
        if (tokens.hasNext()) {
            throw new InvalidInputException(tokens.source(), "unexpected data after l: '" + tokens.peek() + "'");
        }
        for (int i = 1; i < n - 1; i++) {
            int count = 0;
            for (int j = 0; j < s; j++) {
                count += requires[i][j] ? 1 : 0;
            }
            if (count != (doubleService[i] ? 2 : 1)) {
                throw new InvalidInputException(tokens.source(), "patient " + i + " requires " + count
                        + " services but is " + (doubleService[i] ? "" : "not ") + "listed in DS");
            }
        }
        return new MankowskaInstance(name, n, k, s, requires, doubleService, qualified, x, y, d, p, minGap, maxGap,
                e, l);
    }

    private static void keyword(TextTokens tokens, String expected) {
        String found = tokens.next("keyword " + expected);
        if (!found.equals(expected)) {
            throw new InvalidInputException(tokens.source(), "expected keyword '" + expected + "' but found '"
                    + found + "' (keywords in order: " + KEYWORDS + ")");
        }
    }

    private static boolean[][] flags(TextTokens tokens, int rows, int columns, String what) {
        boolean[][] flags = new boolean[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                int value = tokens.nextInt(what + "[" + i + "][" + j + "]");
                if (value != 0 && value != 1) {
                    throw new InvalidInputException(tokens.source(), what + "[" + i + "][" + j + "] must be 0 or 1");
                }
                flags[i][j] = value == 1;
            }
        }
        return flags;
    }

    private static double[] vector(TextTokens tokens, int size, String what) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = tokens.nextDouble(what + "[" + i + "]");
        }
        return values;
    }
}

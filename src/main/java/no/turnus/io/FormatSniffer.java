package no.turnus.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.turnus.problem.InvalidInputException;

/** Tells which benchmark format a file is in, from its content (never its name). */
public final class FormatSniffer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormatSniffer() {
    }

    public static BenchmarkFormat sniff(Path path) {
        try {
            // Lenient decoding: a binary or non-UTF-8 file is simply UNKNOWN, not an error.
            return sniff(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("$", "cannot read " + path + ": " + e.getMessage());
        }
    }

    public static BenchmarkFormat sniff(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String trimmed = text.strip();
        if (trimmed.startsWith("<")) {
            return xml(trimmed);
        }
        if (trimmed.startsWith("{")) {
            return json(trimmed);
        }
        TextTokens tokens = new TextTokens("sniffed", trimmed);
        if (!tokens.hasNext()) {
            return BenchmarkFormat.UNKNOWN;
        }
        if ("nbNodes".equals(tokens.peek())) {
            return BenchmarkFormat.MANKOWSKA;
        }
        if (trimmed.contains("VEHICLE") && trimmed.contains("CUSTOMER")) {
            return BenchmarkFormat.SOLOMON;
        }
        return isCap(tokens) ? BenchmarkFormat.ORLIB_CAP : BenchmarkFormat.UNKNOWN;
    }

    private static BenchmarkFormat xml(String text) {
        String root = text.replaceAll("(?s)<\\?.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "").strip();
        if (root.startsWith("<SchedulingPeriod")) {
            return BenchmarkFormat.INRC_2010_INSTANCE;
        }
        return root.startsWith("<Solution") ? BenchmarkFormat.INRC_2010_SOLUTION : BenchmarkFormat.UNKNOWN;
    }

    private static BenchmarkFormat json(String text) {
        try {
            JsonNode kind = JSON.readTree(text).get("kind");
            return kind != null && kind.isTextual() ? BenchmarkFormat.TURNUS_JSON : BenchmarkFormat.UNKNOWN;
        } catch (IOException e) {
            return BenchmarkFormat.UNKNOWN;
        }
    }

    /** {@code m n}, then m (capacity, fixed cost) pairs, then n times (demand + m costs): all numbers. */
    private static boolean isCap(TextTokens tokens) {
        long count = 0;
        double m = 0;
        double n = 0;
        while (tokens.hasNext()) {
            String token = tokens.next("number");
            if (!token.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                return false;
            }
            if (count == 0) {
                m = Double.parseDouble(token);
            } else if (count == 1) {
                n = Double.parseDouble(token);
            }
            count++;
        }
        return m >= 1 && n >= 1 && count == 2 + 2 * (long) m + (long) n * (1 + (long) m);
    }
}

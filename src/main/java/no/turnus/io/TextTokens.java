package no.turnus.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.turnus.problem.InvalidInputException;

/** Whitespace-separated tokens of a text benchmark file, so that line wrapping and CR/LF never matter. */
public final class TextTokens {

    private final String source;
    private final List<String> tokens;
    private int next;

    public TextTokens(String source, String text) {
        this.source = source;
        this.tokens = new ArrayList<>();
        for (String token : text.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
    }

    public static TextTokens of(Path path) {
        try {
            return new TextTokens(path.getFileName().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new InvalidInputException("$", "cannot read " + path + ": " + e.getMessage());
        }
    }

    public boolean hasNext() {
        return next < tokens.size();
    }

    public String peek() {
        return hasNext() ? tokens.get(next) : "";
    }

    public String next(String what) {
        if (!hasNext()) {
            throw new InvalidInputException(source, "ends before " + what);
        }
        return tokens.get(next++);
    }

    public double nextDouble(String what) {
        String token = next(what);
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, what + " must be a number (token " + next + " was '" + token
                    + "')");
        }
    }

    public int nextInt(String what) {
        double value = nextDouble(what);
        if (value != Math.rint(value)) {
            throw new InvalidInputException(source, what + " must be a whole number (was " + value + ")");
        }
        return (int) value;
    }

    /** Skips tokens up to and including the given word. */
    public void skipPast(String word) {
        while (hasNext()) {
            if (tokens.get(next++).equalsIgnoreCase(word)) {
                return;
            }
        }
        throw new InvalidInputException(source, "keyword '" + word + "' not found");
    }

    public String source() {
        return source;
    }
}

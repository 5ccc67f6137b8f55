package no.turnus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.turnus.problem.InvalidInputException;

/**
 * Best-known values of the published instances ({@code benchmarks/best-known.csv}, copied from
 * the tables of benchmarks/instances/README.md): {@code instance,best_known,note,source}, one line each.
 */
public final class BestKnown {

    /** @param note e.g. "optimal" or "10 vehicles" (the value is the distance for that vehicle count) */
    public record Value(double value, String note, String source) {
    }

    private final Map<String, Value> byInstance;

    public BestKnown(Map<String, Value> byInstance) {
        this.byInstance = Map.copyOf(byInstance);
    }

    public static BestKnown read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the best-known values: " + e.getMessage());
        }
        Map<String, Value> values = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split(",", -1);
            String where = file + " line " + (i + 1);
            if (fields.length != 4) {
                throw new InvalidInputException(where, "needs 4 fields: instance,best_known,note,source");
            }
            try {
                values.put(fields[0].trim(), new Value(Double.parseDouble(fields[1].trim()), fields[2].trim(),
                        fields[3].trim()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where, "best_known '" + fields[1] + "' is not a number");
            }
        }
        return new BestKnown(values);
    }

    public Optional<Value> of(String instance) {
        return Optional.ofNullable(byInstance.get(instance));
    }
}

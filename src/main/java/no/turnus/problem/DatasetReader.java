package no.turnus.problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a dataset of any kind from JSON: looks at its {@code kind}, binds it to that kind's dataset type and
 * validates it. Every failure is an {@link InvalidInputException} whose problems carry JSON paths, whether
 * the JSON is malformed, a value has the wrong type, or the kind's own validation objects.
 */
public final class DatasetReader {

    private final ProblemKinds kinds;
    private final ObjectMapper mapper;

    public DatasetReader(ProblemKinds kinds) {
        this(kinds, standardMapper());
    }

    public DatasetReader(ProblemKinds kinds, ObjectMapper mapper) {
        this.kinds = kinds;
        this.mapper = mapper;
    }

    /**
     * The JSON settings used for every Turnus document: ISO dates, unknown fields rejected, and no silent
     * rounding ({@code "weeks": 2.5} is an error, not 2).
     */
    public static ObjectMapper standardMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A dataset read and validated, with the kind that owns it. */
    public record Read<D extends Dataset>(ProblemKind<D, ?> kind, D dataset) {
    }

    public Read<?> read(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(describe(e)));
        }
        return read(tree);
    }

    public Read<?> read(JsonNode tree) {
        return read(tree, false);
    }

    /**
     * Reads a dataset converted from a published benchmark instance (as a solve result of one carries it), with
     * the kind's instance bounds ({@link ProblemKind#validateInstance}): e.g. Solomon's vehicles work the whole
     * horizon, not a shift of at most 24 h.
     */
    public Read<?> readInstance(JsonNode tree) {
        return read(tree, true);
    }

    private Read<?> read(JsonNode tree, boolean instance) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("$", "must be a JSON object with a \"kind\" field");
        }
        JsonNode kindNode = tree.get("kind");
        if (kindNode == null || !kindNode.isTextual() || kindNode.asText().isBlank()) {
            throw new InvalidInputException("$.kind", "is required (one of " + kindNames() + ")");
        }
        return bind(kinds.get(kindNode.asText()), tree, instance);
    }

    /**
     * Reads any other JSON document (a job request, a replanning change) into a type with the same settings;
     * failures are an {@link InvalidInputException} with JSON paths, or line and column when malformed.
     */
    public <T> T readValue(byte[] json, Class<T> type) {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new InvalidInputException("$", "must be a JSON object, not empty or null");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(List.of(describe(e)));
        }
    }

    private <D extends Dataset> Read<D> bind(ProblemKind<D, ?> kind, JsonNode tree, boolean instance) {
        D dataset;
        try {
            dataset = mapper.treeToValue(tree, kind.datasetType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(List.of(describe(e)));
        }
        List<InputProblem> problems = new ArrayList<>();
        // Every kind's name is stored in the same column: checked here, once for all kinds.
        if (dataset.name() != null && dataset.name().length() > Dataset.MAX_NAME_LENGTH) {
            problems.add(new InputProblem("$.name", "must be at most " + Dataset.MAX_NAME_LENGTH + " characters (has "
                    + dataset.name().length() + ")"));
        }
        problems.addAll(instance ? kind.validateInstance(dataset) : kind.validate(dataset));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Read<>(kind, dataset);
    }

    private List<String> kindNames() {
        List<String> names = new ArrayList<>();
        kinds.all().forEach(k -> names.add(k.name()));
        return names;
    }

    /** Turns a Jackson failure into a problem located by JSON path (or line and column when malformed). */
    static InputProblem describe(Exception e) {
        if (e instanceof JsonParseException parse) {
            var location = parse.getLocation();
            return new InputProblem("$", "malformed JSON at line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ": " + parse.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new InputProblem(path(unknown.getPath()),
                    "unknown field (known fields: " + unknown.getKnownPropertyIds() + ")");
        }
        if (e instanceof JsonMappingException mapping) {
            Throwable cause = mapping.getCause();
            String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : mapping.getOriginalMessage();
            return new InputProblem(path(mapping.getPath()), firstLine(reason));
        }
        if (e.getCause() instanceof Exception cause && cause != e) {
            return describe(cause);
        }
        return new InputProblem("$", firstLine(String.valueOf(e.getMessage())));
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Jackson appends source excerpts in parentheses: keep the part a user can act on.
        int source = line.indexOf(" (through reference chain");
        return (source < 0 ? line : line.substring(0, source)).trim();
    }
}

package no.turnus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The API fuzzed from its own OpenAPI document, as an outside client would: for every operation, requests whose
 * parameters and bodies are generated from the document's schemas (valid, at and past their bounds, of the wrong
 * type, null), plus mutations of the sample datasets, against real datasets and finished jobs. Fails on any 5xx,
 * any status the document does not give for the operation, an error that is not problem+json, a JSON body that
 * does not match its documented schema, and any request slower than 2 s. Seeded, with a fixed budget of requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1",
        "turnus.jobs.concurrent=1",
        "turnus.jobs.max-queued=2",
        "turnus.jobs.max-time-limit=2s",
        "turnus.jobs.default-time-limit=1s",
        "turnus.jobs.store-interval=500ms",
        "turnus.jobs.event-interval=200ms",
        "turnus.api.max-body-size=1MB"})
class ApiContractTest {

    /** Requests in all, shared by the operations; a quarter more go to uploads as mutations of the samples. */
    private static final int BUDGET = 1_600;
    private static final int MUTATIONS = 400;
    private static final Duration SLOW = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    private final Random random = new Random(18);
    private final List<String> failures = new ArrayList<>();
    /** Statuses seen per operation, printed so that a run shows what it exercised. */
    private final java.util.Map<String, java.util.Map<Integer, Integer>> seen = new java.util.TreeMap<>();
    private JsonNode api;
    private ServiceClient client;
    private final List<String> datasetIds = new ArrayList<>();
    private final List<String> jobIds = new ArrayList<>();

    @Test
    void everyOperationAnswersAsItsDocumentSays() throws Exception {
        client = new ServiceClient(port);
        api = ServiceClient.json(client.get("/v3/api-docs"));
        // Kept for client generators (docs/service.md): the document this run checked the service against.
        Files.writeString(Path.of("target", "openapi.json"), api.toPrettyString());
        for (String sample : List.of("roster-small.json", "homecare-small.json")) {
            String dataset = client.upload(sample);
            datasetIds.add(dataset);
            String job = client.solve(dataset, "1s");
            client.awaitStatus(job, Duration.ofSeconds(60), "completed");
            jobIds.add(job);
        }
        List<String[]> operations = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.add(new String[] {path.getKey(), method.getKey()})));
        assertThat(operations).hasSizeGreaterThan(15);
        int each = BUDGET / operations.size();
        for (String[] operation : operations) {
            for (int i = 0; i < each; i++) {
                call(operation[0], operation[1], null);
            }
        }
        for (int i = 0; i < MUTATIONS; i++) {
            call("/api/datasets", "post", mutatedSample());
        }
        seen.forEach((operation, statuses) -> System.out.println("contract: " + operation + " " + statuses));
        assertThat(failures).as("%d failures, e.g.%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(25, failures.size())))).isEmpty();
    }

    private void call(String template, String method, String givenBody) {
        JsonNode operation = api.get("paths").get(template).get(method);
        StringBuilder path = new StringBuilder();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            String value = parameterValue(template, method, name, resolve(parameter.path("schema")));
            if ("path".equals(parameter.get("in").asText())) {
                template = template.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            } else if (value != null) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        path.append(template).append(query);
        String body = givenBody;
        if (body == null && operation.has("requestBody")) {
            JsonNode schema = operation.get("requestBody").get("content").elements().next().get("schema");
            body = random.nextInt(20) == 0 ? "" : value(schema, 0).toString();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method.toUpperCase(),
                    HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        check(method.toUpperCase() + " " + path + (body == null ? "" : " " + abbreviate(body)), operation, response,
                took);
    }

    private void check(String request, JsonNode operation, HttpResponse<String> response, Duration took) {
        int status = response.statusCode();
        seen.computeIfAbsent(operation.path("operationId").asText(), k -> new java.util.TreeMap<>())
                .merge(status, 1, Integer::sum);
        String says = request + " -> " + status + " " + abbreviate(response.body());
        if (took.compareTo(SLOW) > 0) {
            failures.add("slow (" + took.toMillis() + " ms): " + says);
        }
        if (status >= 500) {
            failures.add("5xx: " + says);
            return;
        }
        JsonNode documented = operation.get("responses").get(Integer.toString(status));
        if (documented == null) {
            failures.add("undocumented status: " + says);
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                failures.add("not problem+json: " + says);
            }
            return;
        }
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty() || response.body().isEmpty()) {
            return;
        }
        String mediaType = type.split(";")[0].trim();
        JsonNode media = content.get(mediaType);
        if (media == null && content.size() == 1 && content.has("*/*")) {
            media = content.get("*/*");
        }
        if (media == null) {
            failures.add("media type " + mediaType + " not documented (" + content.fieldNames().next() + "): " + says);
            return;
        }
        if (mediaType.equals("text/event-stream")) {
            List<String> mismatches = events(response.body(), media.path("schema"));
            if (!mismatches.isEmpty()) {
                failures.add("events do not match their schema (" + String.join("; ", mismatches) + "): " + says);
            }
        } else if (mediaType.endsWith("json") && !mediaType.equals("application/geo+json")) {
            List<String> mismatches = new ArrayList<>();
            matches(ServiceClient.json(response.body()), media.path("schema"), "$", mismatches);
            if (!mismatches.isEmpty()) {
                failures.add("does not match its schema (" + String.join("; ", mismatches.subList(0,
                        Math.min(3, mismatches.size()))) + "): " + says);
            }
        }
    }

    /** Each server-sent event against the documented event: a known name, and JSON data of the documented schema. */
    private List<String> events(String stream, JsonNode schema) {
        List<String> mismatches = new ArrayList<>();
        JsonNode names = resolve(schema).path("properties").path("event").path("enum");
        JsonNode data = resolve(schema).path("properties").path("data");
        int count = 0;
        for (String block : stream.split("\\r?\\n\\r?\\n")) {
            String name = null;
            String json = null;
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    json = line.substring(5).trim();
                }
            }
            if (name == null && json == null) {
                continue;
            }
            count++;
            if (name == null || !names.toString().contains("\"" + name + "\"")) {
                mismatches.add("event '" + name + "' not among " + names);
            }
            if (json == null) {
                mismatches.add("event '" + name + "' without data");
            } else {
                matches(ServiceClient.json(json), data, "$." + name, mismatches);
            }
        }
        if (count == 0) {
            mismatches.add("no event");
        }
        return mismatches;
    }

    /** Checks a value against a schema of the document: types, required properties, enums, oneOf and arrays. */
    private void matches(JsonNode value, JsonNode schema, String path, List<String> mismatches) {
        schema = resolve(schema);
        if (schema.isMissingNode() || value.isNull()) {
            return;
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                List<String> found = new ArrayList<>();
                matches(value, option, path, found);
                if (found.isEmpty()) {
                    return;
                }
            }
            mismatches.add(path + " matches none of its oneOf");
            return;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            mismatches.add(path + " is not " + type);
            return;
        }
        if (schema.has("enum") && value.isTextual()) {
            boolean known = false;
            for (JsonNode option : schema.get("enum")) {
                known |= option.asText().equals(value.asText());
            }
            if (!known) {
                mismatches.add(path + " '" + value.asText() + "' is not in its enum");
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    mismatches.add(path + " has no " + required.asText());
                }
            }
            schema.path("properties").fields().forEachRemaining(property -> {
                if (value.has(property.getKey())) {
                    matches(value.get(property.getKey()), property.getValue(), path + "." + property.getKey(),
                            mismatches);
                }
            });
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size() && i < 20; i++) {
                matches(value.get(i), schema.get("items"), path + "[" + i + "]", mismatches);
            }
        }
    }

    private String parameterValue(String template, String method, String name, JsonNode schema) {
        int pick = random.nextInt(10);
        return switch (name) {
            case "id" -> {
                if ("delete".equals(method)) {
                    // Deleting the fixtures would leave nothing to read: a fresh upload or an unknown id.
                    yield pick < 3 ? client.upload("roster-small.json") : randomText();
                }
                List<String> ids = template.startsWith("/api/datasets") ? datasetIds : jobIds;
                yield pick < 7 ? ids.get(random.nextInt(ids.size())) : randomText();
            }
            case "name" -> pick < 6 ? List.of("csv", "geojson").get(random.nextInt(2)) : randomText();
            case "kind" -> pick < 7 ? List.of("roster", "homecare", "siting", "scenario").get(random.nextInt(4))
                    : randomText();
            case "datasetId" -> pick < 3 ? null : pick < 7 ? datasetIds.get(random.nextInt(datasetIds.size()))
                    : randomText();
            case "timeLimit" -> pick < 3 ? null : List.of("1s", "500ms", "PT1S", "1e300h", "soon", "-1s", "0s", "2m",
                    "99999999999999999999").get(random.nextInt(9));
            case "ruleSet" -> pick < 3 ? null : List.of("norwegian", "inrc-2010", "klingon").get(random.nextInt(3));
            default -> pick < 2 ? null : value(schema, 0).asText();
        };
    }

    /** A value for a schema: mostly of its type and within or at its bounds, now and then past them or wrong. */
    private JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        int roll = random.nextInt(100);
        if (roll < 3) {
            return NODES.nullNode();
        }
        if (roll < 6) {
            return List.<JsonNode>of(NODES.textNode("x"), NODES.numberNode(-1), NODES.arrayNode(), NODES.objectNode(),
                    NODES.booleanNode(true)).get(random.nextInt(5));
        }
        if (schema.has("oneOf")) {
            JsonNode options = schema.get("oneOf");
            int chosen = random.nextInt(options.size());
            JsonNode value = value(options.get(chosen), depth);
            JsonNode discriminator = schema.path("discriminator");
            if (value.isObject() && discriminator.has("propertyName")) {
                String ref = options.get(chosen).path("$ref").asText();
                discriminator.path("mapping").fields().forEachRemaining(entry -> {
                    if (entry.getValue().asText().equals(ref)) {
                        ((ObjectNode) value).put(discriminator.get("propertyName").asText(), entry.getKey());
                    }
                });
            }
            return value;
        }
        if (schema.has("enum")) {
            JsonNode options = schema.get("enum");
            return roll < 90 ? options.get(random.nextInt(options.size())) : NODES.textNode("NOT_ONE");
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 5) {
                    yield object;
                }
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (random.nextInt(10) < 6) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                });
                if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()
                        && random.nextBoolean()) {
                    object.set(randomText(), value(schema.get("additionalProperties"), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 5 ? 0 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(number(schema, true).longValue());
            case "number" -> NODES.numberNode(number(schema, false));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema));
        };
    }

    private Double number(JsonNode schema, boolean integral) {
        List<Double> candidates = new ArrayList<>(List.of(0.0, 1.0, 2.0, 7.5, -1.0, 100_000.0, 3e6, 9.2e18,
                integral ? 5200.0 : 1e308, integral ? 2_147_483_647.0 : 1e-9));
        if (schema.has("minimum")) {
            candidates.add(schema.get("minimum").asDouble());
            candidates.add(schema.get("minimum").asDouble() - 1);
        }
        if (schema.has("maximum")) {
            candidates.add(schema.get("maximum").asDouble());
            candidates.add(schema.get("maximum").asDouble() + 1);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            return List.of("2026-01-05", "2026-01-12", "2026-03-02", "-999999999-01-01", "+999999999-12-31",
                    "2026-02-30").get(random.nextInt(6));
        }
        if (format.equals("date-time")) {
            return "2026-01-05T07:00:00Z";
        }
        List<String> texts = new ArrayList<>(List.of("E1", "E3", "SOL", "D", "N", "narvik-sentrum", "07:30:00",
                "23:59", "5soft", "-5soft", "0hard/0medium/-2soft", "", " ", "ø", "x".repeat(301)));
        texts.addAll(datasetIds);
        if (schema.has("maxLength")) {
            texts.add("y".repeat(schema.get("maxLength").asInt() + 1));
        }
        return texts.get(random.nextInt(texts.size()));
    }

    /** A sample dataset with one value somewhere replaced by a hostile one (or nulled, or an entry added). */
    private String mutatedSample() throws Exception {
        String sample = List.of("roster-small.json", "homecare-small.json", "roster-understaffed.json")
                .get(random.nextInt(3));
        JsonNode tree = JSON.readTree(Files.readString(Path.of("data-samples", sample)));
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        List<JsonNode> hostile = List.of(NODES.nullNode(), NODES.numberNode(-1), NODES.numberNode(0),
                NODES.numberNode(100_000), NODES.numberNode(3_000_000), NODES.numberNode(1e308), NODES.numberNode(2.5),
                NODES.textNode("-999999999-01-01"), NODES.textNode("+999999999-12-31"), NODES.textNode("x".repeat(301)),
                NODES.textNode(""), NODES.arrayNode(), NODES.objectNode(), NODES.textNode("25:00"));
        JsonNode replacement = hostile.get(random.nextInt(hostile.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            Iterator<String> names = object.fieldNames();
            List<String> fields = new ArrayList<>();
            names.forEachRemaining(fields::add);
            object.set(fields.get(random.nextInt(fields.size())), replacement);
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(replacement);
            } else {
                array.set(random.nextInt(array.size()), replacement);
            }
        }
        return tree.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            schema = api.get("components").get("schemas").path(name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private String randomText() {
        return List.of("nope", "0", "ø-æ-å", "a".repeat(200), "%", "null").get(random.nextInt(6));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}

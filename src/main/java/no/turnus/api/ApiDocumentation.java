package no.turnus.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.problem.ScoreReport;
import no.turnus.roster.RosterKind;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.report.RosterReport;
import no.turnus.scenario.Comparison;
import no.turnus.scenario.ScenarioSet;
import no.turnus.scenario.facility.SitingDataset;
import no.turnus.scenario.facility.SitingKind;
import no.turnus.homecare.HomecareKind;
import no.turnus.job.JobProgress;
import no.turnus.period.PeriodPlan;
import no.turnus.period.PeriodReport;

/**
 * What the OpenAPI document says beyond what springdoc reads from the controllers, kept here so that the
 * controllers stay plain: a stable operation id per endpoint, every status code each one answers with (errors as
 * {@code application/problem+json}), the Location and Retry-After headers, a schema per dataset kind chosen by
 * its {@code kind}, and the typed bodies the controllers hand out as stored JSON text.
 */
@Configuration
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    private static final String DATASET = "Dataset";
    private static final String REPORT = "Report";

    /** The dataset type of each kind, by the value of its {@code kind} field. */
    private static final Map<String, Class<?>> DATASETS = ordered(
            RosterDataset.KIND, RosterDataset.class,
            HomecareDataset.KIND, HomecareDataset.class,
            ScenarioSet.KIND, ScenarioSet.class,
            SitingDataset.KIND, SitingDataset.class,
            PeriodPlan.KIND, PeriodPlan.class);

    /** The report of each kind. */
    private static final Map<String, Class<?>> REPORTS = ordered(
            RosterDataset.KIND, RosterReport.class,
            HomecareDataset.KIND, HomecareReport.class,
            ScenarioSet.KIND, Comparison.class,
            SitingDataset.KIND, SitingKind.SitingReport.class,
            PeriodPlan.KIND, PeriodReport.class);

    /** Operation ids by controller method: stable names, not springdoc's {@code list_1}. */
    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("DatasetController.upload", "uploadDataset"),
            Map.entry("DatasetController.list", "listDatasets"),
            Map.entry("DatasetController.get", "getDataset"),
            Map.entry("DatasetController.delete", "deleteDataset"),
            Map.entry("JobController.submit", "submitJob"),
            Map.entry("JobController.list", "listJobs"),
            Map.entry("JobController.get", "getJob"),
            Map.entry("JobController.stop", "stopJob"),
            Map.entry("JobController.solution", "getSolution"),
            Map.entry("JobController.report", "getReport"),
            Map.entry("JobController.analysis", "getAnalysis"),
            Map.entry("JobController.export", "getExport"),
            Map.entry("JobController.events", "watchJob"),
            Map.entry("JobController.replan", "replanJob"),
            Map.entry("JobController.changes", "getChanges"),
            Map.entry("JobController.recommendations", "getRecommendations"),
            Map.entry("RulesController.rules", "listRules"),
            Map.entry("AuditController.list", "listAudit"),
            Map.entry("SignedInController.me", "getSignedIn"));

    /** What each error status means, said once. */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: `errors` lists every problem with its JSON path and the limit it breaks; or a URL"
                    + " the service refuses (an encoded %, /, \\ or ; in a path parameter)",
            "404", "No such dataset, job, kind or export",
            "409", "Not possible in the job's state (not finished, no plan yet, not a replanning job) or a conflict"
                    + " with stored data",
            "413", "The request body is larger than turnus.api.max-body-size",
            "415", "The body is not JSON",
            "429", "The job queue is full: try again after Retry-After seconds");

    /** The error statuses of each operation (2xx and bodies are read from the controllers or set below). */
    private static final Map<String, List<String>> STATUSES = Map.ofEntries(
            Map.entry("uploadDataset", List.of("400", "413", "415")),
            Map.entry("listDatasets", List.of()),
            Map.entry("getDataset", List.of("404")),
            Map.entry("deleteDataset", List.of("404")),
            Map.entry("submitJob", List.of("400", "413", "415", "429")),
            Map.entry("listJobs", List.of()),
            Map.entry("getJob", List.of("404")),
            Map.entry("stopJob", List.of("404", "409", "415")),
            Map.entry("getSolution", List.of("404", "409")),
            Map.entry("getReport", List.of("404", "409")),
            Map.entry("getAnalysis", List.of("404", "409")),
            Map.entry("getExport", List.of("404", "409")),
            Map.entry("watchJob", List.of("404")),
            Map.entry("replanJob", List.of("400", "404", "409", "413", "415", "429")),
            Map.entry("getChanges", List.of("404", "409")),
            Map.entry("getRecommendations", List.of("400", "404", "409")),
            Map.entry("listRules", List.of("404")),
            Map.entry("listAudit", List.of("400")),
            Map.entry("getSignedIn", List.of()));

    static {
        // Plans write local date-times ("2026-01-05T07:30:00"); OpenAPI's date-time would demand an offset.
        ModelConverters.getInstance().addConverter(new io.swagger.v3.core.converter.ModelConverter() {
            @Override
            public Schema<?> resolve(AnnotatedType type, io.swagger.v3.core.converter.ModelConverterContext context,
                                     java.util.Iterator<io.swagger.v3.core.converter.ModelConverter> chain) {
                if (io.swagger.v3.core.util.Json.mapper().constructType(type.getType()).getRawClass()
                        == java.time.LocalDateTime.class) {
                    return new StringSchema().format("local-date-time").example("2026-01-05T07:30:00");
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        });
    }

    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            String id = IDS.get(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName());
            if (id != null) {
                operation.setOperationId(id);
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer contract() {
        return api -> {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            components.addSchemas(DATASET, oneOfByKind(components, DATASETS, "A dataset of any kind, chosen by its"
                    + " \"kind\" field: the JSON the command line reads. Bounds are checked at upload."));
            components.addSchemas(REPORT, oneOfByKind(components, REPORTS, "The kind's report of the best"
                    + " solution, chosen by its \"kind\": plan, KPIs, broken rules."));
            register(components, ScoreReport.class);
            String recommendation = register(components, RosterKind.Recommendation.class);
            register(components, JobProgress.class);
            for (var kind : List.of(new RosterKind(), new HomecareKind())) {
                kind.replanning().ifPresent(replanning -> {
                    register(components, replanning.changeType());
                    register(components, replanning.differencesType());
                });
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                List<String> errors = STATUSES.get(operation.getOperationId());
                if (errors != null) {
                    document(operation, errors, recommendation);
                }
            }));
            // What springdoc read from Java return types that the document now describes otherwise.
            components.getSchemas().keySet().removeAll(List.of("SseEmitter", "Candidate"));
        };
    }

    private void document(Operation operation, List<String> errors, String recommendation) {
        ApiResponses responses = operation.getResponses();
        String id = operation.getOperationId();
        switch (id) {
            case "uploadDataset" -> {
                body(operation, ref(DATASET));
                created(responses, "201", "Stored as validated; its Location serves it");
            }
            case "submitJob" -> created(responses, "201", "Queued; its Location serves it");
            case "replanJob" -> {
                body(operation, new ComposedSchema().oneOf(List.of(ref("RosterChange"), ref("HomecareChange")))
                        .description("The kind's change: for rosters RosterChange, for home care HomecareChange"));
                created(responses, "201", "The replanning job, queued; its Location serves it");
            }
            case "getDataset", "getSolution" -> json(responses, "200", "The dataset document (with the plan for"
                    + " a solution)", ref(DATASET));
            case "getReport" -> json(responses, "200", "The report, as stored with the best solution", ref(REPORT));
            case "getAnalysis" -> json(responses, "200", "The score analysis", ref("ScoreReport"));
            case "getRecommendations" -> {
                json(responses, "200", "Ranked candidates for the open item (rosters: who to ask for an uncovered"
                        + " place)", new ArraySchema().items(ref(recommendation)));
                operation.getParameters().stream().filter(p -> "item".equals(p.getName()))
                        .forEach(p -> p.required(true).description("The id of an open item, as the report lists it"));
            }
            case "getChanges" -> json(responses, "200", "The kind's differences between the replanned plan and"
                    + " this job's best plan", new ComposedSchema().oneOf(List.of(ref("RosterDifferences"),
                    ref("HomecareDifferences"))));
            case "getExport" -> export(responses);
            case "watchJob" -> events(responses);
            case "deleteDataset" -> {
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("Deleted, with its jobs"));
            }
            case "stopJob" -> moveJson(responses, "202", "Stopping: the job as it is now");
            default -> { }
        }
        boolean pathParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn()));
        for (String status : pathParameters && !errors.contains("400")
                ? java.util.stream.Stream.concat(errors.stream(), java.util.stream.Stream.of("400")).toList() : errors) {
            ApiResponse response = new ApiResponse().description(ERRORS.get(status)).content(new Content()
                    .addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new io.swagger.v3.oas.models.media.MediaType().schema(ref(PROBLEM))));
            if ("429".equals(status)) {
                response.addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                        .schema(new io.swagger.v3.oas.models.media.IntegerSchema()));
            }
            responses.addApiResponse(status, response);
        }
    }

    /** Replaces springdoc's 200 by the status the operation really answers with, keeping its body schema. */
    private static void moveJson(ApiResponses responses, String status, String description) {
        ApiResponse ok = responses.remove("200");
        Schema<?> schema = ok == null || ok.getContent() == null ? null : ok.getContent().values().stream()
                .findFirst().map(io.swagger.v3.oas.models.media.MediaType::getSchema).orElse(null);
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(MediaType.APPLICATION_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(schema))));
    }

    private static void created(ApiResponses responses, String status, String description) {
        moveJson(responses, status, description);
        responses.get(status).addHeaderObject("Location", new Header().description("The new resource")
                .schema(new StringSchema().format("uri-reference")));
    }

    private static void json(ApiResponses responses, String status, String description, Schema<?> schema) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(MediaType.APPLICATION_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(schema))));
    }

    private static void body(Operation operation, Schema<?> schema) {
        operation.getRequestBody().required(true).content(new Content().addMediaType(MediaType.APPLICATION_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(schema)));
    }

    private static void export(ApiResponses responses) {
        Content content = new Content()
                .addMediaType("text/csv", new io.swagger.v3.oas.models.media.MediaType().schema(new StringSchema()))
                .addMediaType("application/geo+json", new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new ObjectSchema().description("A GeoJSON FeatureCollection")));
        responses.addApiResponse("200", new ApiResponse().description("The file, as an attachment (roster and"
                + " home care: csv; home care: geojson; scenario: csv)").content(content)
                .addHeaderObject("Content-Disposition", new Header().schema(new StringSchema())));
    }

    /** The event names of {@code /events}, each with a JobProgress as its data. */
    static final List<String> EVENTS = List.of("progress", "end");

    /**
     * OpenAPI 3.1 has no schema for a stream of events; this one describes one event (its name, and its data as
     * JSON), the stream being such events separated by blank lines, as in the HTML server-sent events standard.
     */
    private static void events(ApiResponses responses) {
        Schema<?> event = new ObjectSchema().description("One server-sent event: `event: <name>` and `data: <JSON>`"
                        + " lines, then a blank line. `progress` each time the best score improves (at most every"
                        + " turnus.jobs.event-interval), then one `end` with the final status; then the stream"
                        + " closes. A finished job sends only `end`.")
                .addProperty("event", new StringSchema()._enum(EVENTS))
                .addProperty("data", ref("JobProgress"));
        event.setRequired(List.of("event", "data"));
        event.addExtension("x-events", Map.of("progress", ref("JobProgress"), "end", ref("JobProgress")));
        responses.addApiResponse("200", new ApiResponse().description("Server-sent events about the job's best"
                + " score").content(new Content().addMediaType(MediaType.TEXT_EVENT_STREAM_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(event))));
    }

    /** RFC 9457 problem details as ErrorHandling writes them, with Turnus' {@code errors}. */
    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("path", new StringSchema().description("JSON path, e.g. $.employees[3].wards[0]"))
                .addProperty("message", new StringSchema().description("What is wrong, with the limit it breaks"));
        error.setRequired(List.of("path", "message"));
        Schema<?> problem = new ObjectSchema().description("application/problem+json (RFC 9457)")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(error).description("400 only: every problem"));
        problem.setRequired(List.of("title", "status", "detail"));
        return problem;
    }

    /** A oneOf of the kinds' datasets or reports, told apart by their {@code kind} property. */
    private static Schema<?> oneOfByKind(Components components, Map<String, Class<?>> types, String description) {
        ComposedSchema schema = new ComposedSchema();
        Discriminator discriminator = new Discriminator().propertyName("kind");
        types.forEach((kind, type) -> {
            String name = register(components, type);
            schema.addOneOfItem(ref(name));
            discriminator.mapping(kind, "#/components/schemas/" + name);
        });
        schema.discriminator(discriminator).description(description);
        return schema;
    }

    /** Adds a type's schema and every schema it refers to; returns its name. */
    private static String register(Components components, Class<?> type) {
        ResolvedSchema resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        String name = resolved.schema.getName() != null ? resolved.schema.getName() : type.getSimpleName();
        resolved.referencedSchemas.forEach(components::addSchemas);
        components.addSchemas(name, resolved.schema);
        return name;
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Map<String, Class<?>> ordered(Object... pairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return map;
    }
}

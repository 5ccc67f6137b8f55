package no.turnus.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.turnus.job.JobListener;
import no.turnus.job.JobProgress;
import no.turnus.job.JobProperties;
import no.turnus.job.JobResults;
import no.turnus.job.JobSpec;
import no.turnus.job.SolveJobs;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.Candidate;
import no.turnus.problem.Durations;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ScoreReport;
import no.turnus.store.DatasetSummary;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStore;
import no.turnus.store.NotFoundException;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs", description = "Solving a dataset, and what is read from the best solution")
class JobController {

    private final SolveJobs solveJobs;
    private final JobResults results;
    private final JobStore jobs;
    private final DatasetReader reader;
    private final Duration eventsTimeout;
    private final Access access;

    JobController(SolveJobs solveJobs, JobResults results, JobStore jobs, DatasetReader reader, JobProperties properties,
                  Access access) {
        this.access = access;
        this.solveJobs = solveJobs;
        this.results = results;
        this.jobs = jobs;
        this.reader = reader;
        this.eventsTimeout = properties.maxTimeLimit().plusMinutes(2);
    }

    @PostMapping
    @Operation(summary = "Start a solve job", description = "Queued at once (201 with its Location); it solves when a"
            + " solver thread is free. 400 for an unknown dataset, a bad or too long time limit or an unknown"
            + " constraint in weights; 429 when the queue is full.")
    ResponseEntity<JobRecord> submit(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = JobRequest.class)))
            @RequestBody byte[] body) {
        JobRequest request = reader.readValue(body, JobRequest.class);
        if (request.datasetId() == null || request.datasetId().isBlank()) {
            throw new InvalidInputException("$.datasetId", "is required");
        }
        DatasetSummary dataset;
        try {
            dataset = access.writeDataset(request.datasetId());
        } catch (NotFoundException e) {
            // Another unit's dataset reads exactly like one that does not exist.
            throw new InvalidInputException("$.datasetId", "there is no dataset with id '" + request.datasetId() + "'");
        }
        JobSpec spec = JobSpec.of(dataset.id(), timeLimit("$.timeLimit", request.timeLimit()), request.weights());
        JobRecord job = access.audited(() -> solveJobs.submit(spec), submitted -> new Access.Note("job.solve", "job",
                submitted.id(), submitted.unit(), "dataset " + dataset.id() + ", time limit " + submitted.timeLimit()));
        return ResponseEntity.created(URI.create("/api/jobs/" + job.id())).body(job);
    }

    @GetMapping
    @Operation(summary = "List jobs", description = "Newest first, optionally only those of one dataset; those of the"
            + " caller's units and of kinds the caller's roles read.")
    List<JobRecord> list(@RequestParam(required = false) String datasetId) {
        return jobs.list(datasetId, access.caller().scope()).stream().map(job -> solveJobs.progress(job.id())
                .map(p -> job.withProgress(p.status(), p.timeSpentMillis(), p.bestScore(), p.feasible()))
                .orElse(job)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a job", description = "Status (queued, solving, completed, failed, stopped, interrupted),"
            + " best score, feasible, time spent.")
    JobRecord get(@PathVariable String id) {
        access.readJob(id);
        return results.job(id);
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a job", description = "A queued job is stopped at once; a solving one within moments,"
            + " keeping its best solution (202). 409 when the job has already finished.")
    ResponseEntity<JobRecord> stop(@PathVariable String id) {
        JobRecord job = access.writeJob(id);
        JobRecord stopped = solveJobs.stop(id);
        access.audit("job.stop", "job", id, job.unit(), null);
        return ResponseEntity.accepted().body(stopped);
    }

    @GetMapping(path = "/{id}/solution", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The best solution", description = "The dataset with the plan in it: the latest stored while"
            + " solving (stored at most every few seconds), the final one after. 409 before the first plan exists.")
    String solution(@PathVariable String id) {
        JobRecord job = access.readJob(id);
        String document = results.solutionDocument(id);
        access.audit("job.export", "job", id, job.unit(), "solution");
        return document;
    }

    @GetMapping(path = "/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report", description = "The kind's report of the best solution: plan, KPIs, broken rules;"
            + " stored with the best solution.")
    String report(@PathVariable String id) {
        access.readJob(id);
        return results.report(id);
    }

    @GetMapping(path = "/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The score analysis", description = "Each broken rule, worst first, every match explained;"
            + " stored with the best solution.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScoreReport.class)))
    String analysis(@PathVariable String id) {
        access.readJob(id);
        return results.analysis(id);
    }

    @GetMapping("/{id}/exports/{name}")
    @Operation(summary = "An export of the best solution", description = "A file view defined by the kind, e.g."
            + " csv or xlsx for the roster grid; served with its media type.")
    ResponseEntity<byte[]> export(@PathVariable String id, @PathVariable String name) {
        JobRecord job = access.readJob(id);
        JobResults.Rendered rendered = results.export(id, name);
        access.audit("job.export", "job", id, job.unit(), name);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendered.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(rendered.fileName())
                        .build().toString())
                .body(rendered.content());
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Watch a job", description = "Server-sent events: 'progress' with the best score as it"
            + " improves (at most every turnus.jobs.event-interval), then one 'end' with the final status; the"
            + " stream then closes. For a finished job only the 'end' event.")
    SseEmitter events(@PathVariable String id) {
        access.readJob(id);
        JobRecord job = results.job(id);
        SseEmitter emitter = new SseEmitter(eventsTimeout.toMillis());
        JobListener listener = new JobListener() {
            @Override
            public void progress(JobProgress progress) {
                send(emitter, "progress", progress);
            }

            @Override
            public void ended(JobProgress last) {
                send(emitter, "end", last);
                emitter.complete();
            }
        };
        emitter.onCompletion(() -> solveJobs.unwatch(id, listener));
        emitter.onTimeout(() -> solveJobs.unwatch(id, listener));
        if (!solveJobs.watch(id, listener)) {
            JobRecord now = job.status().finished() ? job : results.job(id);
            listener.ended(new JobProgress(id, now.status(), now.bestScore(), now.feasible(), now.timeSpentMillis()));
        }
        return emitter;
    }

    private static void send(SseEmitter emitter, String name, JobProgress progress) {
        try {
            emitter.send(SseEmitter.event().name(name).data(progress, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            // The watcher has gone; the job layer drops it.
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/{id}/replan")
    @Operation(summary = "Replan after a change", description = "The body is the kind's change (for rosters: an"
            + " employee unavailable from a date, demand changes, what to pin). Applied to this finished job's"
            + " plan, stored as a new dataset and solved as a new job (201, same weights; time limit from the"
            + " timeLimit parameter or this job's). Its /changes lists what moved.")
    ResponseEntity<JobRecord> replan(@PathVariable String id, @RequestParam(required = false) String timeLimit,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
            @RequestBody byte[] body) {
        JobRecord replanned = access.writeJob(id);
        Duration limit = timeLimit("timeLimit", timeLimit);
        JobRecord job = access.audited(() -> results.replan(id, body, limit), made -> new Access.Note("job.replan",
                "job", id, replanned.unit(), "new job " + made.id() + " of dataset " + made.datasetId()));
        return ResponseEntity.created(URI.create("/api/jobs/" + job.id())).body(job);
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "What a replanning changed", description = "The differences between the plan that was"
            + " replanned and this job's best plan. 409 for a job that is not a replanning job.")
    Object changes(@PathVariable String id) {
        access.readJob(id);
        return results.changes(id);
    }

    @GetMapping("/{id}/recommendations")
    @Operation(summary = "Who to ask for an open item", description = "Ranked candidates for one open item of the"
            + " best solution (for rosters an uncovered place, by the id the report lists), each with its score"
            + " effect.")
    List<? extends Candidate> recommendations(@PathVariable String id, @RequestParam(required = false) String item) {
        access.readJob(id);
        return results.recommendations(id, item);
    }

    private static Duration timeLimit(String path, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path, e.getMessage());
        }
    }
}

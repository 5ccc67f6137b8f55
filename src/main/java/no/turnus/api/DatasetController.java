package no.turnus.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.turnus.job.KindSupport;
import no.turnus.job.SolveJobs;
import no.turnus.problem.DatasetReader;
import no.turnus.store.DatasetStore;
import no.turnus.store.DatasetSummary;
import no.turnus.store.NotFoundException;

@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Datasets", description = "Problem inputs of any kind (roster, homecare, ...), validated on upload")
class DatasetController {

    private final DatasetReader reader;
    private final KindSupport support;
    private final DatasetStore datasets;
    private final SolveJobs solveJobs;

    DatasetController(DatasetReader reader, KindSupport support, DatasetStore datasets, SolveJobs solveJobs) {
        this.reader = reader;
        this.support = support;
        this.datasets = datasets;
        this.solveJobs = solveJobs;
    }

    @PostMapping
    @Operation(summary = "Upload a dataset", description = "The body is a dataset of any kind, chosen by its \"kind\""
            + " field (the same JSON the command line reads). It is validated as a whole: a 400 lists every problem"
            + " with its JSON path. Stored as validated; 201 with its Location.")
    ResponseEntity<DatasetSummary> upload(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))) @RequestBody byte[] body) {
        DatasetReader.Read<?> read = reader.read(body);
        DatasetSummary stored = datasets.insert(read.kind().name(), read.dataset().name(), support.write(read.dataset()));
        return ResponseEntity.created(URI.create("/api/datasets/" + stored.id())).body(stored);
    }

    @GetMapping
    @Operation(summary = "List datasets", description = "Newest first: id, kind, name, created, size in bytes.")
    List<DatasetSummary> list() {
        return datasets.list();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get a dataset", description = "The dataset document as stored.")
    String get(@PathVariable String id) {
        return datasets.document(id).orElseThrow(() -> new NotFoundException("dataset", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a dataset and its jobs", description = "Jobs of the dataset that are queued or"
            + " solving are stopped first; then the dataset and all its jobs with their solutions are deleted."
            + " Datasets made by replanning one of its jobs are separate datasets and stay.")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (datasets.find(id).isEmpty()) {
            throw new NotFoundException("dataset", id);
        }
        solveJobs.stopAll(id);
        datasets.delete(id);
        return ResponseEntity.noContent().build();
    }
}

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
import org.springframework.web.bind.annotation.RequestParam;
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
    private final Access access;

    DatasetController(DatasetReader reader, KindSupport support, DatasetStore datasets, SolveJobs solveJobs,
                      Access access) {
        this.reader = reader;
        this.support = support;
        this.datasets = datasets;
        this.solveJobs = solveJobs;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Upload a dataset", description = "The body is a dataset of any kind, chosen by its \"kind\""
            + " field (the same JSON the command line reads). It is validated as a whole: a 400 lists every problem"
            + " with its JSON path. Stored as validated in the organisation unit given (one of the caller's; may be"
            + " left out by a caller of one unit); 201 with its Location. 403 when the caller's roles may not"
            + " upload this kind or the unit is not the caller's.")
    ResponseEntity<DatasetSummary> upload(@RequestParam(required = false) String unit,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))) @RequestBody byte[] body) {
        String target = access.unitForNew(unit);
        DatasetReader.Read<?> read = reader.read(body);
        access.requireKind(read.kind().name(), true);
        String document = support.write(read.dataset());
        DatasetSummary stored = access.audited(
                () -> datasets.insert(target, read.kind().name(), read.dataset().name(), document),
                created -> new Access.Note("dataset.create", "dataset", created.id(), target, described(created)));
        return ResponseEntity.created(URI.create("/api/datasets/" + stored.id())).body(stored);
    }

    @GetMapping
    @Operation(summary = "List datasets", description = "Newest first: id, unit, kind, name, created, size in bytes;"
            + " those of the caller's units and of kinds the caller's roles read.")
    List<DatasetSummary> list() {
        return datasets.list(access.caller().scope());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get a dataset", description = "The dataset document as stored.")
    String get(@PathVariable String id) {
        DatasetSummary dataset = access.readDataset(id);
        return datasets.document(dataset.id()).orElseThrow(() -> new NotFoundException("dataset", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a dataset and its jobs", description = "Jobs of the dataset that are queued or"
            + " solving are stopped first; then the dataset and all its jobs with their solutions are deleted."
            + " Datasets made by replanning one of its jobs are separate datasets and stay.")
    ResponseEntity<Void> delete(@PathVariable String id) {
        DatasetSummary dataset = access.writeDataset(id);
        solveJobs.stopAll(id);
        access.audited(() -> datasets.delete(id),
                deleted -> new Access.Note("dataset.delete", "dataset", id, dataset.unit(), described(dataset)));
        return ResponseEntity.noContent().build();
    }

    private static String described(DatasetSummary dataset) {
        return dataset.kind() + " '" + dataset.name() + "'";
    }
}

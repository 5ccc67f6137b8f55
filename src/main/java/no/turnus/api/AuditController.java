package no.turnus.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.turnus.problem.InvalidInputException;
import no.turnus.store.AuditStore;

/** The audit log, for administrators (the security configuration refuses everyone else with 403). */
@RestController
@Tag(name = "Audit", description = "Who created, solved, stopped, replanned, exported or deleted what, when and from where")
class AuditController {

    private static final int MAX = 1000;

    private final AuditStore audit;

    AuditController(AuditStore audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The audit log", description = "Newest first, at most limit entries (default 200, at most"
            + " 1000), optionally only those about one dataset or job. Administrators only.")
    List<AuditStore.Entry> list(@RequestParam(required = false) String targetId,
                                @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX);
        }
        return audit.list(targetId, limit);
    }
}

package no.turnus.api;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.turnus.problem.InvalidInputException;
import no.turnus.store.AuditStore;
import no.turnus.store.DatasetStore;
import no.turnus.store.DatasetSummary;
import no.turnus.store.JobRecord;
import no.turnus.store.JobStore;
import no.turnus.store.NotFoundException;

/**
 * Who may see and change which dataset or job, and the audit log of what they did. Something of a unit the caller
 * does not belong to is "not found" (404), exactly like an id that does not exist, so ids of other units leak
 * nothing; something of the caller's unit that the caller's roles may not read or change is a 403.
 */
@Component
class Access {

    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** The unit of datasets an administrator without a unit of their own uploads. */
    static final String DEFAULT_UNIT = "default";

    private final DatasetStore datasets;
    private final JobStore jobs;
    private final AuditStore audit;
    private final TransactionTemplate transactions;

    Access(DatasetStore datasets, JobStore jobs, AuditStore audit, TransactionTemplate transactions) {
        this.datasets = datasets;
        this.jobs = jobs;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What an audit row says about one action; the actor and the address are the request's. */
    record Note(String action, String targetType, String targetId, String unit, String detail) {
    }

    Caller caller() {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication());
    }

    DatasetSummary readDataset(String id) {
        DatasetSummary dataset = dataset(id);
        requireKind(dataset.kind(), false);
        return dataset;
    }

    DatasetSummary writeDataset(String id) {
        DatasetSummary dataset = dataset(id);
        requireKind(dataset.kind(), true);
        return dataset;
    }

    JobRecord readJob(String id) {
        JobRecord job = job(id);
        requireKind(job.kind(), false);
        return job;
    }

    JobRecord writeJob(String id) {
        JobRecord job = job(id);
        requireKind(job.kind(), true);
        return job;
    }

    private DatasetSummary dataset(String id) {
        Caller caller = caller();
        return datasets.find(id).filter(found -> caller.sees(found.unit()))
                .orElseThrow(() -> new NotFoundException("dataset", id));
    }

    private JobRecord job(String id) {
        Caller caller = caller();
        return jobs.find(id).filter(found -> caller.sees(found.unit()))
                .orElseThrow(() -> new NotFoundException("job", id));
    }

    void requireKind(String kind, boolean write) {
        Caller caller = caller();
        if (write ? !caller.writes(kind) : !caller.reads(kind)) {
            throw new ForbiddenException("Your roles " + caller.roles() + " may not " + (write ? "change" : "read")
                    + " " + kind + " datasets or jobs.");
        }
    }

    /**
     * The unit a new dataset is stored in: the one asked for, which must be the caller's; else the caller's only
     * unit (an administrator without units: {@value #DEFAULT_UNIT}).
     */
    String unitForNew(String requested) {
        Caller caller = caller();
        if (requested != null) {
            if (!UNIT.matcher(requested).matches()) {
                throw new InvalidInputException("unit", "must be 1-100 letters, digits, '.', '_' or '-'");
            }
            if (!caller.sees(requested)) {
                throw new ForbiddenException("You do not belong to unit '" + requested + "'; yours: " + caller.units());
            }
            return requested;
        }
        if (caller.units().size() == 1) {
            return caller.units().iterator().next();
        }
        if (caller.units().isEmpty() && caller.admin()) {
            return DEFAULT_UNIT;
        }
        throw new InvalidInputException("unit", caller.units().isEmpty() ? "you belong to no unit"
                : "is required: you belong to several units " + caller.units());
    }

    /** Audits a read (an export): there is no write to pair the row with. */
    void audit(String action, String targetType, String targetId, String unit, String detail) {
        append(new Note(action, targetType, targetId, unit, detail));
    }

    /**
     * Does a write and appends its audit row in one transaction: a crash or a failing audit insert leaves both or
     * neither, never a write nobody is recorded as having made.
     */
    <T> T audited(Supplier<T> write, Function<T, Note> note) {
        return transactions.execute(status -> {
            T written = write.get();
            append(note.apply(written));
            return written;
        });
    }

    private void append(Note note) {
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        audit.append(caller().name(), note.action(), note.targetType(), note.targetId(), note.unit(),
                request == null ? null : request.getRequest().getRemoteAddr(), note.detail());
    }
}

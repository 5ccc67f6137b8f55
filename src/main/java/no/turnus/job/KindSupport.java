package no.turnus.job;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.ProblemKinds;

/** What the job layer needs of the kinds: each by name, and its documents read and written as JSON. */
@Component
public class KindSupport {

    private final ProblemKinds kinds;
    private final DatasetReader reader;

    public KindSupport(ProblemKinds kinds, DatasetReader reader) {
        this.kinds = kinds;
        this.reader = reader;
    }

    public ProblemKind<?, ?> kind(String name) {
        return kinds.get(name);
    }

    public DatasetReader reader() {
        return reader;
    }

    /** A stored document of this kind (validated when it was stored, or written by {@link #write}). */
    public <D extends Dataset> D read(ProblemKind<D, ?> kind, String document) {
        try {
            return reader.mapper().readValue(document, kind.datasetType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + kind.name() + " document cannot be read", e);
        }
    }

    public String write(Object document) {
        try {
            return reader.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document cannot be written as JSON", e);
        }
    }
}

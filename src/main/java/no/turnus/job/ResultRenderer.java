package no.turnus.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.turnus.problem.Export;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Report;
import no.turnus.store.JobStore;

/**
 * Renders what is read from a best solution, once, when it is stored: the report and its score analysis as JSON
 * and every text export of the kind. Reads then serve them as stored instead of rebuilding and rescoring the plan.
 */
@Component
class ResultRenderer {

    /** The web layer's mapper, so the stored JSON is what the API wrote when it serialised reports itself. */
    private final ObjectMapper json;

    ResultRenderer(ObjectMapper json) {
        this.json = json;
    }

    <S> JobStore.Result render(ProblemKind<?, S> kind, S solution) {
        Report report = kind.report(solution);
        Map<String, String> exports = new LinkedHashMap<>();
        for (Map.Entry<String, Export<S>> export : kind.exports().entrySet()) {
            // A binary file (a workbook) is written on request from the stored plan instead: rendering one with
            // every best would take CPU from the solver and fill the store with files nobody may fetch.
            if (!export.getValue().binary()) {
                exports.put(export.getKey(), export.getValue().render(solution));
            }
        }
        return new JobStore.Result(write(report), write(report.analysis()), exports);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result cannot be written as JSON", e);
        }
    }
}

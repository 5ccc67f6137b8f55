package no.turnus.job;

import java.time.Duration;
import java.util.Map;

/**
 * What to solve: a stored dataset, for how long, with which constraint-weight overrides.
 *
 * @param timeLimit null for the default time limit
 * @param replanOf  for a replanning job, the job whose plan it changes; else null
 * @param baseline  for a replanning job, that plan (a dataset-with-plan document); else null
 */
public record JobSpec(String datasetId, Duration timeLimit, Map<String, String> weights, String replanOf,
                      String baseline) {

    public JobSpec {
        // Kept as given, null values too: the kind's weight parser reports them with their path.
        weights = weights == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }

    public static JobSpec of(String datasetId, Duration timeLimit, Map<String, String> weights) {
        return new JobSpec(datasetId, timeLimit, weights, null, null);
    }
}

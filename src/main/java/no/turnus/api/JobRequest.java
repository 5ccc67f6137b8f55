package no.turnus.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/jobs}.
 *
 * @param timeLimit e.g. {@code "30s"}, {@code "2m"} or {@code "PT30S"}; absent for the service's default
 * @param weights   constraint name to weight as score text (e.g. {@code "0hard/0medium/-5soft"}, or {@code "0soft"}),
 *                  over the dataset's own weights
 */
@Schema(description = "A solve job for a stored dataset")
record JobRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String datasetId,
                  @Schema(example = "30s") String timeLimit, Map<String, String> weights) {
}

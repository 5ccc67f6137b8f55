package no.turnus.period;

import io.swagger.v3.oas.annotations.media.Schema;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.problem.Dataset;

/**
 * A period plan as read from JSON: a home-care dataset whose {@code teamRosters} give its caregivers' shifts. Solved,
 * the team rosters carry their assignments and the home-care dataset its routes, so a solved plan is stored, scored
 * and handed back like any dataset.
 */
public record PeriodPlan(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = KIND) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Dataset.MAX_NAME_LENGTH) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) HomecareDataset homecare) implements Dataset {

    public static final String KIND = "period";

    /** The same plan with another (e.g. solved) home-care dataset. */
    PeriodPlan with(HomecareDataset solved) {
        return new PeriodPlan(kind, name, solved);
    }
}

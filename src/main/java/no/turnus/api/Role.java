package no.turnus.api;

import java.util.HashSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.period.PeriodPlan;
import no.turnus.roster.input.RosterDataset;
import no.turnus.scenario.ScenarioSet;
import no.turnus.scenario.facility.SitingDataset;

/**
 * What each role may do, by problem kind, within the caller's own units (an administrator: every unit). Writing is
 * uploading, solving, stopping, replanning and deleting; reading is everything else. A schema of its own in the
 * API document: client generators mishandle a set of inline enum values.
 */
@Schema(enumAsRef = true, description = "A role of the signed-in user")
enum Role {
    /** Rosters of the leader's own units (wards, nursing homes). */
    UNIT_LEADER(Set.of(RosterDataset.KIND), Set.of()),
    /** Home-care datasets and period plans (team rosters and routes) of the leader's own teams/districts. */
    HOMECARE_LEADER(Set.of(HomecareDataset.KIND, PeriodPlan.KIND), Set.of()),
    /** Co-location scenarios and site selection; reads the rosters and home-care plans scenarios are built from. */
    PLANNER(Set.of(ScenarioSet.KIND, SitingDataset.KIND),
            Set.of(RosterDataset.KIND, HomecareDataset.KIND, PeriodPlan.KIND)),
    /** Every kind in every unit, the audit log and health details. */
    ADMIN(null, null);

    /** Null: every kind. */
    private final Set<String> writes;
    private final Set<String> alsoReads;

    Role(Set<String> writes, Set<String> alsoReads) {
        this.writes = writes;
        this.alsoReads = alsoReads;
    }

    boolean writes(String kind) {
        return writes == null || writes.contains(kind);
    }

    boolean reads(String kind) {
        return writes(kind) || alsoReads.contains(kind);
    }

    /** The kinds it reads; null for every kind. */
    Set<String> readKinds() {
        if (writes == null) {
            return null;
        }
        Set<String> all = new HashSet<>(writes);
        all.addAll(alsoReads);
        return all;
    }
}

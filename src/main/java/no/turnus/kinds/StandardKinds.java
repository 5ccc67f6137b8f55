package no.turnus.kinds;

import java.util.List;

import no.turnus.homecare.HomecareKind;
import no.turnus.period.PeriodKind;
import no.turnus.problem.ProblemKinds;
import no.turnus.roster.RosterKind;
import no.turnus.scenario.ScenarioKind;
import no.turnus.scenario.facility.SitingKind;

/** The kinds shipped in the jar, for the command line and the service. */
public final class StandardKinds {

    private StandardKinds() {
    }

    public static ProblemKinds all() {
        return new ProblemKinds(List.of(new RosterKind(), new HomecareKind(), new SitingKind(), new ScenarioKind(),
                new PeriodKind()));
    }
}

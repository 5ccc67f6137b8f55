package no.turnus.period;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import no.turnus.homecare.report.HomecareReport;
import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;
import no.turnus.roster.report.RosterReport;

/**
 * What a planner reads about a period plan: per team the roster's verdicts (legal, covered, within positions) and
 * the home-care report over the period, with continuity per user ({@link HomecareReport#continuity()}).
 */
public record PeriodReport(String name, List<TeamResult> teams, HomecareReport homecare) implements Report {

    /**
     * One team's roster.
     *
     * @param shifts    shifts worked in the roster's horizon
     * @param verdicts  the three answers a unit leader signs on ({@link RosterReport.Verdicts})
     */
    public record TeamResult(String team, String roster, String score, int employees, int shifts,
                             RosterReport.Verdicts verdicts) {

        static TeamResult of(String team, RosterReport report, int employees) {
            return new TeamResult(team, report.name(), report.score(), employees, report.assignments().size(),
                    report.verdicts());
        }
    }

    /** The routes' analysis: the rosters' own are in their reports' verdicts. */
    @Override
    @JsonIgnore
    public ScoreReport analysis() {
        return homecare.analysis();
    }

    /** Mandatory visits left unplanned and required roster places left empty. */
    @Override
    public int unplannedRequired() {
        return homecare.unplannedRequired() + teams.stream().mapToInt(t -> t.verdicts().uncoveredPlaces()).sum();
    }

    @Override
    @JsonProperty(value = "kind", access = JsonProperty.Access.READ_ONLY)
    public String kind() {
        return PeriodPlan.KIND;
    }
}

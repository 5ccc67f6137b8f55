package no.turnus.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.SolverConfig;

import no.turnus.homecare.HomecareKind;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.TeamRoster;
import no.turnus.homecare.report.HomecareCsvExport;
import no.turnus.homecare.report.HomecareGeoJsonExport;
import no.turnus.homecare.report.HomecareReport;
import no.turnus.homecare.report.HomecareReport.UserContinuity;
import no.turnus.problem.Best;
import no.turnus.problem.Candidate;
import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Problems;
import no.turnus.problem.Report;
import no.turnus.problem.ScoreReport;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.problem.Solved;
import no.turnus.roster.RosterKind;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.report.RosterReport;

/**
 * Period plans (kind {@code "period"}): the team rosters solved first, as parts on the solver threads (the roster
 * kind, its engine and rules), then the home-care routes of the whole period on the rosters' shifts (the home-care
 * kind), each with the request's limits and seed. The solution is the plan itself with the rosters' assignments
 * and the routes in it; its report is read from it.
 */
public final class PeriodKind implements ProblemKind<PeriodPlan, PeriodPlan> {

    private static final RosterKind ROSTERS = new RosterKind();
    private static final HomecareKind HOMECARE = new HomecareKind();

    @Override
    public String name() {
        return PeriodPlan.KIND;
    }

    @Override
    public Class<PeriodPlan> datasetType() {
        return PeriodPlan.class;
    }

    @Override
    public Class<PeriodPlan> solutionType() {
        return PeriodPlan.class;
    }

    @Override
    public List<InputProblem> validate(PeriodPlan plan) {
        Problems p = new Problems();
        p.check(PeriodPlan.KIND.equals(plan.kind()), "$.kind", "must be '" + PeriodPlan.KIND + "'");
        p.require("$.name", plan.name());
        if (p.require("$.homecare", plan.homecare())) {
            p.check(!plan.homecare().teamRosters().isEmpty(), "$.homecare.teamRosters", "must list at least one team "
                    + "roster: a period plan takes the caregivers' shifts from the teams' rosters");
            HOMECARE.validate(plan.homecare())
                    .forEach(problem -> p.add("$.homecare" + problem.path().substring(1), problem.message()));
        }
        return p.list();
    }

    /** The plan itself: rosters and routes are built when it is solved or reported. */
    @Override
    public PeriodPlan toSolution(PeriodPlan dataset, Map<String, String> weightOverrides) {
        if (!weightOverrides.isEmpty()) {
            throw new InvalidInputException("weightOverrides", "a period plan has no rules of its own: put constraint "
                    + "weights in the home-care dataset or the team rosters");
        }
        return dataset;
    }

    @Override
    public PeriodPlan toDataset(PeriodPlan input, PeriodPlan solution) {
        return solution;
    }

    /**
     * The team rosters as parts (a stop leaves those not started as they are), then, unless stopped, the routes of
     * the period on their shifts. Each new best of the routes is published with the solved rosters.
     */
    @Override
    public Solved<PeriodPlan> solve(PeriodPlan problem, SolveRequest request, SolveContext<PeriodPlan> context) {
        long start = System.nanoTime();
        List<TeamRoster> teams = problem.homecare().teamRosters();
        TeamRoster[] solved = teams.toArray(TeamRoster[]::new);
        boolean[] legal = new boolean[teams.size()];
        int[] done = {0};
        List<Runnable> parts = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            int k = i;
            parts.add(() -> {
                if (context.control().stopped()) {
                    return;
                }
                TeamRoster team = teams.get(k);
                Roster roster = ROSTERS.toSolution(team.roster(), Map.of());
                Solved<Roster> result = ROSTERS.solve(roster, request.part("roster-" + team.team()),
                        context.part(null));
                synchronized (done) {
                    solved[k] = team.withRoster(ROSTERS.toDataset(team.roster(), result.best()));
                    legal[k] = result.feasible();
                    done[0]++;
                    context.best(new Best<>(withRosters(problem, solved), null, done[0] + "/" + teams.size()
                            + " team rosters solved", false, millisSince(start)));
                }
            });
        }
        context.runAll(parts);
        PeriodPlan rostered = withRosters(problem, solved);
        if (context.control().stopped()) {
            return new Solved<>(rostered, null, "stopped after " + done[0] + "/" + teams.size() + " team rosters",
                    false, millisSince(start) / 1000.0, -1, -1);
        }
        HomecareDataset homecare = rostered.homecare();
        Solved<HomecarePlan> routes = HOMECARE.solve(HOMECARE.toSolution(homecare, Map.of()), request.part("homecare"),
                context.part(best -> context.best(new Best<>(rostered.with(HOMECARE.toDataset(homecare, best.solution())),
                        best.score(), best.scoreText(), false, millisSince(start)))));
        PeriodPlan end = rostered.with(HOMECARE.toDataset(homecare, routes.best()));
        boolean rostersLegal = true;
        for (boolean teamLegal : legal) {
            rostersLegal &= teamLegal;
        }
        // Feasible: no hard rule broken in the routes nor in any team's roster.
        return new Solved<>(end, routes.score(), routes.scoreText(), routes.feasible() && rostersLegal,
                millisSince(start) / 1000.0, routes.moveEvaluationSpeed(), routes.scoreCalculationSpeed());
    }

    /** The plan with these team rosters and no routes yet (routes on other shifts would not hold). */
    private static PeriodPlan withRosters(PeriodPlan plan, TeamRoster[] rosters) {
        return plan.with(plan.homecare().withPlan(List.of(), List.of(rosters)));
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** Solved as parts by the roster and home-care kinds, never by one solver. */
    @Override
    public SolverConfig solverConfig() {
        throw new UnsupportedOperationException("A period plan is solved as parts (PeriodKind.solve), not by one "
                + "solver");
    }

    /** Every team roster's verdicts and the routes' report, each scored by its own kind. */
    @Override
    public PeriodReport report(PeriodPlan solution) {
        List<PeriodReport.TeamResult> teams = new ArrayList<>();
        for (TeamRoster team : solution.homecare().teamRosters()) {
            RosterReport report = (RosterReport) ROSTERS.report(ROSTERS.toSolution(team.roster(), Map.of()));
            teams.add(PeriodReport.TeamResult.of(team.team(), report, team.roster().employees().size()));
        }
        HomecarePlan plan = routes(solution);
        HomecareReport routes = HOMECARE.report(plan, HOMECARE.solutionManager(plan));
        return new PeriodReport(solution.name(), teams, routes);
    }

    @Override
    public PeriodReport report(PeriodPlan solution, SolutionManager<PeriodPlan, ?> solutionManager) {
        return report(solution);
    }

    /** The home-care plan of the period, its times and score brought up to date. */
    private static HomecarePlan routes(PeriodPlan solution) {
        HomecarePlan plan = HOMECARE.toSolution(solution.homecare(), Map.of());
        HOMECARE.solutionManager(plan).update(plan);
        return plan;
    }

    /** Per team the roster's verdicts, then the routes' summary and continuity over the period. */
    @Override
    public String summary(Solved<PeriodPlan> solved, Report report) {
        PeriodReport period = (PeriodReport) report;
        StringBuilder text = new StringBuilder("Team rosters:").append(System.lineSeparator());
        for (PeriodReport.TeamResult team : period.teams()) {
            RosterReport.Verdicts v = team.verdicts();
            text.append(String.format(Locale.ROOT, "  %-28s %3d shifts, score %s. Legal: %s. Covered: %s. Within "
                            + "positions: %s.%n", team.team(), team.shifts(), team.score(), v.legal() ? "yes" : "NO",
                    v.covered() ? "yes" : "NO (" + v.uncoveredPlaces() + " places empty)",
                    v.withinPositions() ? "yes" : "NO"));
        }
        HomecareReport routes = period.homecare();
        HomecareReport.Kpis k = routes.kpis();
        int worst = routes.continuity().stream().mapToInt(UserContinuity::maxDistinctCaregivers14Days).max().orElse(0);
        text.append(String.format(Locale.ROOT, "Routes: score %s (%s), %d of %d visits planned, travel %.1f %% of "
                        + "shift time.%nContinuity: %.1f different caregivers per user (at most %d in 14 days), %.1f %% "
                        + "of visits by the primary contact, %.1f %% by a contact person.%n", routes.score(),
                routes.feasible() ? "feasible" : "NOT feasible", k.plannedVisits(), k.visits(), k.travelSharePercent(),
                k.distinctCaregiversPerUser(), worst, k.primaryContactSharePercent(), k.contactSharePercent()));
        return String.format(Locale.ROOT, "Done in %.1fs%n", solved.seconds()) + text
                + routes.analysis().summary();
    }

    /** The routes as they stand, scored by the home-care rules. */
    @Override
    public Optional<ScoreReport> check(PeriodPlan solution) {
        return HOMECARE.check(HOMECARE.toSolution(solution.homecare(), Map.of()));
    }

    @Override
    public List<Candidate> recommend(PeriodPlan solution, String openItemId) {
        throw ProblemKind.noOpenItems(name(), openItemId);
    }

    /** The routes of the period as the home-care kind exports them. */
    @Override
    public Map<String, Export<PeriodPlan>> exports() {
        return Map.of("csv", new RoutesExport(new HomecareCsvExport()), "geojson",
                new RoutesExport(new HomecareGeoJsonExport()));
    }

    /** A home-care export of the period's routes. */
    private record RoutesExport(Export<HomecarePlan> routes) implements Export<PeriodPlan> {

        @Override
        public String mediaType() {
            return routes.mediaType();
        }

        @Override
        public String extension() {
            return routes.extension();
        }

        @Override
        public String render(PeriodPlan solution) {
            return routes.render(PeriodKind.routes(solution));
        }
    }
}

package no.turnus.roster;

import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;
import no.turnus.roster.input.RosterBuilder;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterValidator;
import no.turnus.roster.report.RosterCsvExport;
import no.turnus.roster.report.RosterReport;
import no.turnus.roster.report.RosterWorkbookExport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import no.turnus.problem.Candidate;
import no.turnus.problem.Export;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.ProblemKind;
import no.turnus.problem.Replanning;
import no.turnus.problem.Report;
import no.turnus.problem.Solved;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.roster.solver.RosterSearch;
import no.turnus.roster.year.YearRoster;

/** Institution rostering (turnus): a base roster for the staff of one or more wards. */
public final class RosterKind implements ProblemKind<RosterDataset, Roster> {

    @Override
    public String name() {
        return RosterDataset.KIND;
    }

    @Override
    public Class<RosterDataset> datasetType() {
        return RosterDataset.class;
    }

    @Override
    public Class<Roster> solutionType() {
        return Roster.class;
    }

    /**
     * The dataset's problems; for a year roster also its horizon's and, when both are sound, those of the year
     * rolled out (which name the year roster: its paths are those of the dataset {@code solve} writes).
     */
    @Override
    public List<InputProblem> validate(RosterDataset dataset) {
        List<InputProblem> problems = new java.util.ArrayList<>(RosterValidator.validate(dataset));
        problems.addAll(YearRoster.validate(dataset));
        if (problems.isEmpty() && dataset.yearRoster()) {
            RosterValidator.validate(YearRoster.expand(dataset)).forEach(p -> problems.add(
                    new InputProblem(p.path(), "in the year roster rolled out from the grunnturnus: " + p.message())));
        }
        return problems;
    }

    /** The roster of the dataset; a year roster is rolled out from its grunnturnus first ({@link YearRoster}). */
    @Override
    public Roster toSolution(RosterDataset dataset, Map<String, String> weightOverrides) {
        return new RosterBuilder(YearRoster.expand(dataset)).build(weightOverrides);
    }

    /** The solved dataset; of a year roster, the year (a plain roster that {@code validate} reads again). */
    @Override
    public RosterDataset toDataset(RosterDataset input, Roster solution) {
        return RosterBuilder.toDataset(YearRoster.expand(input), solution);
    }

    /**
     * The greedy day-by-day construction (First Fit for a small roster, see {@link #solverConfig(Roster)}), then
     * Tabu search over single places (change, swap), blocks of consecutive days (swap or hand over) and, rarely,
     * ruin-and-recreate of one or two employees' horizon: {@link RosterSearch}, measured in docs/roster.md.
     */
    @Override
    public SolverConfig solverConfig() {
        return RosterSearch.config(RosterRuleSet.NORWEGIAN, RosterSearch.Moves.BLOCKS_RUIN);
    }

    /** The configuration for this roster: its rule set's provider, and a construction chosen by its size. */
    @Override
    public SolverConfig solverConfig(Roster problem) {
        return RosterSearch.config(problem);
    }

    @Override
    public RosterReport report(Roster solution, SolutionManager<Roster, ?> solutionManager) {
        return RosterReport.of(solution, solutionManager);
    }

    private static final Map<String, Export<Roster>> EXPORTS = Map.of("csv", new RosterCsvExport(),
            "xlsx", new RosterWorkbookExport());

    @Override
    public Map<String, Export<Roster>> exports() {
        return EXPORTS;
    }

    @Override
    public Optional<Replanning<RosterDataset, ?>> replanning() {
        return Optional.of(new RosterReplanning());
    }

    /** The default summary, then the three verdicts a unit leader signs on: legal, covered, within positions. */
    @Override
    public String summary(Solved<Roster> solved, Report report) {
        RosterReport.Verdicts v = ((RosterReport) report).verdicts();
        return ProblemKind.super.summary(solved, report) + String.format(Locale.ROOT,
                "Legal: %s. Covered: %s. Within positions: %s.%n", v.legal() ? "yes" : "NO",
                v.covered() ? "yes" : "NO (" + v.uncoveredPlaces() + " required places, " + v.uncoveredHours()
                        + " h, empty)",
                v.withinPositions() ? "yes" : "NO (" + v.abovePosition().size() + " employees planned "
                        + v.hoursAbovePositions() + " h above their positions)");
    }

    /** A candidate for an uncovered place, with what assigning them would do to the score. */
    public record Recommendation(int rank, String employee, String name, String competence, String scoreChange,
                                 boolean staysFeasible) implements Candidate {
    }

    /**
     * Recommendations place one employee by a construction heuristic, which Timefold needs as the first phase of
     * the solution manager's configuration; the search starts with a custom phase instead, so the kind keeps a
     * solution manager of its own per rule set (built once: the constraint network is the costly part) and does
     * not use the one it is given.
     */
    private static final Map<RosterRuleSet, SolutionManager<Roster, HardMediumSoftScore>> RECOMMENDERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static SolutionManager<Roster, HardMediumSoftScore> recommender(RosterRuleSet rules) {
        return RECOMMENDERS.computeIfAbsent(rules,
                set -> SolutionManager.create(SolverFactory.create(RosterSearch.recommendation(set))));
    }

    @Override
    public List<Recommendation> recommend(Roster solution, String openItemId, SolutionManager<Roster, ?> solutionManager) {
        Slot slot = solution.getSlots().stream().filter(s -> s.getId().equals(openItemId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("item", "no slot '" + openItemId + "'"));
        if (slot.getEmployee() != null) {
            throw new InvalidInputException("item", "slot '" + openItemId + "' is not open (" + slot.getEmployee().id()
                    + " works it)");
        }
        HardMediumSoftScore current = solution.getScore();
        List<ai.timefold.solver.core.api.solver.RecommendedAssignment<Employee, HardMediumSoftScore>> found =
                recommender(solution.getRuleSet()).recommendAssignment(solution, slot, Slot::getEmployee);
        List<Recommendation> ranked = new java.util.ArrayList<>();
        for (var recommendation : found) {
            HardMediumSoftScore diff = recommendation.scoreAnalysisDiff().score();
            Employee employee = recommendation.proposition();
            if (employee == null) {
                continue;
            }
            boolean feasible = current == null ? diff.hardScore() >= 0 : current.add(diff).isFeasible();
            ranked.add(new Recommendation(ranked.size() + 1, employee.id(), employee.name(), employee.competence(),
                    diff.toString(), feasible));
        }
        return ranked;
    }
}

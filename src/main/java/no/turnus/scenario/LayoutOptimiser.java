package no.turnus.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.problem.Problems;
import no.turnus.problem.SolveContext;
import no.turnus.problem.SolveRequest;
import no.turnus.scenario.Comparison.Layout;
import no.turnus.scenario.Comparison.OpenBase;
import no.turnus.scenario.ScenarioSet.OptimiseSpec;
import no.turnus.scenario.ScenarioSet.Place;
import no.turnus.scenario.ScenarioSet.Scenario;
import no.turnus.scenario.facility.SiteSelectionPlan;
import no.turnus.scenario.facility.SitingDataset;
import no.turnus.scenario.facility.SitingKind;

/**
 * Chooses the best k bases among candidate sites with the capacitated site-selection model (kind
 * {@code siting}): each home-care user is a demand point weighing their visit minutes, the cost of serving
 * them from a site is that weight times the driving minutes, capacities are in visit minutes. The layout comes
 * back as a scenario: new bases, one district team per base with the users it serves, and the district
 * caregivers shared out in proportion to each base's demand (keeping the competence mix). For a service to the
 * population (legevakt) the demand points are populated places weighing their inhabitants, and the layout is
 * reported without a scenario.
 */
final class LayoutOptimiser {

    /**
     * The site-selection search runs for a number of moves, not for a time: with a seed its layout is then the
     * same on a busy and on an idle machine. Its problems are tiny, but moving from one set of open bases to a
     * better one takes several worsening steps: on Narvik, 1 000 moves ended at a poorer layout for two seeds
     * of three, 4 000 and 20 000 found the best for all three (20 000 take 2-9 s on the busy test machine).
     */
    static final long SEARCH_MOVES = 20_000;

    private LayoutOptimiser() {
    }

    static void check(OptimiseSpec spec, HomecareDataset d, String path, Problems p) {
        p.require(path + ".name", spec.name());
        if (p.require(path + ".bases", spec.bases())) {
            p.check(spec.bases() >= 1 && spec.bases() <= Math.max(1, spec.candidates().size()), path + ".bases",
                    "must be between 1 and the number of candidates (" + spec.candidates().size() + ")");
        }
        p.check(!spec.candidates().isEmpty(), path + ".candidates", "must list the candidate sites");
        Coverage.places(spec.candidates(), path + ".candidates", p);
        Coverage.places(spec.places(), path + ".places", p);
        if (d == null) {
            p.add(path, "chooses home-care bases, but the baseline has no homecare dataset");
        } else {
            p.check(d.travelMatrix() == null, path,
                    "needs travel from coordinates, but the home-care baseline has an imported travel matrix");
            p.check(!spec.places().isEmpty() || d.teams().stream().anyMatch(t -> t.district() != null), path,
                    "the baseline has no district team");
        }
    }

    /** One point of demand: a home-care user (weight: visit minutes) or a populated place (weight: population). */
    private record Point(String id, int location, int weight) {
    }

    static Layout optimise(OptimiseSpec spec, HomecareDataset d, Long seed, String path) {
        List<Place> all = new ArrayList<>(spec.candidates());
        all.addAll(spec.places());
        TravelModel travel = new TravelModel(d, all, path);
        List<Point> points = new ArrayList<>();
        if (spec.places().isEmpty()) {
            Map<String, Integer> minutes = new LinkedHashMap<>();
            d.users().forEach(u -> minutes.put(u.id(), 0));
            for (VisitSpec v : d.visits()) {
                minutes.merge(v.user(), v.durationMinutes() * v.staff(), Integer::sum);
            }
            d.users().forEach(u -> points.add(new Point(u.id(), travel.location(u.location()), minutes.get(u.id()))));
        } else {
            spec.places().forEach(place -> points.add(new Point(place.id(), travel.place(place),
                    place.population() == null ? 1 : place.population())));
        }
        int total = points.stream().mapToInt(Point::weight).sum();
        List<SitingDataset.Site> sites = spec.candidates().stream().map(c -> new SitingDataset.Site(c.id(),
                (double) (c.capacityMinutes() == null ? total : c.capacityMinutes()), 0.0)).toList();
        List<SitingDataset.Demand> demand = points.stream().map(point -> new SitingDataset.Demand(point.id(),
                (double) point.weight(), spec.candidates().stream().map(c -> (double) Math.max(1, point.weight())
                        * travel.minutes(travel.place(c), point.location())).toList(), null)).toList();
        SitingKind siting = new SitingKind();
        SitingDataset input = new SitingDataset(SitingDataset.KIND, spec.name(), sites, demand, spec.bases());
        SiteSelectionPlan problem = siting.toSolution(input, Map.of());
        // A fixed number of moves, run to the end even when the evaluation is stopped: a half-built layout would
        // make an option that cannot be applied.
        SitingDataset chosen = siting.toDataset(input, siting.solve(problem, new SolveRequest(
                new TerminationConfig().withMoveCountLimit(SEARCH_MOVES), seed, null), SolveContext.alone(null)).best());

        Map<String, List<Point>> bySite = new LinkedHashMap<>();
        double weighted = 0;
        for (int i = 0; i < points.size(); i++) {
            String site = chosen.demandPoints().get(i).site();
            if (site != null) {
                Point point = points.get(i);
                bySite.computeIfAbsent(site, s -> new ArrayList<>()).add(point);
                Place candidate = spec.candidates().stream().filter(c -> c.id().equals(site)).findFirst().orElseThrow();
                weighted += (double) point.weight() * travel.minutes(travel.place(candidate), point.location());
            }
        }
        List<OpenBase> bases = new ArrayList<>();
        bySite.forEach((site, served) -> bases.add(new OpenBase(site, served.stream().map(Point::id).toList(),
                served.stream().mapToInt(Point::weight).sum())));
        double mean = total == 0 ? 0 : Math.round(10 * weighted / total) / 10.0;
        if (!spec.places().isEmpty()) {
            // A service for the population (legevakt): nothing in the datasets to move, so no option to solve.
            return new Layout(spec.name(), bases, mean, null);
        }
        return new Layout(spec.name(), bases, mean, new Scenario(spec.name(), "optimised: the best " + spec.bases()
                + " of " + spec.candidates().size() + " candidate bases by demand-weighted driving time",
                changes(spec, d, bases)));
    }

    /** New bases (unless the candidate is already a location), a team per base, its users and its share of staff. */
    static List<Change> changes(OptimiseSpec spec, HomecareDataset d, List<OpenBase> bases) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> teamOf = new HashMap<>();
        for (OpenBase base : bases) {
            Place site = spec.candidates().stream().filter(c -> c.id().equals(base.id())).findFirst().orElseThrow();
            if (d.locations().stream().noneMatch(l -> l.id().equals(site.id()))) {
                changes.add(new Change.AddBase(site.id(), site.name(), site.latitude(), site.longitude(), site.area()));
            }
            String team = spec.name() + ":" + site.id();
            teamOf.put(base.id(), team);
            changes.add(new Change.AddTeam(team, site.name() == null ? site.id() : site.name(), team, site.id()));
            changes.add(new Change.ReassignUsers(base.served(), null, team));
        }
        List<String> districtTeams = d.teams().stream().filter(t -> t.district() != null).map(TeamSpec::id).toList();
        List<CaregiverSpec> staff = d.caregivers().stream().filter(c -> districtTeams.contains(c.team()))
                .sorted(Comparator.comparing(CaregiverSpec::competence).reversed().thenComparing(CaregiverSpec::id))
                .toList();
        int total = bases.stream().mapToInt(OpenBase::demand).sum();
        double[] quota = bases.stream().mapToDouble(b -> total == 0 ? 1.0 / bases.size()
                : (double) b.demand() / total * staff.size()).toArray();
        int[] given = new int[bases.size()];
        Map<String, List<String>> members = new LinkedHashMap<>();
        bases.forEach(b -> members.put(teamOf.get(b.id()), new ArrayList<>()));
        // Deal staff (strongest competence first) to the base furthest below its quota: the mix stays even.
        for (CaregiverSpec caregiver : staff) {
            int pick = 0;
            for (int b = 1; b < bases.size(); b++) {
                if (quota[b] - given[b] > quota[pick] - given[pick]) {
                    pick = b;
                }
            }
            given[pick]++;
            members.get(teamOf.get(bases.get(pick).id())).add(caregiver.id());
        }
        members.forEach((team, ids) -> {
            if (!ids.isEmpty()) {
                changes.add(new Change.MoveStaff(ids, team, null));
            }
        });
        return changes;
    }
}

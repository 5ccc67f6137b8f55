package no.turnus.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.turnus.homecare.HomecareDataset;
import no.turnus.homecare.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.HomecareDataset.TeamSpec;
import no.turnus.homecare.HomecareDataset.VisitSpec;
import no.turnus.problem.Problems;
import no.turnus.problem.Solving;
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
 * caregivers shared out in proportion to each base's demand (keeping the competence mix).
 */
final class LayoutOptimiser {

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
        if (d == null) {
            p.add(path, "chooses home-care bases, but the baseline has no homecare dataset");
        } else {
            p.check(d.travelMatrix() == null, path,
                    "needs travel from coordinates, but the home-care baseline has an imported travel matrix");
            p.check(d.teams().stream().anyMatch(t -> t.district() != null), path, "the baseline has no district team");
        }
    }

    static Layout optimise(OptimiseSpec spec, HomecareDataset d, Duration limit, Long seed, String path) {
        TravelModel travel = new TravelModel(d, spec.candidates(), path);
        Map<String, Integer> demand = new LinkedHashMap<>();
        d.users().forEach(u -> demand.put(u.id(), 0));
        for (VisitSpec v : d.visits()) {
            demand.merge(v.user(), v.durationMinutes() * v.staff(), Integer::sum);
        }
        int total = demand.values().stream().mapToInt(Integer::intValue).sum();
        List<SitingDataset.Site> sites = spec.candidates().stream().map(c -> new SitingDataset.Site(c.id(),
                (double) (c.capacityMinutes() == null ? total : c.capacityMinutes()), 0.0)).toList();
        List<SitingDataset.Demand> points = new ArrayList<>();
        for (var user : d.users()) {
            int home = travel.location(user.location());
            int weight = Math.max(1, demand.get(user.id()));
            points.add(new SitingDataset.Demand(user.id(), (double) demand.get(user.id()), spec.candidates().stream()
                    .map(c -> (double) weight * travel.minutes(travel.place(c), home)).toList(), null));
        }
        SitingKind siting = new SitingKind();
        SiteSelectionPlan problem = siting.toSolution(new SitingDataset(SitingDataset.KIND, spec.name(), sites, points,
                spec.bases()), Map.of());
        SitingDataset chosen = siting.toDataset(Solving.solve(siting, problem, limit, seed, null).best());

        Map<String, List<String>> usersBySite = new LinkedHashMap<>();
        double weighted = 0;
        for (SitingDataset.Demand point : chosen.demandPoints()) {
            if (point.site() != null) {
                usersBySite.computeIfAbsent(point.site(), s -> new ArrayList<>()).add(point.id());
                int site = sites.indexOf(sites.stream().filter(s -> s.id().equals(point.site())).findFirst().orElseThrow());
                weighted += point.demand() * travel.minutes(travel.place(spec.candidates().get(site)),
                        travel.location(userLocation(d, point.id())));
            }
        }
        List<OpenBase> bases = new ArrayList<>();
        usersBySite.forEach((site, users) -> bases.add(new OpenBase(site, users,
                users.stream().mapToInt(demand::get).sum())));
        return new Layout(spec.name(), bases, total == 0 ? 0 : Math.round(10 * weighted / total) / 10.0,
                new Scenario(spec.name(), "optimised: the best " + spec.bases() + " of " + spec.candidates().size()
                        + " candidate bases by demand-weighted driving time", changes(spec, d, bases)));
    }

    private static String userLocation(HomecareDataset d, String user) {
        return d.users().stream().filter(u -> u.id().equals(user)).findFirst().orElseThrow().location();
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
            changes.add(new Change.ReassignUsers(base.users(), null, team));
        }
        List<String> districtTeams = d.teams().stream().filter(t -> t.district() != null).map(TeamSpec::id).toList();
        List<CaregiverSpec> staff = d.caregivers().stream().filter(c -> districtTeams.contains(c.team()))
                .sorted(Comparator.comparing(CaregiverSpec::competence).reversed().thenComparing(CaregiverSpec::id))
                .toList();
        int total = bases.stream().mapToInt(OpenBase::demandMinutes).sum();
        double[] quota = bases.stream().mapToDouble(b -> total == 0 ? 1.0 / bases.size()
                : (double) b.demandMinutes() / total * staff.size()).toArray();
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

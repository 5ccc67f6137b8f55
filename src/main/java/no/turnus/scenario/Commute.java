package no.turnus.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.report.RosterReport;
import no.turnus.scenario.Facilities.Site;
import no.turnus.scenario.Facilities.StaffHome;
import no.turnus.scenario.ScenarioSet.Baseline;
import no.turnus.scenario.ScenarioSet.Place;

/**
 * How far the roster's employees travel to work in an option: from home (or, when not given, from their
 * workplace in the baseline — the former workplace) to the site their home ward works at, on the scenario set's
 * travel model. Only the change against the baseline's workplace costs: commuting is the employee's own, the
 * part a relocation adds is what a reorganisation is asked to compensate or to keep small.
 */
final class Commute {

    private static final String SITE = "site ";
    private static final String HOME = "home ";

    /**
     * @param meanMinutes one-way commute per employee with a workplace
     * @param overLimit   employees whose commute is longer than in the baseline and now above the limit
     * @param kmAdded     commuting km added against the baseline's workplaces: both ways, per shift worked
     */
    record Figures(double meanMinutes, int overLimit, double kmAdded) {
    }

    private Commute() {
    }

    /** The commute of the option's employees, or null when the option has no roster or no facilities. */
    static Figures of(Baseline option, Baseline baseline, RosterReport report) {
        Facilities now = option.facilities();
        Facilities before = baseline.facilities();
        RosterDataset roster = option.roster();
        if (now == null || before == null || roster == null) {
            return null;
        }
        Map<String, Place> places = new LinkedHashMap<>();
        before.sites().forEach(s -> places.put(SITE + s.id(), site(s)));
        now.sites().forEach(s -> places.put(SITE + s.id(), site(s)));
        Map<String, String> homeOf = new HashMap<>();
        for (int i = 0; i < before.staffHomes().size(); i++) {
            StaffHome home = before.staffHomes().get(i);
            places.put(HOME + i, new Place(HOME + i, home.name(), home.latitude(), home.longitude(), home.area(), null,
                    null));
            for (String employee : home.staff()) {
                homeOf.put(employee, HOME + i);
            }
        }
        TravelModel travel = new TravelModel(travelOf(baseline.homecare()), places.values().stream().toList(),
                "$.baseline.facilities");
        Map<String, String> formerWard = new HashMap<>();
        if (baseline.roster() != null) {
            baseline.roster().employees().forEach(e -> formerWard.put(e.id(), e.homeWard()));
        }
        Map<String, Integer> shifts = new HashMap<>();
        if (report != null) {
            report.employees().forEach(e -> shifts.put(e.id(), e.shifts()));
        }
        int counted = 0;
        long minutes = 0;
        int overLimit = 0;
        double kmAdded = 0;
        for (EmployeeSpec e : roster.employees()) {
            Site workplace = now.siteOf(e.homeWard());
            Site former = before.siteOf(formerWard.get(e.id()));
            String home = homeOf.getOrDefault(e.id(), former == null ? null : SITE + former.id());
            if (workplace == null || home == null) {
                continue;
            }
            int from = travel.place(places.get(home));
            int to = travel.place(places.get(SITE + workplace.id()));
            int then = former == null ? to : travel.place(places.get(SITE + former.id()));
            int is = travel.minutes(from, to);
            int was = travel.minutes(from, then);
            counted++;
            minutes += is;
            overLimit += is > was && is > now.commuteLimit() ? 1 : 0;
            kmAdded += Math.max(0, travel.km(from, to) - travel.km(from, then)) * 2 * shifts.getOrDefault(e.id(), 0);
        }
        return new Figures(counted == 0 ? 0 : (double) minutes / counted, overLimit, kmAdded);
    }

    private static Place site(Site s) {
        return new Place(SITE + s.id(), s.name(), s.latitude(), s.longitude(), s.area(), null, null);
    }

    /** The home-care baseline's roads and ferries when it has coordinates; else coordinates alone. */
    private static HomecareDataset travelOf(HomecareDataset homecare) {
        return homecare == null || homecare.travelMatrix() != null ? null : homecare;
    }
}

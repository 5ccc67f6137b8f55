package no.turnus.scenario;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.turnus.geo.AreaType;
import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset;
import no.turnus.scenario.ScenarioSet.Place;

/**
 * The institutions of a scenario set: the buildings (sites) with their units and beds along the care staircase
 * (omsorgstrappa), which roster ward works in which unit, the need for beds where it is known, and where staff
 * live. It gives the scenarios a place on the map for the roster: commuting, bed capacity and the residents a
 * merged unit's staffing plan is computed from.
 *
 * @param need                beds needed per level (a capacity plan's figure), where known
 * @param staffHomes          where employees live; an employee not listed is taken to live at their baseline
 *                            workplace (the former workplace), so only the change of workplace counts
 * @param commuteLimitMinutes a one-way commute that grows to more than this counts against staff acceptance
 *                            (default 30, an assumption)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Facilities(List<Site> sites, Map<CareLevel, Integer> need, List<StaffHome> staffHomes,
                         Integer commuteLimitMinutes) {

    static final int DEFAULT_COMMUTE_LIMIT_MINUTES = 30;
    /** More beds than any Norwegian institution has: a typing error. */
    static final int MAX_BEDS = 10_000;

    public Facilities {
        sites = sites == null ? List.of() : sites;
        need = need == null ? Map.of() : need;
        staffHomes = staffHomes == null ? List.of() : staffHomes;
    }

    /** Levels of the care staircase that have beds (the top of omsorgstrappa: institution). */
    public enum CareLevel {
        /** Kommunal akutt døgnenhet (øyeblikkelig hjelp døgnopphold), hol §3-5: at most 72 h, instead of hospital. */
        KAD,
        /** Korttidsopphold: a time-limited stay (assessment, relief, after hospital). */
        SHORT_TERM,
        /** Rehabiliteringsopphold: a time-limited stay to regain function. */
        REHABILITATION,
        /** Langtidsopphold: a permanent place. */
        LONG_TERM
    }

    /** A building: a nursing home, a health centre, a rehabilitation unit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Site(String id, String name, Double latitude, Double longitude, AreaType area, List<Unit> units) {
        public Site {
            units = units == null ? List.of() : units;
        }

        Site withUnits(List<Unit> newUnits) {
            return new Site(id, name, latitude, longitude, area, newUnits);
        }

        Place place() {
            return new Place(id, name, latitude, longitude, area, null, null);
        }
    }

    /**
     * Beds of one level in a site; {@code ward} is the roster ward whose staff work there (several units may
     * share one ward, all in one site).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String id, String name, CareLevel level, Integer beds, String ward) {
        Unit with(Integer newBeds, CareLevel newLevel, String newWard) {
            return new Unit(id, name, newLevel, newBeds, newWard);
        }
    }

    /** Where some employees live (bosted). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffHome(List<String> staff, String name, Double latitude, Double longitude, AreaType area) {
        public StaffHome {
            staff = staff == null ? List.of() : staff;
        }
    }

    int commuteLimit() {
        return commuteLimitMinutes == null ? DEFAULT_COMMUTE_LIMIT_MINUTES : commuteLimitMinutes;
    }

    Facilities withSites(List<Site> newSites) {
        return new Facilities(newSites, need, staffHomes, commuteLimitMinutes);
    }

    /** The site whose units the ward works in, or null. */
    Site siteOf(String ward) {
        for (Site site : sites) {
            if (site.units().stream().anyMatch(u -> ward != null && ward.equals(u.ward()))) {
                return site;
            }
        }
        return null;
    }

    /** Beds of the units the wards work in. */
    int beds(java.util.Collection<String> wards) {
        return sites.stream().flatMap(s -> s.units().stream()).filter(u -> u.ward() != null && wards.contains(u.ward()))
                .mapToInt(u -> u.beds() == null ? 0 : u.beds()).sum();
    }

    /** Beds per level, every level present (0 when none). */
    Map<CareLevel, Integer> bedsByLevel() {
        Map<CareLevel, Integer> beds = new EnumMap<>(CareLevel.class);
        for (CareLevel level : CareLevel.values()) {
            beds.put(level, 0);
        }
        sites.forEach(s -> s.units().forEach(u -> beds.merge(u.level(), u.beds(), Integer::sum)));
        return beds;
    }

    /** The unit and the site it is in, or null. */
    Site siteOfUnit(String unit) {
        return sites.stream().filter(s -> s.units().stream().anyMatch(u -> u.id().equals(unit))).findFirst().orElse(null);
    }

    /** Records every problem of the facilities, with the roster they refer to (may be null), under {@code path}. */
    static void check(Facilities f, RosterDataset roster, String path, Problems p) {
        List<Place> places = f.sites().stream().map(Site::place).toList();
        Coverage.places(places, path + ".sites", p);
        Set<String> units = new HashSet<>();
        Map<String, String> siteOfWard = new HashMap<>();
        Set<String> wards = new HashSet<>();
        if (roster != null) {
            roster.wards().forEach(w -> wards.add(w.id()));
        }
        for (int i = 0; i < f.sites().size(); i++) {
            Site site = f.sites().get(i);
            for (int j = 0; j < site.units().size(); j++) {
                Unit unit = site.units().get(j);
                String at = Problems.at(Problems.at(path, "sites", i), "units", j);
                if (p.require(at + ".id", unit.id())) {
                    p.check(units.add(unit.id()), at + ".id", "duplicate unit id '" + unit.id() + "'");
                }
                p.require(at + ".level", unit.level());
                if (p.require(at + ".beds", unit.beds())) {
                    p.range(at + ".beds", unit.beds(), 0, MAX_BEDS);
                }
                if (unit.ward() != null) {
                    if (roster == null) {
                        p.add(at + ".ward", "names a roster ward, but the baseline has no roster");
                    } else if (p.known(at + ".ward", unit.ward(), wards, "ward")) {
                        String other = siteOfWard.putIfAbsent(unit.ward(), site.id());
                        p.check(other == null || other.equals(site.id()), at + ".ward",
                                "ward '" + unit.ward() + "' already works at site '" + other + "': a ward is in one site");
                    }
                }
            }
        }
        f.need().forEach((level, beds) -> {
            if (p.require(path + ".need." + level, beds)) {
                p.range(path + ".need." + level, beds, 0, MAX_BEDS);
            }
        });
        Set<String> employees = new HashSet<>();
        if (roster != null) {
            roster.employees().forEach(e -> employees.add(e.id()));
        }
        Set<String> housed = new HashSet<>();
        for (int i = 0; i < f.staffHomes().size(); i++) {
            StaffHome home = f.staffHomes().get(i);
            String at = Problems.at(path, "staffHomes", i);
            coordinates(at, home.latitude(), home.longitude(), p);
            p.check(!home.staff().isEmpty(), at + ".staff", "must list the employees who live here");
            for (int j = 0; j < home.staff().size(); j++) {
                String id = home.staff().get(j);
                String staffAt = Problems.at(at, "staff", j);
                if (p.require(staffAt, id) && p.known(staffAt, id, employees, "employee")) {
                    p.check(housed.add(id), staffAt, "employee '" + id + "' already has a home");
                }
            }
        }
        if (f.commuteLimitMinutes() != null) {
            p.range(path + ".commuteLimitMinutes", f.commuteLimitMinutes(), 1, 24 * 60);
        }
    }

    private static void coordinates(String at, Double latitude, Double longitude, Problems p) {
        if (p.require(at + ".latitude", latitude)) {
            p.check(Math.abs(latitude) <= 90, at + ".latitude", "must be in -90..90");
        }
        if (p.require(at + ".longitude", longitude)) {
            p.check(Math.abs(longitude) <= 180, at + ".longitude", "must be in -180..180");
        }
    }
}

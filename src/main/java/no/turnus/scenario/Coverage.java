package no.turnus.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.problem.Problems;
import no.turnus.scenario.Comparison.CoverageResult;
import no.turnus.scenario.Comparison.Served;
import no.turnus.scenario.ScenarioSet.CoverageSpec;
import no.turnus.scenario.ScenarioSet.Place;

/**
 * Who can be reached within N minutes from the nearest service location (legevakt, base), by the home-care
 * travel model: the share of the population covered and the worst-served places.
 */
final class Coverage {

    /** How many of the worst-served places a result lists. */
    static final int WORST = 5;

    private Coverage() {
    }

    /** A service or a place, by its index in a travel model; {@code population} null when not known. */
    record Point(String id, int location, Long population) {
    }

    /**
     * Weighted by population: the share is of the inhabitants of the places with a population, rounded down so
     * that it reads 100 % only when every one of them is within the limit. Places without a population are left
     * out of the share (counted in {@code withoutPopulation}); when no place has one, each place counts as one.
     * Every place outside the limit is listed, with or without a population.
     */
    static CoverageResult of(String name, int minutes, List<Point> services, List<Point> places, TravelModel travel) {
        boolean weighted = places.stream().anyMatch(pl -> pl.population() != null);
        List<Served> served = new ArrayList<>();
        long population = 0;
        long covered = 0;
        int withoutPopulation = 0;
        for (Point place : places) {
            Point nearest = null;
            int best = Integer.MAX_VALUE;
            for (Point service : services) {
                int m = travel.minutes(service.location(), place.location());
                if (m < best) {
                    best = m;
                    nearest = service;
                }
            }
            long weight = !weighted ? 1 : place.population() == null ? 0 : place.population();
            withoutPopulation += weighted && place.population() == null ? 1 : 0;
            population += weight;
            covered += best <= minutes ? weight : 0;
            served.add(new Served(place.id(), place.population(), nearest == null ? null : nearest.id(), best));
        }
        served.sort(Comparator.comparingInt(Served::minutes).reversed().thenComparing(Served::place));
        List<Served> outside = served.stream().filter(s -> s.minutes() > minutes).toList();
        return new CoverageResult(name, minutes, population,
                population == 0 ? (outside.isEmpty() ? 100 : 0) : Math.floor(1000.0 * covered / population) / 10.0,
                List.copyOf(served.subList(0, Math.min(WORST, served.size()))), outside, withoutPopulation,
                outside.isEmpty());
    }

    /** Users within {@code minutes} of the nearest team base of a home-care dataset. */
    static CoverageResult ofBases(HomecareDataset d, int minutes) {
        TravelModel travel = new TravelModel(d, List.of(), "$.baseline.homecare.travelMatrix");
        List<Point> bases = d.teams().stream().map(t -> t.base()).distinct()
                .map(b -> new Point(b, travel.location(b), null)).toList();
        return of("users near a base", minutes, bases, users(d, travel), travel);
    }

    /** Records what is wrong with a coverage question of the scenario set. */
    static void check(CoverageSpec spec, HomecareDataset d, String path, Problems p) {
        p.require(path + ".name", spec.name());
        if (p.require(path + ".minutes", spec.minutes())) {
            p.check(spec.minutes() > 0, path + ".minutes", "must be above 0");
        }
        p.check(!spec.services().isEmpty(), path + ".services", "must list at least one service location");
        places(spec.services(), path + ".services", p);
        places(spec.places(), path + ".places", p);
        if (d == null) {
            p.check(!spec.places().isEmpty(), path + ".places",
                    "must list the places: without a home-care baseline there are no users to count");
        } else if (d.travelMatrix() != null) {
            p.add(path, "needs travel from coordinates, but the home-care baseline has an imported travel matrix");
        }
    }

    /**
     * A (checked) coverage question of the scenario set, on the baseline's travel model (without a home-care
     * baseline: from coordinates with the default roads, no ferries).
     */
    static CoverageResult of(CoverageSpec spec, HomecareDataset d, String path) {
        List<Place> all = new ArrayList<>(spec.services());
        all.addAll(spec.places());
        TravelModel travel = new TravelModel(d, all, path);
        List<Point> services = spec.services().stream().map(s -> new Point(s.id(), travel.place(s), null)).toList();
        List<Point> places = spec.places().isEmpty() ? users(d, travel) : spec.places().stream()
                .map(pl -> new Point(pl.id(), travel.place(pl), pl.population() == null ? null : (long) pl.population()))
                .toList();
        return of(spec.name(), spec.minutes(), services, places, travel);
    }

    private static List<Point> users(HomecareDataset d, TravelModel travel) {
        List<Point> users = new ArrayList<>();
        for (UserSpec u : d.users()) {
            users.add(new Point(u.id(), travel.location(u.location()), 1L));
        }
        return users;
    }

    /** Checks places given with coordinates (ids unique within the list). */
    static void places(List<Place> places, String path, Problems p) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            String at = path + "[" + i + "]";
            if (p.require(at + ".id", place.id())) {
                p.check(seen.putIfAbsent(place.id(), i) == null, at + ".id", "duplicate id '" + place.id() + "'");
            }
            if (p.require(at + ".latitude", place.latitude())) {
                p.check(Math.abs(place.latitude()) <= 90, at + ".latitude", "must be in -90..90");
            }
            if (p.require(at + ".longitude", place.longitude())) {
                p.check(Math.abs(place.longitude()) <= 180, at + ".longitude", "must be in -180..180");
            }
            p.notNegative(at + ".population", place.population());
            p.notNegative(at + ".capacityMinutes", place.capacityMinutes());
        }
    }
}

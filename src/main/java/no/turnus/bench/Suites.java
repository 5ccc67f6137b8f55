package no.turnus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;

import no.turnus.problem.DatasetReader;
import no.turnus.problem.InvalidInputException;

/**
 * The benchmark suites, as data ({@code benchmarks/suites.json}): per suite a description, a default time limit
 * and its instances, or other suites it includes.
 */
public final class Suites {

    /**
     * One suite.
     *
     * @param seconds  the default time limit of its instances
     * @param includes other suites run as part of this one (e.g. {@code full})
     */
    public record Suite(String description, Integer seconds, List<Entry> instances, List<String> includes) {
        public Suite {
            instances = instances == null ? List.of() : instances;
            includes = includes == null ? List.of() : includes;
        }
    }

    /**
     * One instance of a suite and its regression thresholds.
     *
     * @param file           relative to the repository, or to the benchmark data root when it starts with
     *                       {@value #DATA_PREFIX}
     * @param seconds        the time limit, overriding the suite's
     * @param maxGapPercent  the largest acceptable gap to the best-known value, or null for no gap check
     * @param mustBeFeasible whether breaking a hard rule (the engine's or the benchmark's) is a regression
     */
    /**
     * One instance of a suite.
     *
     * @param maxUnplanned at most this much required work left undone (empty required places, unplanned mandatory
     *                     visits); absent: not gated
     */
    public record Entry(String file, Integer seconds, Double maxGapPercent, Boolean mustBeFeasible,
                        Integer maxUnplanned) {

        /** The file name without folder and ending, e.g. {@code cap71}: what {@code --instances} selects. */
        public String name() {
            String base = file.substring(file.lastIndexOf('/') + 1);
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        }

        public boolean feasibilityRequired() {
            return mustBeFeasible != null && mustBeFeasible;
        }
    }

    public static final String DATA_PREFIX = "$data/";

    private final Map<String, Suite> byName;

    public Suites(Map<String, Suite> byName) {
        this.byName = new LinkedHashMap<>(byName);
    }

    public static Suites read(Path file) {
        try {
            return new Suites(DatasetReader.standardMapper().readValue(file.toFile(), new TypeReference<Map<String, Suite>>() {
            }));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the suites: " + e.getMessage());
        }
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public boolean contains(String suite) {
        return byName.containsKey(suite);
    }

    /** An entry to run, with its time limit: its own, else its suite's. */
    public record Planned(Entry entry, int seconds) {
    }

    /** The instances of a suite with those of the suites it includes, each instance once. */
    public List<Planned> plan(String suite) {
        List<Planned> planned = new ArrayList<>();
        collect(suite, new LinkedHashSet<>(), planned);
        return planned;
    }

    private void collect(String name, Set<String> visited, List<Planned> into) {
        Suite suite = byName.get(name);
        if (suite == null) {
            throw new InvalidInputException("$." + name, "unknown suite (known: " + byName.keySet() + ")");
        }
        if (!visited.add(name)) {
            return;
        }
        for (Entry entry : suite.instances()) {
            boolean seen = into.stream().anyMatch(p -> p.entry().file().equals(entry.file()));
            if (!seen) {
                int seconds = entry.seconds() != null ? entry.seconds() : suite.seconds() != null ? suite.seconds() : 60;
                into.add(new Planned(entry, seconds));
            }
        }
        suite.includes().forEach(included -> collect(included, visited, into));
    }
}

package no.turnus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;

import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.homecare.input.HomecareValidator;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;

/**
 * The benchmark suites, as data ({@code benchmarks/suites.json}): per suite a description, a default time limit
 * and its instances (files, or generated days), or other suites it includes.
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
     * One instance of a suite and its regression thresholds: a file, or a generated day.
     *
     * @param file           relative to the repository, or to the benchmark data root when it starts with
     *                       {@value #DATA_PREFIX}
     * @param generate       a generated Narvik day in place of a file
     * @param seconds        the time limit, overriding the suite's
     * @param maxGapPercent  the largest acceptable gap to the best-known value, or null for no gap check
     * @param mustBeFeasible whether breaking a hard rule (the engine's or the benchmark's) is a regression
     * @param maxUnplanned   at most this much required work left undone (empty required places, unplanned
     *                       mandatory visits); absent: not gated
     */
    public record Entry(String file, Generated generate, Integer seconds, Double maxGapPercent,
                        Boolean mustBeFeasible, Integer maxUnplanned) {

        /**
         * The file name without folder and ending, e.g. {@code cap71}, or the generated day's name: what
         * {@code --instances} selects.
         */
        public String name() {
            if (generate != null) {
                return generate.name();
            }
            String base = file.substring(file.lastIndexOf('/') + 1);
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        }

        public boolean feasibilityRequired() {
            return mustBeFeasible != null && mustBeFeasible;
        }

        /** The same instance: the same file, or the same generated day. */
        boolean sameInstance(Entry other) {
            return Objects.equals(file, other.file) && Objects.equals(generate, other.generate);
        }
    }

    /**
     * A home-care day of the new Narvik made by {@link HomecareGenerator#generate} for the suite: the same day for
     * the same users and seed, so a municipal-scale instance (1 720 users: about 5 000 visit parts, a 1.9 MB file)
     * runs in CI without being committed.
     *
     * @param users how many users ({@code 1}–{@value HomecareValidator#MAX_USERS})
     * @param seed  the generator's seed
     */
    public record Generated(Integer users, Long seed) {

        /** E.g. {@code narvik-1720-seed1}. */
        public String name() {
            return "narvik-" + users + "-seed" + seed;
        }

        public HomecareDataset dataset() {
            return HomecareGenerator.generate("Narvik, " + users + " users, seed " + seed, users, 1, seed,
                    HomecareGenerator.FIRST_DATE);
        }
    }

    public static final String DATA_PREFIX = "$data/";

    private final Map<String, Suite> byName;

    public Suites(Map<String, Suite> byName) {
        this.byName = new LinkedHashMap<>(byName);
    }

    /** Reads and checks a suites file; every entry needs a file or a generated day ({@link #problems}). */
    public static Suites read(Path file) {
        Map<String, Suite> suites;
        try {
            suites = DatasetReader.standardMapper().readValue(file.toFile(), new TypeReference<Map<String, Suite>>() {
            });
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the suites: " + e.getMessage());
        }
        List<InputProblem> problems = problems(suites);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Suites(suites);
    }

    /** What is wrong with the suites' entries, with their JSON paths ({@code $.ci.instances[3]}). */
    static List<InputProblem> problems(Map<String, Suite> suites) {
        List<InputProblem> problems = new ArrayList<>();
        suites.forEach((name, suite) -> {
            for (int i = 0; i < suite.instances().size(); i++) {
                Entry entry = suite.instances().get(i);
                String path = "$." + name + ".instances[" + i + "]";
                if ((entry.file() == null) == (entry.generate() == null)) {
                    problems.add(new InputProblem(path, "needs either \"file\" or \"generate\" (a generated day: "
                            + "{\"users\": 1720, \"seed\": 1}), not " + (entry.file() == null ? "neither" : "both")));
                } else if (entry.generate() != null) {
                    Generated generate = entry.generate();
                    if (generate.users() == null || generate.users() < 1
                            || generate.users() > HomecareValidator.MAX_USERS) {
                        problems.add(new InputProblem(path + ".generate.users", "must be from 1 to "
                                + HomecareValidator.MAX_USERS + ", not " + generate.users()));
                    }
                    if (generate.seed() == null) {
                        problems.add(new InputProblem(path + ".generate.seed",
                                "is required (the same seed makes the same day)"));
                    }
                }
            }
        });
        return problems;
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
            boolean seen = into.stream().anyMatch(p -> p.entry().sameInstance(entry));
            if (!seen) {
                int seconds = entry.seconds() != null ? entry.seconds() : suite.seconds() != null ? suite.seconds() : 60;
                into.add(new Planned(entry, seconds));
            }
        }
        suite.includes().forEach(included -> collect(included, visited, into));
    }
}

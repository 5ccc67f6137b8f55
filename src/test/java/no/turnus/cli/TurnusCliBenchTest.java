package no.turnus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.turnus.CommandLine;
import no.turnus.BenchInstances;

/**
 * {@code turnus solve} on a published instance and {@code turnus bench} on a small suite in a scratch clone
 * (benchmarks/ and data-samples/ in a temporary folder), with real solving for 1-2 s per instance. The command line
 * knows only time limits, so these tests check the wiring and that every view of one plan agrees, not the quality
 * reached in that time: that is what {@code bench ci} gates, and the seeded step-limited solves of CapFormatTest
 * and SitingSolveTest assert that a cap71 plan is feasible.
 */
class TurnusCliBenchTest {

    private static final String DATA = BenchInstances.DIR.toString();
    private static final Path CAP71 = Path.of(DATA, "facility", "cap71.txt");

    @TempDir
    Path clone;

    private final CommandLine cli = new CommandLine();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void scratchClone() throws IOException {
        Files.createDirectories(clone.resolve("benchmarks"));
        Files.createDirectories(clone.resolve("data-samples"));
        Files.copy(Path.of("benchmarks/best-known.csv"), clone.resolve("benchmarks/best-known.csv"));
        Files.copy(Path.of("data-samples/roster-small.json"), clone.resolve("data-samples/roster-small.json"));
    }

    private Path suites(String json) throws IOException {
        return Files.writeString(clone.resolve("benchmarks/suites.json"), json);
    }

    @Test
    void solveRecognisesAnOrLibraryInstanceAndReportsItsObjective() throws IOException {
        Path result = clone.resolve("cap71.json");
        assertThat(cli.run("solve", CAP71.toString(), "--time", "2s", "--out", result.toString())).as(cli.errors()).isZero();
        assertThat(cli.printed()).contains("Solving siting 'cap71' (ORLIB_CAP)").contains("Benchmark objective of cap71:");

        JsonNode written = json.readTree(result.toFile());
        assertThat(written.get("kind").asText()).isEqualTo("siting");
        JsonNode benchmark = written.get("benchmark");
        // The benchmark and the engine judge the plan alike (after 2 s the first fit has long served every
        // customer, unless the machine is starved: a time limit guarantees nothing).
        String score = written.get("score").asText();
        boolean engineFeasible = score.matches("0hard/0medium/-?\\d+soft");
        assertThat(benchmark.get("feasible").asBoolean()).as(score).isEqualTo(engineFeasible);
        // The engine's soft score is minus the cost in ten-thousandths: both must state the same objective.
        long soft = Long.parseLong(score.replaceAll(".*/(-?\\d+)soft", "$1"));
        assertThat(benchmark.get("objective").asDouble()).isEqualTo(-soft / 10_000.0);
        if (engineFeasible) {
            assertThat(benchmark.get("objective").asDouble()).isGreaterThanOrEqualTo(932615.75);
        }

        assertThat(cli.run("validate", result.toString())).isZero();
        assertThat(cli.printed()).contains("siting dataset 'cap71' is valid").contains(written.get("score").asText());
    }

    /** Their vehicles work the whole horizon: the result must be read with the instance's bounds, not 24 h shifts. */
    @ParameterizedTest
    @ValueSource(strings = {"solomon/C101.txt", "mankowska2014/InstanzCPLEX_HCSRP_10_1.txt"})
    void validateScoresTheResultOfAHomeCareInstance(String instance) throws IOException {
        Path result = clone.resolve("result.json");
        assertThat(cli.run("solve", Path.of(DATA, instance).toString(), "--time", "1s", "--seed", "1", "--out",
                result.toString())).as(cli.errors()).isIn(0, 1);
        JsonNode written = json.readTree(result.toFile());
        assertThat(written.get("benchmark").isObject()).isTrue();

        assertThat(cli.run("validate", result.toString())).as(cli.errors())
                .isEqualTo(written.get("feasible").asBoolean() ? 0 : 1);
        assertThat(cli.printed()).contains("homecare dataset '").contains("is valid")
                .contains(written.get("score").asText());
        // The same dataset on its own is a municipality's plan, and a day-long "shift" is refused there.
        Path plain = clone.resolve("plain.json");
        json.writeValue(plain.toFile(), written.get("dataset"));
        assertThat(cli.run("validate", plain.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("shifts");
    }

    @Test
    void solveRefusesAnEndingTheFormatCannotWrite() {
        assertThat(cli.run("solve", CAP71.toString(), "--out", clone.resolve("cap71.xml").toString())).isEqualTo(2);
        assertThat(cli.errors()).contains(".json").contains("not .xml");
        assertThat(cli.printed()).doesNotContain("Solving");
    }

    @Test
    void solveReportsAFormatWithoutAdapter() {
        Path solution = Path.of(DATA, "inrc2010/conformance/test_02_skill_constraint_solution_01.xml");
        assertThat(cli.run("solve", solution.toString(), "--time", "1s")).isEqualTo(2);
        assertThat(cli.errors()).contains("INRC_2010_SOLUTION instances are not supported yet");
    }

    @Test
    void validateScoresAnotherSolversSolutionByTheCompetitionsObjective() {
        // The competition's own expected cost for this solution is 11 (conformance/test_solutions_cost.txt).
        String conformance = DATA + "/inrc2010/conformance/";
        assertThat(cli.run("validate", conformance + "test_02_skill_constraint.xml", "--solution",
                conformance + "test_02_skill_constraint_solution_02.xml")).as(cli.errors()).isZero();
        assertThat(cli.printed()).contains("Benchmark objective of").contains(": 11 (").contains("feasible by the"
                + " benchmark's rules").contains("Score of its plan: 0hard/0medium/-11soft");

        assertThat(cli.run("validate", CAP71.toString(), "--solution", CAP71.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("has no solution file format to read");
    }

    @Test
    void validateReadsSolomonRouteLinesAndNamesTheLineOfABadOne() throws IOException {
        Path c101 = Path.of(DATA, "solomon/C101.txt");
        Path partial = Files.writeString(clone.resolve("partial.txt"), "Solution of C101\nRoute 1 : 20 24\nRoute 2 : 5\n");
        // Two routes serve three of 100 customers: scored, and not feasible by Solomon's rules.
        assertThat(cli.run("validate", c101.toString(), "--solution", partial.toString())).as(cli.errors()).isEqualTo(1);
        assertThat(cli.printed()).contains("Benchmark objective of C101:").contains("2 vehicles")
                .contains("NOT feasible by the benchmark's rules");

        Path twice = Files.writeString(clone.resolve("twice.txt"), "Route 1 : 1 2\nRoute 2 : 101\n");
        assertThat(cli.run("validate", c101.toString(), "--solution", twice.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("twice.txt:2").contains("customer 101 is not between 1 and 100");
    }

    @Test
    void benchRunsASuiteWritesTheTablesAndReportsUnsupportedFormats() throws IOException {
        // No thresholds: what 1-2 s reach depends on the machine's load (the regression paths have their own tests).
        Path suites = suites("""
                {"t": {"description": "test", "seconds": 1, "instances": [
                  {"file": "$data/facility/cap71.txt", "seconds": 2},
                  {"file": "data-samples/roster-small.json"},
                  {"file": "$data/inrc2010/conformance/test_02_skill_constraint_solution_01.xml"}]}}
                """);
        assertThat(cli.run("bench", "t", "--suites", suites.toString(), "--data", DATA)).as(cli.errors()).isZero();
        assertThat(cli.printed())
                .containsPattern("\\| cap71 \\| siting \\| 2 \\| \\d+(\\.\\d+)? \\| 932615.75 \\| -?\\d+\\.\\d\\d \\| (yes|NO) \\|")
                .contains("| roster-small | roster | 1 |")
                .containsPattern("\\| roster-small \\| roster \\| 1 \\|[^\\n]*\\| (yes|NO) \\| \\d+ \\|")
                .contains("not supported yet")
                .contains("2 cores available".replace("2", String.valueOf(Runtime.getRuntime().availableProcessors())));
        List<Path> written;
        try (Stream<Path> files = Files.list(clone.resolve("benchmarks/local"))) {
            written = files.sorted().toList();
        }
        assertThat(written).extracting(p -> p.getFileName().toString()).hasSize(2)
                .allMatch(name -> name.startsWith("t-")).anyMatch(name -> name.endsWith(".csv"));
        List<String> csv = Files.readAllLines(written.get(0));
        assertThat(csv.get(0)).startsWith("instance,kind,limit s,our value,best known,gap %,feasible,unplanned,first feasible s");
        assertThat(csv).hasSize(4);
    }

    @Test
    void benchFailsWhenAHardRuleIsBroken() throws IOException {
        // Pin a rest breach into the small roster: an evening shift ending 22:00, then a day shift at 07:30.
        ObjectNode dataset = (ObjectNode) json.readTree(clone.resolve("data-samples/roster-small.json").toFile());
        ObjectNode employee = (ObjectNode) dataset.get("employees").get(1);
        String ward = employee.get("homeWard").asText();
        String start = dataset.get("startDate").asText();
        var fixed = employee.putArray("fixed");
        fixed.addObject().put("date", start).put("shift", "A").put("ward", ward);
        fixed.addObject().put("date", java.time.LocalDate.parse(start).plusDays(1).toString()).put("shift", "D").put("ward", ward);
        Files.writeString(clone.resolve("data-samples/broken.json"), json.writeValueAsString(dataset));
        Path suites = suites("""
                {"t": {"description": "test", "seconds": 1, "instances": [
                  {"file": "data-samples/broken.json", "mustBeFeasible": true}]}}
                """);

        assertThat(cli.run("bench", "t", "--suites", suites.toString(), "--data", DATA)).isEqualTo(1);
        assertThat(cli.printed()).contains("| broken | roster |").contains("| NO |").contains("REGRESSION: hard rule broken");
        assertThat(cli.errors()).contains("1 of 1 instances regressed");
    }

    @Test
    void benchFailsWhenTheGapIsOverItsThreshold() throws IOException {
        // No plan of cap71 costs less than the optimum, so a negative threshold must fail.
        Path suites = suites("""
                {"t": {"description": "test", "seconds": 1, "instances": [
                  {"file": "$data/facility/cap71.txt", "maxGapPercent": -0.01}]}}
                """);
        assertThat(cli.run("bench", "t", "--suites", suites.toString(), "--data", DATA)).isEqualTo(1);
        assertThat(cli.printed()).containsPattern("REGRESSION: gap \\d+\\.\\d\\d % over threshold -0.01 %");
    }

    @Test
    void unknownSuiteOrInstanceIsAUsageError() throws IOException {
        Path suites = suites("""
                {"t": {"description": "test", "seconds": 1, "instances": [{"file": "$data/facility/cap71.txt"}]}}
                """);
        assertThat(cli.run("bench", "nope", "--suites", suites.toString())).isEqualTo(2);
        assertThat(cli.errors()).contains("unknown suite 'nope' (known: [t])");
        assertThat(cli.run("bench", "t", "--suites", suites.toString(), "--instances", "cap72")).isEqualTo(2);
        assertThat(cli.errors()).contains("--instances: not in the suite: [cap72] (it has [cap71])");
    }

    @Test
    void missingInstanceFileIsARegression() throws IOException {
        Path suites = suites("""
                {"t": {"description": "test", "seconds": 1, "instances": [{"file": "$data/facility/cap999.txt"}]}}
                """);
        assertThat(cli.run("bench", "t", "--suites", suites.toString(), "--data", DATA)).isEqualTo(1);
        assertThat(cli.printed()).contains("REGRESSION: no such file");
    }

    @Test
    void tuneRunsTheBenchmarkerAndSummarisesEachConfiguration() throws IOException {
        Path reports = clone.resolve("benchmarks/reports");
        assertThat(cli.run("tune", clone.resolve("data-samples/roster-small.json").toString(), "--time", "1s",
                "--out", reports.toString())).as(cli.errors()).isZero();
        assertThat(cli.printed()).contains("Benchmarking 7 configurations of roster")
                .containsPattern("Own configuration +\\S*hard/")
                .containsPattern("Late Acceptance 400 with pillar swaps +\\S*hard/")
                .containsPattern("Simulated Annealing \\(0hard 0medium 10soft\\) +\\S*hard/")
                .contains("Report: ");
        try (Stream<Path> runs = Files.list(reports)) {
            assertThat(runs.filter(run -> Files.isRegularFile(run.resolve("index.html"))).count()).isEqualTo(1);
        }
    }
}

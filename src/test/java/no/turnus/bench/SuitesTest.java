package no.turnus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.turnus.homecare.input.HomecareGenerator;
import no.turnus.homecare.input.HomecareValidator;
import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.BenchInstances;

/**
 * The shipped suites and best-known values hang together: every file exists, every published one has a value;
 * a suite entry is a file or a generated day, and a bad one is named with its path.
 */
class SuitesTest {

    private static final Path DATA = BenchInstances.DIR;
    private final Suites suites = Suites.read(Path.of("benchmarks/suites.json"));
    private final BestKnown bestKnown = BestKnown.read(Path.of("benchmarks/best-known.csv"));
    private final BenchRunner runner = new BenchRunner(StandardKinds.all(), InstanceFormats.standard(), bestKnown,
            Path.of("."), DATA, new PrintStream(OutputStream.nullOutputStream()));

    @Test
    void everySuiteTheBriefNamesExists() {
        assertThat(suites.names()).contains("ci", "inrc", "solomon", "mankowska", "facility", "samples", "full");
    }

    @Test
    void everyInstanceFileExistsAndEveryPublishedOneHasABestKnownValue() {
        for (String suite : suites.names()) {
            for (Suites.Planned planned : suites.plan(suite)) {
                Suites.Entry entry = planned.entry();
                if (entry.generate() != null) {
                    continue;
                }
                assertThat(runner.resolve(entry)).as(suite + ": " + entry.file()).isRegularFile();
                if (entry.file().startsWith(Suites.DATA_PREFIX)) {
                    assertThat(bestKnown.of(entry.name())).as(entry.name()).isPresent();
                }
            }
        }
    }

    @Test
    void fullRunsEveryInstanceOfTheOtherSuitesOnceWithTheirOwnLimits() {
        List<Suites.Planned> full = suites.plan("full");
        assertThat(full).extracting(p -> p.entry().file()).doesNotHaveDuplicates();
        for (String suite : List.of("samples", "facility", "inrc", "solomon", "mankowska")) {
            assertThat(full).containsAll(suites.plan(suite));
        }
        assertThat(full).filteredOn(p -> p.entry().name().equals("long01")).singleElement()
                .extracting(Suites.Planned::seconds).isEqualTo(300);
    }

    @Test
    void bestKnownValuesAreTheReadmeTables() {
        assertThat(bestKnown.of("sprint01").orElseThrow().value()).isEqualTo(56);
        assertThat(bestKnown.of("long02").orElseThrow().note()).isEqualTo("proven optimal");
        assertThat(bestKnown.of("C101").orElseThrow().value()).isEqualTo(828.94);
        assertThat(bestKnown.of("InstanzVNS_HCSRP_200_1").orElseThrow().value()).isEqualTo(1236.95);
        assertThat(bestKnown.of("cap131").orElseThrow().value()).isEqualTo(793439.562);
    }

    /** Issue #12's target as a gate: a generated Narvik day of about 5 000 visit parts, every mandatory one planned. */
    @Test
    void ciGatesAGeneratedMunicipalDay() {
        assertThat(suites.plan("ci")).filteredOn(p -> p.entry().generate() != null).singleElement().satisfies(p -> {
            assertThat(p.entry().name()).isEqualTo("narvik-1720-seed1");
            assertThat(p.seconds()).isEqualTo(30);
            assertThat(p.entry().feasibilityRequired()).isTrue();
            assertThat(p.entry().maxUnplanned()).isZero();
        });
    }

    @Test
    void aGeneratedDayIsReadAndPlannedOnceLikeAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("suites.json");
        Files.writeString(file, """
                {"a": {"instances": [{"generate": {"users": 300, "seed": 2}, "seconds": 5, "maxUnplanned": 0}]},
                 "b": {"includes": ["a"], "instances": [{"generate": {"users": 300, "seed": 2}},
                                                       {"generate": {"users": 300, "seed": 3}}]}}
                """);
        List<Suites.Planned> planned = Suites.read(file).plan("b");
        assertThat(planned).extracting(p -> p.entry().name())
                .containsExactly("narvik-300-seed2", "narvik-300-seed3");
        assertThat(planned.get(0).seconds()).isEqualTo(60);
    }

    @Test
    void aBadEntryIsNamedWithItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("suites.json");
        Files.writeString(file, """
                {"ci": {"instances": [
                  {"file": "data-samples/homecare-small.json", "generate": {"users": 10, "seed": 1}},
                  {"seconds": 10},
                  {"generate": {"users": 0, "seed": 1}},
                  {"generate": {"users": 1720}}]}}
                """);
        assertThatThrownBy(() -> Suites.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                        "$.ci.instances[0]: needs either \"file\" or \"generate\" (a generated day: "
                                + "{\"users\": 1720, \"seed\": 1}), not both",
                        "$.ci.instances[1]: needs either \"file\" or \"generate\" (a generated day: "
                                + "{\"users\": 1720, \"seed\": 1}), not neither",
                        "$.ci.instances[2].generate.users: must be from 1 to " + HomecareValidator.MAX_USERS
                                + ", not 0",
                        "$.ci.instances[3].generate.seed: is required (the same seed makes the same day)"));
        Files.writeString(file, """
                {"ci": {"instances": [{"generate": {"user": 1720, "seed": 1}}]}}
                """);
        assertThatThrownBy(() -> Suites.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot read the suites").hasMessageContaining("\"user\"");
    }

    /** CI gates the same day every time: the seed, not the run, decides it. */
    @Test
    void aGeneratedDayIsTheSameForTheSameSeed() throws Exception {
        Suites.Generated day = new Suites.Generated(200, 4L);
        String once = HomecareGenerator.json(day.dataset());
        assertThat(HomecareGenerator.json(day.dataset())).isEqualTo(once);
        assertThat(HomecareGenerator.json(new Suites.Generated(200, 5L).dataset())).isNotEqualTo(once);
    }

    @Test
    void unknownSuiteIsNamed() {
        assertThatThrownBy(() -> suites.plan("nightly")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown suite");
    }
}

package no.turnus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.InvalidInputException;
import no.turnus.BenchInstances;

/** The shipped suites and best-known values hang together: every file exists, every published one has a value. */
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

    @Test
    void unknownSuiteIsNamed() {
        assertThatThrownBy(() -> suites.plan("nightly")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown suite");
    }
}

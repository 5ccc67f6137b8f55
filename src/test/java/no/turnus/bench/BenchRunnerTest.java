package no.turnus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import no.turnus.BenchInstances;
import no.turnus.io.InstanceFormats;
import no.turnus.kinds.StandardKinds;

/**
 * "First feasible" means nothing but soft penalties: an empty plan that breaks no hard rule does not count; a
 * generated day runs like a file.
 */
class BenchRunnerTest {

    @Test
    void onlySoftPenaltiesCountAsFeasibleForTheTable() {
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftScore.of(0, 0, -706))).isTrue();
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftLongScore.of(0, 0, -9_326_157_500L))).isTrue();
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftScore.of(0, -18, -460))).isFalse();
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftScore.of(-1, 0, 0))).isFalse();
    }

    /** A generated day is solved as the homecare kind and gated like a file, without a file. */
    @Test
    void solvesAGeneratedDay() {
        BenchRunner runner = new BenchRunner(StandardKinds.all(), InstanceFormats.standard(),
                BestKnown.read(Path.of("benchmarks/best-known.csv")), Path.of("."), BenchInstances.DIR,
                new PrintStream(OutputStream.nullOutputStream()));
        Suites.Entry entry = new Suites.Entry(null, new Suites.Generated(40, 1L), null, null, true, null);
        BenchRow row = runner.run(new Suites.Planned(entry, 1), null);
        assertThat(row.instance()).isEqualTo("narvik-40-seed1");
        assertThat(row.kind()).isEqualTo("homecare");
        assertThat(row.status()).as(row.failures().toString()).isEqualTo(BenchRow.Status.OK);
        assertThat(row.unplanned()).isNotNull();
    }
}

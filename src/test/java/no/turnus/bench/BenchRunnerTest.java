package no.turnus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** "First feasible" means nothing but soft penalties: an empty plan that breaks no hard rule does not count. */
class BenchRunnerTest {

    @Test
    void onlySoftPenaltiesCountAsFeasibleForTheTable() {
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftScore.of(0, 0, -706))).isTrue();
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftLongScore.of(0, 0, -9_326_157_500L))).isTrue();
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftScore.of(0, -18, -460))).isFalse();
        assertThat(BenchRunner.onlySoftBroken(HardMediumSoftScore.of(-1, 0, 0))).isFalse();
    }
}

package no.turnus.roster.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;

/** The fast whole part of the unfairness against Timefold's load balance, over random loads coming and going. */
class UnfairnessTest {

    @Test
    void wholePartAsTimefoldsLoadBalanceGivesIt() {
        BiFunction<String, Long, String> item = (name, load) -> name;
        ToLongBiFunction<String, Long> load = (name, value) -> value;
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            Group<?> fast = new Group<>(Unfairness.of(item, load));
            Group<?> timefold = new Group<>(ConstraintCollectors.loadBalance(item, load));
            List<Integer> present = new ArrayList<>();
            int scale = 1 + random.nextInt(round % 4 == 0 ? 3 : 40_000);
            for (int step = 0; step < 300; step++) {
                if (!present.isEmpty() && random.nextInt(3) == 0) {
                    int index = present.remove(random.nextInt(present.size()));
                    fast.retract(index);
                    timefold.retract(index);
                } else {
                    int index = step;
                    long value = random.nextInt(scale);
                    fast.insert(index, "employee " + step, value);
                    timefold.insert(index, "employee " + step, value);
                    present.add(index);
                }
                BigDecimal unfairness = ((LoadBalance<?>) timefold.result()).unfairness();
                assertThat(fast.result()).isEqualTo(unfairness.signum() > 0 ? unfairness.intValue() : -1);
            }
        }
    }

    /** One group of a collector, as a group node keeps it. */
    private static final class Group<C> {
        private final Function<C, ?> finisher;
        private final TriFunction<C, String, Long, Runnable> accumulator;
        private final C container;
        private final java.util.Map<Integer, Runnable> undos = new java.util.HashMap<>();

        @SuppressWarnings("unchecked")
        Group(BiConstraintCollector<String, Long, ?, ?> collector) {
            BiConstraintCollector<String, Long, C, ?> typed = (BiConstraintCollector<String, Long, C, ?>) collector;
            Supplier<C> supplier = typed.supplier();
            this.container = supplier.get();
            this.accumulator = typed.accumulator();
            this.finisher = typed.finisher();
        }

        void insert(int index, String name, long value) {
            undos.put(index, accumulator.apply(container, name, value));
        }

        void retract(int index) {
            undos.remove(index).run();
        }

        Object result() {
            return finisher.apply(container);
        }
    }
}

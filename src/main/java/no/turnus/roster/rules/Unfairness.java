package no.turnus.roster.rules;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;

/**
 * The whole part of Timefold's {@link ConstraintCollectors#loadBalance load-balance} unfairness, or -1 when the loads
 * are even (unfairness 0), for items balanced once each. The balance is Timefold's own; what this saves is its square
 * root at six digits ({@code BigDecimal}), which the fairness rules asked for on every change of a competence's loads
 * (a tenth of a roster move's score calculation). The same squared deviation, kept here as n·Σx² − (Σx)², gives a
 * {@code double} square root that decides the whole part whenever it lies clear of the six-digit rounding boundary;
 * otherwise, and below 1, Timefold's value is read.
 */
public final class Unfairness<A, B, C> implements BiConstraintCollector<A, B, Unfairness.Loads<C>, Integer> {

    /** Closer than this (in the unfairness' units) to a boundary of the whole part, Timefold's value decides. */
    private static final double MARGIN = 1e-6;

    private final BiConstraintCollector<A, B, C, LoadBalance<Object>> balance;
    private final ToLongBiFunction<A, B> load;

    private Unfairness(BiConstraintCollector<A, B, C, LoadBalance<Object>> balance, ToLongBiFunction<A, B> load) {
        this.balance = balance;
        this.load = load;
    }

    /** Balances the items {@code balanced} (each met once) by their {@code load}. */
    @SuppressWarnings("unchecked")
    public static <A, B> BiConstraintCollector<A, B, ?, Integer> of(BiFunction<A, B, ?> balanced,
                                                                     ToLongBiFunction<A, B> load) {
        return new Unfairness<>((BiConstraintCollector<A, B, Object, LoadBalance<Object>>)
                (BiConstraintCollector<A, B, ?, ?>) ConstraintCollectors.loadBalance(balanced, load), load);
    }

    /** Timefold's balance and the count, sum and sum of squares of the loads in it. */
    public static final class Loads<C> {
        private final C balance;
        private long count;
        private long sum;
        private long squares;

        Loads(C balance) {
            this.balance = balance;
        }
    }

    @Override
    public Supplier<Loads<C>> supplier() {
        Supplier<C> inner = balance.supplier();
        return () -> new Loads<>(inner.get());
    }

    @Override
    public TriFunction<Loads<C>, A, B, Runnable> accumulator() {
        TriFunction<C, A, B, Runnable> inner = balance.accumulator();
        return (loads, a, b) -> {
            Runnable undo = inner.apply(loads.balance, a, b);
            long x = load.applyAsLong(a, b);
            loads.count++;
            loads.sum += x;
            loads.squares += x * x;
            return () -> {
                undo.run();
                loads.count--;
                loads.sum -= x;
                loads.squares -= x * x;
            };
        };
    }

    @Override
    public Function<Loads<C>, Integer> finisher() {
        Function<C, LoadBalance<Object>> inner = balance.finisher();
        return loads -> {
            long scaled = loads.count * loads.squares - loads.sum * loads.sum; // count × squared deviation
            if (scaled > 0) {
                double root = Math.sqrt((double) scaled / loads.count);
                if (root >= 1 && root < 100_000) {
                    double unit = root < 10 ? 1e-5 : root < 100 ? 1e-4 : root < 1_000 ? 1e-3 : root < 10_000 ? 1e-2 : 1e-1;
                    double whole = Math.floor(root);
                    if (root - whole > MARGIN && whole + 1 - unit / 2 - root > MARGIN) {
                        return (int) whole;
                    }
                }
            }
            BigDecimal unfairness = inner.apply(loads.balance).unfairness();
            return unfairness.signum() > 0 ? unfairness.intValue() : -1;
        };
    }
}

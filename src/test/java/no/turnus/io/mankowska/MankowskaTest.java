package no.turnus.io.mankowska;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.turnus.io.mankowska.MankowskaSolution.Visit;
import no.turnus.BenchInstances;

class MankowskaTest {

    static final Path DIR = BenchInstances.of("mankowska2014");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "InstanzCPLEX_HCSRP_10_1, 10, 3, 218.2",
            "InstanzCPLEX_HCSRP_10_2, 10, 3, 246.6",
            "InstanzCPLEX_HCSRP_25_1, 25, 5, 428.10",
            "InstanzCPLEX_HCSRP_50_1, 50, 10, 943.73",
            "InstanzVNS_HCSRP_100_1, 100, 20, 1255.93",
            "InstanzVNS_HCSRP_200_1, 200, 30, 1236.95"})
    void parsesAndScoresAFeasibleGreedyPlanNoBetterThanTheBestKnown(String name, int patients, int caregivers,
                                                                     double bestKnown) {
        MankowskaInstance instance = MankowskaReader.read(DIR.resolve(name + ".txt"));
        assertThat(instance.patientCount()).isEqualTo(patients);
        assertThat(instance.caregiverCount()).isEqualTo(caregivers);
        assertThat(instance.serviceCount()).isEqualTo(6);
        assertThat(instance.distance(0, instance.endDepot())).isZero();

        MankowskaSolution plan = greedy(instance);
        MankowskaObjective.Result result = MankowskaObjective.evaluate(instance, plan);
        assertThat(result.infeasibilities()).isEmpty();
        assertThat(result.objective()).isGreaterThanOrEqualTo(bestKnown - 0.01)
                .isCloseTo((result.distance() + result.totalTardiness() + result.maxTardiness()) / 3, within(1e-9));
        assertRespectsTimesAndGaps(instance, plan, result);
    }

    @Test
    void simultaneousServicesByOneCaregiverCannotBeScheduled() {
        MankowskaInstance instance = MankowskaReader.read(DIR.resolve("InstanzCPLEX_HCSRP_10_1.txt"));
        // Patient 8 needs services 4 and 5 at the same time (mind = maxd = 0); caregiver 1 is qualified for both.
        assertThat(instance.doubleService(8)).isTrue();
        assertThat(instance.maxGap(8)).isZero();
        List<List<Visit>> routes = new ArrayList<>(greedy(instance).routes());
        List<List<Visit>> moved = new ArrayList<>();
        for (List<Visit> route : routes) {
            moved.add(new ArrayList<>(route.stream().filter(v -> v.node() != 8).toList()));
        }
        moved.get(1).add(new Visit(8, 4));
        moved.get(1).add(new Visit(8, 5));
        MankowskaObjective.Result result = MankowskaObjective.evaluate(instance, new MankowskaSolution(moved));
        assertThat(result.infeasibilities()).containsExactly(
                "the gaps of the double services cannot all be kept (no stable schedule)");
    }

    /** Patients by earliest start; each service to the qualified caregiver free first, two services to two people. */
    static MankowskaSolution greedy(MankowskaInstance instance) {
        List<List<Visit>> routes = new ArrayList<>();
        double[] free = new double[instance.caregiverCount()];
        int[] at = new int[instance.caregiverCount()];
        for (int k = 0; k < instance.caregiverCount(); k++) {
            routes.add(new ArrayList<>());
        }
        List<Integer> patients = IntStream.range(1, instance.endDepot()).boxed()
                .sorted(Comparator.comparingDouble(instance::earliest)).toList();
        for (int node : patients) {
            int used = -1;
            for (int s = 0; s < instance.serviceCount(); s++) {
                if (!instance.requires(node, s)) {
                    continue;
                }
                int best = -1;
                for (int k = 0; k < instance.caregiverCount(); k++) {
                    if (k != used && instance.qualified(k, s) && (best < 0
                            || free[k] + instance.distance(at[k], node) < free[best] + instance.distance(at[best], node))) {
                        best = k;
                    }
                }
                routes.get(best).add(new Visit(node, s));
                free[best] = Math.max(free[best] + instance.distance(at[best], node), instance.earliest(node))
                        + instance.processing(node, best, s);
                at[best] = node;
                used = best;
            }
        }
        return new MankowskaSolution(routes);
    }

    private static void assertRespectsTimesAndGaps(MankowskaInstance instance, MankowskaSolution plan,
                                                   MankowskaObjective.Result result) {
        double[][] start = new double[instance.nodeCount()][instance.serviceCount()];
        for (int k = 0; k < plan.routes().size(); k++) {
            double ready = 0;
            int at = 0;
            for (int i = 0; i < plan.routes().get(k).size(); i++) {
                Visit v = plan.routes().get(k).get(i);
                double t = result.starts().get(k).get(i);
                assertThat(t).isGreaterThanOrEqualTo(instance.earliest(v.node()))
                        .isGreaterThanOrEqualTo(ready + instance.distance(at, v.node()) - 1e-6);
                ready = t + instance.processing(v.node(), k, v.service());
                at = v.node();
                start[v.node()][v.service()] = t;
            }
        }
        for (int node = 1; node < instance.endDepot(); node++) {
            if (instance.doubleService(node)) {
                int n = node;
                int[] services = IntStream.range(0, instance.serviceCount()).filter(s -> instance.requires(n, s))
                        .toArray();
                double gap = start[node][services[1]] - start[node][services[0]];
                assertThat(gap).isBetween(instance.minGap(node) - 1e-6, instance.maxGap(node) + 1e-6);
            }
        }
    }
}

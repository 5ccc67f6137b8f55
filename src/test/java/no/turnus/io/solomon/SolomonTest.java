package no.turnus.io.solomon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import no.turnus.BenchInstances;

class SolomonTest {

    static final Path DIR = BenchInstances.of("solomon");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"C101, 200, 1236", "C201, 700, 3390", "R101, 200, 230", "R201, 1000, 1000", "RC101, 200, 240",
            "RC201, 1000, 960"})
    void parsesEveryInstanceWhateverItsLineEndings(String name, int capacity, int depotDue) {
        SolomonInstance instance = SolomonReader.read(DIR.resolve(name + ".txt"));
        assertThat(instance.name()).isEqualTo(name);
        assertThat(instance.vehicleCount()).isEqualTo(25);
        assertThat(instance.capacity()).isEqualTo(capacity);
        assertThat(instance.customerCount()).isEqualTo(100);
        assertThat(instance.depot().dueDate()).isEqualTo(depotDue);
        assertThat(instance.depot().demand()).isZero();
    }

    /** The best known C101 solution (10 vehicles, 828.94; SINTEF TOP). */
    static final List<List<Integer>> BEST_C101 = List.of(
                List.of(5, 3, 7, 8, 10, 11, 9, 6, 4, 2, 1, 75),
                List.of(13, 17, 18, 19, 15, 16, 14, 12),
                List.of(20, 24, 25, 27, 29, 30, 28, 26, 23, 22, 21),
                List.of(32, 33, 31, 35, 37, 38, 39, 36, 34),
                List.of(43, 42, 41, 40, 44, 46, 45, 48, 51, 50, 52, 49, 47),
                List.of(57, 55, 54, 53, 56, 58, 60, 59),
                List.of(67, 65, 63, 62, 74, 72, 61, 64, 68, 66, 69),
                List.of(81, 78, 76, 71, 70, 73, 77, 79, 80),
                List.of(90, 87, 86, 83, 82, 84, 85, 88, 89, 91),
                List.of(98, 96, 95, 94, 92, 93, 97, 100, 99));

    /** The best known C101 solution is feasible and has its published length. */
    @Test
    void bestKnownC101SolutionScoresItsPublishedValue() {
        SolomonInstance c101 = SolomonReader.read(DIR.resolve("C101.txt"));
        SolomonSolution best = new SolomonSolution(BEST_C101);
        SolomonObjective.Result result = SolomonObjective.evaluate(c101, best);
        assertThat(result.infeasibilities()).isEmpty();
        assertThat(result.vehicles()).isEqualTo(10);
        assertThat(result.distance()).isCloseTo(828.94, within(0.005));
    }

    @Test
    void reportsLateArrivalOverloadAndMissedCustomers() {
        SolomonInstance c101 = SolomonReader.read(DIR.resolve("C101.txt"));
        List<Integer> all = new ArrayList<>();
        for (int c = 1; c <= 99; c++) {
            all.add(c);
        }
        SolomonObjective.Result result = SolomonObjective.evaluate(c101, new SolomonSolution(List.of(all)));
        assertThat(result.vehicles()).isEqualTo(1);
        assertThat(result.infeasibilities()).anyMatch(p -> p.contains("exceeds capacity 200"))
                .anyMatch(p -> p.contains("after its due date")).anyMatch(p -> p.equals("customer 100 visited 0 times"));
    }
}

package no.turnus.io.orlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.turnus.io.TextTokens;
import no.turnus.problem.InvalidInputException;
import no.turnus.BenchInstances;

class CapReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cap71, 16, 7500", "cap101, 25, 7500", "cap131, 50, 7500"})
    void readsWrappedCostLines(String name, int facilities, double firstFixedCost) {
        CapInstance instance = CapReader.read(BenchInstances.of("facility/" + name + ".txt"));
        assertThat(instance.facilities()).hasSize(facilities);
        assertThat(instance.customers()).hasSize(50);
        assertThat(instance.facilities().get(0).fixedCost()).isEqualTo(firstFixedCost);
        assertThat(instance.customers()).allSatisfy(c -> assertThat(c.allocationCosts()).hasSize(facilities));
        double demand = instance.customers().stream().mapToDouble(CapInstance.Customer::demand).sum();
        double capacity = instance.facilities().stream().mapToDouble(CapInstance.Facility::capacity).sum();
        assertThat(capacity).isGreaterThan(demand);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2 1 10 5 10 5 3 1.0|ends before cost of customer 1 at facility 2",
            "1 1 10 5 3 1.0 7|unexpected data after customer 1"})
    void reportsTruncatedOrOverlongFiles(String text, String message) {
        assertThatThrownBy(() -> CapReader.read("bad", new TextTokens("bad", text)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }
}

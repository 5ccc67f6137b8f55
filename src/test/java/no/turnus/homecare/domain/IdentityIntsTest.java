package no.turnus.homecare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The timing's reusable identity table: values by identity, growth, and a clear that forgets every entry. */
class IdentityIntsTest {

    @Test
    void keepsValuesByIdentityThroughGrowthAndForgetsThemOnClear() {
        VisitTimeUpdater.IdentityInts table = new VisitTimeUpdater.IdentityInts();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add(new String("visit")); // equal strings, distinct objects: counted apart
        }
        for (int i = 0; i < keys.size(); i++) {
            table.put(keys.get(i), i);
        }
        assertThat(table.add(keys.get(7), 3)).isEqualTo(10);
        assertThat(table.putIfAbsent(keys.get(8), 99)).isFalse();
        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.get(keys.get(i), -1)).as("key %d", i).isEqualTo(i == 7 ? 10 : i);
        }

        table.clear();
        assertThat(table.get(keys.get(7), -1)).isEqualTo(-1);
        assertThat(table.putIfAbsent(keys.get(8), 5)).isTrue();
        assertThat(table.add(keys.get(9), 2)).isEqualTo(2);
        assertThat(table.get(keys.get(8), -1)).isEqualTo(5);
        assertThat(table.get(keys.get(10), -1)).isEqualTo(-1);
    }
}

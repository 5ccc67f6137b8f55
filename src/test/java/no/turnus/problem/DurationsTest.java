package no.turnus.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsShortFormsAndIso() {
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Durations.parse(" PT30S ")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("pt1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesWhatIsNotAPositiveDuration() {
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("must be a duration such as 30s");
        assertThatThrownBy(() -> Durations.parse("1y")).hasMessageContaining("must be a duration");
        assertThatThrownBy(() -> Durations.parse("0s")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Durations.parse("-5s")).hasMessageContaining("must be positive");
    }

    /** "1e300h" once overflowed into an ArithmeticException (a 500 on POST /api/jobs). */
    @Test
    void refusesDurationsBeyondAYear() {
        for (String text : List.of("1e300h", "1e300s", "Infinitym", "9223372036854775807", "400d", "P400D", "9000h")) {
            assertThatThrownBy(() -> Durations.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Durations.parse("8760h")).isEqualTo(Duration.ofDays(365));
    }
}

package dev.niche.katas.grader.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The growth prediction that decides when to stop adding sizes. */
class TimingHarnessTest {
    @Test
    @DisplayName("growth per doubling is read from a step of any size, and never below linear")
    void perDoubling() {
        assertThat(TimingHarness.perDoubling(100, 400, 2)).isEqualTo(4.0);
        assertThat(TimingHarness.perDoubling(100, 1600, 4)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TimingHarness.perDoubling(100, 90, 2)).as("noise that looks faster").isEqualTo(2.0);
        assertThat(TimingHarness.perDoubling(0, 90, 2)).as("no earlier size").isEqualTo(2.0);
    }

    @Test
    @DisplayName("a steady quadratic is extrapolated by its own factor")
    void quadraticPrediction() {
        assertThat(TimingHarness.predictNext(1_000, 4.0, 4.0, 2)).isEqualTo(4_000.0);
    }

    @Test
    @DisplayName("accelerating growth (exponential code) is assumed to keep accelerating")
    void exponentialPrediction() {
        // 2^n with n stepping 8, 16, 32: the factor per doubling went from 2^8 to 2^16.
        double factor = 65_536;
        double previous = 256;
        double predicted = TimingHarness.predictNext(1_000_000, factor, previous, 2);
        assertThat(predicted).isGreaterThan(TimingHarness.SLOW_CALL_NANOS);
        assertThat(TimingHarness.predictNext(1_000, factor, previous, 2))
                .as("even from one microsecond, the next size is predicted slow").isGreaterThan(1e10);
    }
}

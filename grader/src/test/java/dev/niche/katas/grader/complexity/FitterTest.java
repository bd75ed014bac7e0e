package dev.niche.katas.grader.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The fitter on exact, synthetic points: each class must come out as itself, lower-order terms and all. */
class FitterTest {

    static List<Point> points(int[] sizes, IntToDoubleFunction f) {
        List<Point> points = new ArrayList<>();
        for (int n : sizes) {
            points.add(new Point(n, f.applyAsDouble(n)));
        }
        return points;
    }

    static double log2(double n) {
        return Math.log(n) / Math.log(2);
    }

    @ParameterizedTest
    @EnumSource(value = Growth.class, names = {"CONSTANT", "LOGARITHMIC", "SQRT", "LINEAR", "LINEARITHMIC",
        "QUADRATIC", "CUBIC"})
    void exactCountsOfEveryPolynomialClassAreRecognised(Growth g) {
        // 3 g(n) + a lower-order term, the way real counts look.
        IntToDoubleFunction lower = g == Growth.CONSTANT ? n -> 0 : g == Growth.LOGARITHMIC ? n -> 5 : n -> log2(n) + 5;
        List<Point> counts = points(Complexity.powersOfTwo(8, 16), n -> 3 * g.at(n) + lower.applyAsDouble(n));
        assertThat(Fitter.exact(counts, 1)).isEqualTo(g);
    }

    @Test
    void exponentialCountsAreRecognised() {
        List<Point> counts = points(new int[] {10, 12, 14, 16, 18, 20}, n -> Math.pow(2, n) + n);
        assertThat(Fitter.exact(counts, 1)).isEqualTo(Growth.EXPONENTIAL);
    }

    @Test
    void aLogFactorIsNotHiddenByTheFitter() {
        List<Point> nLogN = points(Complexity.powersOfTwo(8, 16), n -> n * log2(n));
        assertThat(Fitter.growthAgainst(nLogN, Growth.LINEAR, 1)).isGreaterThan(1.9);
        List<Point> log = points(Complexity.powersOfTwo(8, 16), n -> 2 * log2(n));
        assertThat(Fitter.exact(log, 1)).isEqualTo(Growth.LOGARITHMIC);
    }

    @Test
    void anOffsetDoesNotChangeTheClassOfAStackDepth() {
        int[] sizes = {6, 12, 18, 24, 30};
        assertThat(Fitter.exactIgnoringOffset(points(sizes, n -> 2 * n - 8), 8)).isEqualTo(Growth.LINEAR);
        int[] large = {1 << 8, 1 << 12, 1 << 16, 1 << 20};
        assertThat(Fitter.exactIgnoringOffset(points(large, n -> 2 * log2(n) + 4), 8)).isEqualTo(Growth.LOGARITHMIC);
        assertThat(Fitter.exactIgnoringOffset(points(large, n -> n % 3 == 0 ? 4 : 6), 8)).isEqualTo(Growth.CONSTANT);
    }

    @Test
    void bytesUnderTheFloorCountAsConstant() {
        List<Point> bytes = points(Complexity.powersOfTwo(8, 16), n -> n % 3 == 0 ? 0 : 48);
        assertThat(Fitter.exact(bytes, 256)).isEqualTo(Growth.CONSTANT);
    }

    @Test
    void theSlopeIsRobustToOneDisturbedPoint() {
        List<Point> linear = points(Complexity.powersOfTwo(10, 17), n -> 2.0 * n);
        linear.set(3, new Point(linear.get(3).n(), linear.get(3).value() * 20));
        assertThat(Fitter.slope(linear)).isBetween(0.9, 1.1);
    }

    @Test
    void slopesMapToTheBandsTimingCanSeparate() {
        assertThat(TimingBand.ofSlope(0.25)).isEqualTo(TimingBand.SUBLINEAR);
        assertThat(TimingBand.ofSlope(1.1)).isEqualTo(TimingBand.LINEAR);
        assertThat(TimingBand.ofSlope(2.0)).isEqualTo(TimingBand.QUADRATIC);
        assertThat(TimingBand.ofSlope(3.0)).isEqualTo(TimingBand.CUBIC);
        assertThat(TimingBand.ofSlope(9.0)).isEqualTo(TimingBand.EXPONENTIAL);
        assertThat(TimingBand.of(Growth.LINEARITHMIC)).isEqualTo(TimingBand.LINEAR);
    }

    @Test
    void badSizesAreRejectedWithTheirValues() {
        assertThatThrownBy(() -> Complexity.counting("x", n -> n).sizes(8, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[8, 4]");
        assertThatThrownBy(() -> Complexity.powersOfTwo(5, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("powersOfTwo(5, 3)");
        assertThatThrownBy(() -> Growth.parse("O(n^4)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("O(n^4)");
        assertThat(Growth.parse("O(n log n)")).isEqualTo(Growth.LINEARITHMIC);
    }
}

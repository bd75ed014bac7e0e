package dev.niche.foundations.growthranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grades {@link GrowthOrder}: examples of the steps people get wrong, the laws of a comparator over every pair
 * and triple of classes, and agreement with the sizes of the classes at a large n, computed here.
 */
@Kata(id = "foundations/growth-ranking", title = "Rank the growth classes", order = 30, checkpoints = "1.2",
        naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class GrowthOrderTest {
    private final GrowthOrder order = new GrowthOrder();

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("log n grows more slowly than sqrt n")
    void logBelowSquareRoot() {
        assertSlower(GrowthClass.LOG_N, GrowthClass.SQRT_N);
    }

    @Test
    @DisplayName("1 grows more slowly than every other class")
    void constantIsSlowest() {
        for (GrowthClass other : GrowthClass.values()) {
            if (other != GrowthClass.CONSTANT) {
                assertSlower(GrowthClass.CONSTANT, other);
            }
        }
    }

    @Test
    @DisplayName("n log n sits between n and n^2")
    void linearithmicBetweenLinearAndQuadratic() {
        assertSlower(GrowthClass.N, GrowthClass.N_LOG_N);
        assertSlower(GrowthClass.N_LOG_N, GrowthClass.N_SQUARED);
    }

    @Test
    @DisplayName("2^n grows faster than n^3, and n! faster than 2^n")
    void exponentialAboveCubicAndFactorialAboveExponential() {
        assertSlower(GrowthClass.N_CUBED, GrowthClass.TWO_TO_THE_N);
        assertSlower(GrowthClass.TWO_TO_THE_N, GrowthClass.N_FACTORIAL);
    }

    @Test
    @DisplayName("each class compares equal to itself")
    void equalToItself() {
        for (GrowthClass growth : GrowthClass.values()) {
            assertThat(order.compare(growth, growth)).as("compare(%s, %s)", growth.notation(), growth.notation())
                    .isZero();
        }
    }

    @Test
    @DisplayName("sorting all nine gives 1, log n, sqrt n, n, n log n, n^2, n^3, 2^n, n!")
    void sortsTheLadder() {
        List<GrowthClass> classes = new ArrayList<>(Arrays.asList(GrowthClass.values()));
        classes.sort(order);
        assertThat(notations(classes)).as("all nine classes sorted with GrowthOrder")
                .containsExactly("1", "log n", "sqrt n", "n", "n log n", "n^2", "n^3", "2^n", "n!");
    }

    @Test
    @DisplayName("Collections.max with GrowthOrder finds the fastest-growing class of a list")
    void maxFindsTheFastest() {
        List<GrowthClass> classes = List.of(GrowthClass.N_LOG_N, GrowthClass.SQRT_N, GrowthClass.N_SQUARED,
                GrowthClass.N);
        assertThat(Collections.max(classes, order)).as("max of %s", notations(classes))
                .isEqualTo(GrowthClass.N_SQUARED);
    }

    @Test
    @DisplayName("a null argument is rejected with NullPointerException naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> order.compare(null, GrowthClass.N))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("left");
        assertThatThrownBy(() -> order.compare(GrowthClass.N, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("right");
    }

    void assertSlower(GrowthClass slower, GrowthClass faster) {
        assertThat(order.compare(slower, faster)).as("compare(%s, %s)", slower.notation(), faster.notation())
                .isNegative();
        assertThat(order.compare(faster, slower)).as("compare(%s, %s)", faster.notation(), slower.notation())
                .isPositive();
    }

    // ---- properties: the comparator's laws, over every pair and triple -------------------------------------

    @Property(generation = GenerationMode.EXHAUSTIVE)
    @Label("compare(a, b) is zero exactly when a and b are the same class")
    void zeroOnlyForTheSameClass(@ForAll GrowthClass a, @ForAll GrowthClass b) {
        assertThat(order.compare(a, b) == 0).as("compare(%s, %s) == 0", a.notation(), b.notation())
                .isEqualTo(a == b);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    @Label("antisymmetric: compare(a, b) and compare(b, a) have opposite signs")
    void antisymmetric(@ForAll GrowthClass a, @ForAll GrowthClass b) {
        assertThat(Integer.signum(order.compare(a, b)))
                .as("sign of compare(%s, %s) against minus the sign of compare(%s, %s)",
                        a.notation(), b.notation(), b.notation(), a.notation())
                .isEqualTo(-Integer.signum(order.compare(b, a)));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    @Label("transitive: a before b and b before c put a before c")
    void transitive(@ForAll GrowthClass a, @ForAll GrowthClass b, @ForAll GrowthClass c) {
        if (order.compare(a, b) < 0 && order.compare(b, c) < 0) {
            assertThat(order.compare(a, c)).as("compare(%s, %s), after compare(%s, %s) < 0 and compare(%s, %s) < 0",
                    a.notation(), c.notation(), a.notation(), b.notation(), b.notation(), c.notation())
                    .isNegative();
        }
    }

    // ---- properties: the numeric oracle ----------------------------------------------------------------------

    @Property(generation = GenerationMode.EXHAUSTIVE)
    @Label("agrees with the sizes of the classes at n = 2^30")
    void agreesWithSizesAtLargeN(@ForAll GrowthClass a, @ForAll GrowthClass b) {
        assertThat(Integer.signum(order.compare(a, b)))
                .as("sign of compare(%s, %s); at n = 2^30, ln %s = %.1f and ln %s = %.1f", a.notation(),
                        b.notation(), a.notation(), lnSize(a), b.notation(), lnSize(b))
                .isEqualTo(Integer.signum(Double.compare(lnSize(a), lnSize(b))));
    }

    @Property(tries = 300)
    @Label("sorting any list with GrowthOrder sorts it by size at n = 2^30")
    void sortsLikeTheSizes(@ForAll("classLists") List<GrowthClass> classes) {
        List<GrowthClass> sorted = new ArrayList<>(classes);
        sorted.sort(order);
        List<GrowthClass> bySize = new ArrayList<>(classes);
        bySize.sort(Comparator.comparingDouble(GrowthOrderTest::lnSize));
        assertThat(notations(sorted)).as("%s sorted with GrowthOrder", notations(classes))
                .isEqualTo(notations(bySize));
    }

    @Provide
    Arbitrary<List<GrowthClass>> classLists() {
        return Arbitraries.of(GrowthClass.class).list().ofMaxSize(20);
    }

    /** The oracle's n, 2^30: about a billion, where each class is far from the next. */
    static final double N = Math.pow(2, 30);

    /**
     * ln of the class's value at n = 2^30, worked out from its formula (n! by Stirling's approximation, which
     * is off by far less than the gap to 2^n).
     */
    static double lnSize(GrowthClass growth) {
        double ln = Math.log(N);
        switch (growth) {
            case CONSTANT: return 0;
            case LOG_N: return Math.log(Math.log(N) / Math.log(2));
            case SQRT_N: return ln / 2;
            case N: return ln;
            case N_LOG_N: return ln + Math.log(Math.log(N) / Math.log(2));
            case N_SQUARED: return 2 * ln;
            case N_CUBED: return 3 * ln;
            case TWO_TO_THE_N: return N * Math.log(2);
            case N_FACTORIAL: return N * ln - N + 0.5 * Math.log(2 * Math.PI * N);
            default: throw new AssertionError("no size for " + growth);
        }
    }

    static List<String> notations(List<GrowthClass> classes) {
        return classes.stream().map(GrowthClass::notation).toList();
    }
}

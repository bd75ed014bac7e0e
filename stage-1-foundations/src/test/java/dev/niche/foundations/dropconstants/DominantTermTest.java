package dev.niche.foundations.dropconstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grades {@link DominantTerm#simplify}: examples for each way one term beats another, the canonical spelling
 * and malformed input, then random sums checked against an oracle that measures every term numerically.
 */
@Kata(id = "foundations/drop-constants", title = "Drop constants: the dominant term of a sum", order = 20,
        checkpoints = "1.1", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class DominantTermTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("keeps the fastest-growing term without its coefficient: 3n^2 + 10n log n + 7 is n^2")
    void statementExample() {
        assertSimplifies("3n^2 + 10n log n + 7", "n^2");
    }

    @Test
    @DisplayName("a sum of constants is 1, however large they are")
    void constants() {
        assertSimplifies("7", "1");
        assertSimplifies("1 + 250", "1");
        assertSimplifies("123456789012345678901234567890", "1");
    }

    @Test
    @DisplayName("coefficients never decide: 1000000n is dominated by n log n")
    void coefficientsDoNotDecide() {
        assertSimplifies("1000000n + n log n", "n log n");
        assertSimplifies("123456789012345678901234567890 + log n", "log n");
        assertSimplifies("5000n^2 + n^3", "n^3");
    }

    @Test
    @DisplayName("a log factor counts: n + n log n is n log n, and n^2 log n beats n^2")
    void logFactorCounts() {
        assertSimplifies("n + n log n", "n log n");
        assertSimplifies("n^2 + n^2 log n", "n^2 log n");
        assertSimplifies("n^2 log n + 9n^2", "n^2 log n");
        assertSimplifies("3 + log n", "log n");
    }

    @Test
    @DisplayName("sqrt n is half a power of n: log n < sqrt n < n, and n log n < n sqrt n < n^2")
    void squareRootIsHalfAPower() {
        assertSimplifies("log n + sqrt n", "sqrt n");
        assertSimplifies("sqrt n + n", "n");
        assertSimplifies("n log n + n sqrt n", "n sqrt n");
        assertSimplifies("n sqrt n + n^2", "n^2");
    }

    @Test
    @DisplayName("2^n beats every power of n, and n! beats 2^n even with a polynomial factor")
    void exponentialAndFactorial() {
        assertSimplifies("n^3 + 2^n", "2^n");
        assertSimplifies("n^100 + 2^n", "2^n");
        assertSimplifies("n 2^n + 2^n", "n 2^n");
        assertSimplifies("2^n + n!", "n!");
        assertSimplifies("n^5 2^n + n!", "n!");
    }

    @Test
    @DisplayName("the answer is spelled canonically: power of n, sqrt n, log n, 2^n, n!, one space apart")
    void canonicalSpelling() {
        assertSimplifies("log n n^2", "n^2 log n");
        assertSimplifies("  4  log   n   n  ", "n log n");
        assertSimplifies("3 2^n n", "n 2^n");
        assertSimplifies("n! log n n^5 sqrt n 2^n", "n^5 sqrt n log n 2^n n!");
        assertSimplifies("12n", "n");
        assertSimplifies("3log n", "log n");
        assertSimplifies("2^n", "2^n");
    }

    @Test
    @DisplayName("terms of the same class collapse into one: 3n + 5n is n")
    void termsOfOneClassCollapse() {
        assertSimplifies("3n + 5n", "n");
        assertSimplifies("n log n + 2 log n n + 7", "n log n");
    }

    @Test
    @DisplayName("a malformed term is rejected with IllegalArgumentException quoting the input and that term")
    void malformedTerms() {
        assertRejected("3n^2 + 5m", "5m");
        assertRejected("n^1 + 1", "n^1");
        assertRejected("n + n^0", "n^0");
        assertRejected("n^2.5", "n^2.5");
        assertRejected("n^99999999999 + 1", "n^99999999999");
        assertRejected("0n + n", "0n");
        assertRejected("07 + n", "07");
        assertRejected("n + n n", "n n");
        assertRejected("n^2 n + 1", "n^2 n");
        assertRejected("1 + log n log n", "log n log n");
        assertRejected("32^n + n", "32^n");
        assertRejected("n + log", "log");
        assertRejected("logn + n", "logn");
        assertRejected("n log n 3 + n", "n log n 3");
        assertRejected("3 * n + 1", "3 * n");
        assertRejected("n - 1", "n - 1");
    }

    @Test
    @DisplayName("an empty term (blank input, or nothing beside a '+') is rejected, quoting the input")
    void emptyTerms() {
        for (String expression : List.of("", "   ", "n +", "+ n", "n ++ n", "n + + 1")) {
            assertThatThrownBy(() -> DominantTerm.simplify(expression))
                    .as("simplify(\"%s\")", expression)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + expression + "\"")
                    .hasMessageContaining("empty term");
        }
    }

    @Test
    @DisplayName("null is rejected with NullPointerException naming expression")
    void rejectsNull() {
        assertThatThrownBy(() -> DominantTerm.simplify(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("expression");
    }

    static void assertSimplifies(String expression, String expected) {
        assertThat(DominantTerm.simplify(expression)).as("simplify(\"%s\")", expression).isEqualTo(expected);
    }

    static void assertRejected(String expression, String term) {
        assertThatThrownBy(() -> DominantTerm.simplify(expression))
                .as("simplify(\"%s\")", expression)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + expression + "\"")
                .hasMessageContaining("\"" + term + "\"");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 500)
    @Label("picks the term of any sum that is largest at n = 10^6 once coefficients are dropped")
    void dominantTermOfRandomSums(@ForAll("sums") Sum sum) {
        assertThat(DominantTerm.simplify(sum.text())).as("simplify(\"%s\")", sum.text()).isEqualTo(sum.expected());
    }

    @Property(tries = 200)
    @Label("the answer is already simplified: simplifying it again gives it back")
    void answerIsAFixedPoint(@ForAll("sums") Sum sum) {
        String once = DominantTerm.simplify(sum.text());
        assertThat(DominantTerm.simplify(once)).as("simplify(\"%s\"), the answer for \"%s\"", once, sum.text())
                .isEqualTo(once);
    }

    /** The oracle's n: large enough that every structural difference between generated terms shows. */
    static final double N = 1e6;

    /** ln(n!) at n = 10^6, summed exactly rather than approximated. */
    static final double LN_N_FACTORIAL = lnFactorial((int) N);

    /**
     * One generated term: a power of n (0 for none) and which other factors it has; its coefficient as
     * written (empty for none); and a seed for the order of its factors and the spaces between them.
     */
    record TermSpec(int power, boolean sqrt, boolean log, boolean exponential, boolean factorial,
                    String coefficient, long layout) {

        /**
         * ln of the term at n = 10^6 without its coefficient. Over the generated range (powers up to 40) the
         * classes stay far apart there: log n adds about 3, sqrt n about 6.9, each power of n about 13.8,
         * 2^n about 693,000 and n! about 12,800,000, so the largest value is the dominant term.
         */
        double lnSize() {
            return (factorial ? LN_N_FACTORIAL : 0) + (exponential ? N * Math.log(2) : 0)
                    + (power + (sqrt ? 0.5 : 0)) * Math.log(N) + (log ? Math.log(Math.log(N) / Math.log(2)) : 0);
        }

        /** The canonical spelling the statement defines. */
        String canonical() {
            List<String> factors = new ArrayList<>();
            if (power > 0) {
                factors.add(power == 1 ? "n" : "n^" + power);
            }
            if (sqrt) {
                factors.add("sqrt n");
            }
            if (log) {
                factors.add("log n");
            }
            if (exponential) {
                factors.add("2^n");
            }
            if (factorial) {
                factors.add("n!");
            }
            return factors.isEmpty() ? "1" : String.join(" ", factors);
        }

        /** The term as a person might type it: factors shuffled, spaces varied, within the grammar. */
        String render() {
            Random random = new Random(layout);
            List<String> factors = new ArrayList<>();
            if (power > 0) {
                factors.add(power == 1 ? "n" : "n^" + power);
            }
            if (sqrt) {
                factors.add("sqrt" + spaces(random, 1) + "n");
            }
            if (log) {
                factors.add("log" + spaces(random, 1) + "n");
            }
            if (exponential) {
                factors.add("2^n");
            }
            if (factorial) {
                factors.add("n!");
            }
            Collections.shuffle(factors, random);
            String written = factors.isEmpty() && coefficient.isEmpty() ? "1" : coefficient;
            StringBuilder text = new StringBuilder(written);
            for (int i = 0; i < factors.size(); i++) {
                boolean spaceNeeded = i > 0 || (!written.isEmpty() && factors.get(i).startsWith("2"));
                text.append(spaces(random, spaceNeeded ? 1 : 0)).append(factors.get(i));
            }
            return text.toString();
        }
    }

    /** A generated sum: the text given to simplify, and the answer the oracle expects. */
    record Sum(String text, String expected) {
        static Sum of(List<TermSpec> terms, long layout) {
            Random random = new Random(layout);
            String text = terms.stream()
                    .map(TermSpec::render)
                    .collect(Collectors.joining(spaces(random, 0) + "+" + spaces(random, 0),
                            spaces(random, 0), spaces(random, 0)));
            TermSpec largest = terms.stream().max(Comparator.comparingDouble(TermSpec::lnSize)).orElseThrow();
            return new Sum(text, largest.canonical());
        }

        @Override
        public String toString() {
            return "\"" + text + "\"";
        }
    }

    @Provide
    Arbitrary<Sum> sums() {
        Arbitrary<Integer> power = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 3)),
                Tuple.of(2, Arbitraries.integers().between(4, 12)),
                Tuple.of(1, Arbitraries.integers().between(13, 40)));
        Arbitrary<String> coefficient = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(6, Arbitraries.longs().between(1, 1_000_000).map(String::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(30))
                        .map(String::valueOf)));
        Arbitrary<TermSpec> term = Combinators.combine(power, oneIn(3), oneIn(3), oneIn(4), oneIn(6), coefficient,
                Arbitraries.longs()).as(TermSpec::new);
        return Combinators.combine(term.list().ofMinSize(1).ofMaxSize(6), Arbitraries.longs()).as(Sum::of);
    }

    static Arbitrary<Boolean> oneIn(int k) {
        return Arbitraries.integers().between(1, k).map(i -> i == k);
    }

    static String spaces(Random random, int atLeast) {
        return " ".repeat(atLeast + random.nextInt(2));
    }

    static double lnFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}

package dev.niche.dsa.editdistance;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Counter;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/edit-distance", title = "Edit distance between two strings", order = 280, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class EditDistanceTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("one replacement: \"flour\" to \"floor\" is 1")
    void oneReplacement() {
        assertThat(EditDistance.between("flour", "floor")).as("between(\"flour\", \"floor\")").isEqualTo(1);
    }

    @Test
    @DisplayName("one insertion or one deletion: \"plane\" and \"planet\" are 1 apart, both ways")
    void oneInsertionOrDeletion() {
        assertThat(EditDistance.between("plane", "planet")).as("between(\"plane\", \"planet\")").isEqualTo(1);
        assertThat(EditDistance.between("planet", "plane")).as("between(\"planet\", \"plane\")").isEqualTo(1);
    }

    @Test
    @DisplayName("several edits: \"cart\" to \"act\" is 2 and \"listen\" to \"silent\" is 4, in either order")
    void severalEdits() {
        assertThat(EditDistance.between("cart", "act")).as("between(\"cart\", \"act\")").isEqualTo(2);
        assertThat(EditDistance.between("listen", "silent")).as("between(\"listen\", \"silent\")").isEqualTo(4);
        assertThat(EditDistance.between("silent", "listen")).as("between(\"silent\", \"listen\")").isEqualTo(4);
    }

    @Test
    @DisplayName("from or to the empty string, the distance is the other length; equal strings are 0 apart")
    void emptyAndEqual() {
        assertThat(EditDistance.between("", "")).as("between(\"\", \"\")").isZero();
        assertThat(EditDistance.between("", "abc")).as("between(\"\", \"abc\")").isEqualTo(3);
        assertThat(EditDistance.between("abc", "")).as("between(\"abc\", \"\")").isEqualTo(3);
        assertThat(EditDistance.between("same text", "same text")).as("between(\"same text\", \"same text\")")
                .isZero();
    }

    @Test
    @DisplayName("case counts: \"Apple\" and \"apple\" are 1 apart")
    void caseCounts() {
        assertThat(EditDistance.between("Apple", "apple")).as("between(\"Apple\", \"apple\")").isEqualTo(1);
    }

    @Test
    @DisplayName("any CharSequence works: a StringBuilder against a String")
    void anyCharSequence() {
        assertThat(EditDistance.between(new StringBuilder("table"), "bleat"))
                .as("between(StringBuilder \"table\", \"bleat\")").isEqualTo(4);
    }

    @Test
    @DisplayName("a null source or target is rejected with a NullPointerException naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> EditDistance.between(null, "abc")).as("between(null, \"abc\")")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> EditDistance.between("abc", null)).as("between(\"abc\", null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("target");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with trying every alignment of the two strings")
    void matchesEveryAlignment(@ForAll("words") String source, @ForAll("words") String target) {
        assertThat(EditDistance.between(source, target)).as("between(\"%s\", \"%s\")", source, target)
                .isEqualTo(fewestByTryingEveryAlignment(source, target));
    }

    @Property(tries = 200)
    @Label("is symmetric and obeys the triangle inequality")
    void isADistance(@ForAll("words") String a, @ForAll("words") String b, @ForAll("words") String c) {
        int ab = EditDistance.between(a, b);
        assertThat(EditDistance.between(b, a)).as("between(\"%s\", \"%s\") against the other order", b, a)
                .isEqualTo(ab);
        assertThat(EditDistance.between(a, c))
                .as("between(\"%s\", \"%s\") against a detour through \"%s\"", a, c, b)
                .isLessThanOrEqualTo(ab + EditDistance.between(b, c));
    }

    /**
     * The oracle: an alignment pairs the first characters of both strings (free if equal, one replacement if
     * not), or leaves the first character of one of them unpaired (one deletion or insertion). Every choice is
     * tried, with no shortcut.
     */
    private static int fewestByTryingEveryAlignment(String source, String target) {
        if (source.isEmpty() || target.isEmpty()) {
            return source.length() + target.length();
        }
        int pair = (source.charAt(0) == target.charAt(0) ? 0 : 1)
                + fewestByTryingEveryAlignment(source.substring(1), target.substring(1));
        int delete = 1 + fewestByTryingEveryAlignment(source.substring(1), target);
        int insert = 1 + fewestByTryingEveryAlignment(source, target.substring(1));
        return Math.min(pair, Math.min(delete, insert));
    }

    /** Up to 7 letters from a, b and c, so that strings share characters often; the empty string included. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abc").ofMaxLength(7);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reads at most 2 (m + 1)(n + 1) characters, for short, long, equal and unrelated strings")
    void readBudget() {
        int[][] lengths = {{0, 0}, {0, 5}, {5, 0}, {1, 1}, {3, 7}, {8, 8}, {16, 40}, {100, 3}, {64, 64}};
        for (int[] mn : lengths) {
            String related = randomText(mn[0], "ab", mn[0]);
            for (String target : new String[] {randomText(mn[1], "ab", mn[1] + 1), randomText(mn[1], "xy", 7)}) {
                CountingText counted = new CountingText(related, readBudget(mn[0], mn[1]),
                        "m = " + mn[0] + ", n = " + mn[1]);
                EditDistance.between(counted, counted.sibling(target));
            }
        }
        String text = randomText(50, "abcd", 50);
        CountingText counted = new CountingText(text, readBudget(50, 50), "two equal strings, m = n = 50");
        assertThat(EditDistance.between(counted, counted.sibling(text))).as("between a string and itself").isZero();
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("character reads grow as O(n^2) for two strings of length n")
    void readsGrowQuadratically() {
        assertComplexity(Complexity.counting("charAt calls for two strings of length n", n -> {
            CountingText source = new CountingText(randomText(n, "acgt", n), readBudget(n, n), "m = n = " + n);
            EditDistance.between(source, source.sibling(randomText(n, "acgt", -n)));
            return source.reads.count();
        }).sizes(powersOfTwo(3, 10))).isAtMost(Growth.QUADRATIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a 16-character word against an n-character text allocates O(1) bytes, in both orders")
    void spaceFollowsTheShorterString() {
        assertComplexity(Complexity.allocation("bytes allocated by a word against a text of n characters",
                Workload.of(n -> {
                    CountingText word = new CountingText(randomText(16, "abcd", n), 2 * readBudget(16, n),
                            "two calls, m = 16, n = " + n);
                    return new CountingText[] {word, word.sibling(randomText(n, "abcd", -n))};
                }, pair -> EditDistance.between(pair[0], pair[1]) + EditDistance.between(pair[1], pair[0])))
                .sizes(powersOfTwo(6, 12))).isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("two strings of length n take O(n^2) time (JMH)")
    void betweenBenchmark() {
        assertComplexity(Complexity.jmh("between two strings of length n", EditDistanceBenchmark.class, "between")
                .sizes(1 << 5, 1 << 7, 1 << 9, 1 << 11)).isAtMost(Growth.QUADRATIC);
    }

    private static long readBudget(int m, int n) {
        return 2L * (m + 1) * (n + 1);
    }

    /** n characters drawn from {@code alphabet} with the given seed. */
    static String randomText(int n, String alphabet, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /**
     * A string that counts every character read, on a counter it shares with its siblings, and stops the call
     * with a failure as soon as the reads go over the budget (so an exponential answer fails at once instead of
     * running for hours). {@code toString()} copies the string, so it counts as reading every character.
     */
    static final class CountingText implements CharSequence {
        private final String text;
        private final Counter reads;
        private final long budget;
        private final String lengths;

        /** {@code lengths} says which call the budget is for, in the failure message. */
        CountingText(String text, long budget, String lengths) {
            this(text, new Counter(), budget, lengths);
        }

        private CountingText(String text, Counter reads, long budget, String lengths) {
            this.text = text;
            this.reads = reads;
            this.budget = budget;
            this.lengths = lengths;
        }

        /** Another string counted on the same counter against the same budget. */
        CountingText sibling(String other) {
            return new CountingText(other, reads, budget, lengths);
        }

        @Override
        public char charAt(int index) {
            reads.tick();
            if (reads.count() > budget) {
                throw new AssertionError("more than " + budget + " character reads (" + lengths + "), over the "
                        + "budget of 2 (m + 1)(n + 1) per call: is some pair of prefixes solved more than once?");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return sibling(text.substring(start, end));
        }

        @Override
        public String toString() {
            for (int i = 0; i < text.length(); i++) {
                charAt(i);
            }
            return text;
        }
    }
}

package dev.niche.dsa.longestuniquesubstring;

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
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/longest-unique-substring", title = "Longest stretch of characters without a repeat", order = 30,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class LongestUniqueSubstringTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("a repeat ends one stretch and starts the next just after the earlier copy")
    void repeatRestartsTheStretch() {
        assertThat(LongestUniqueSubstring.length("abcdbefg")).as("length(\"abcdbefg\"): \"cdbefg\"").isEqualTo(6);
        assertThat(LongestUniqueSubstring.length("banana")).as("length(\"banana\"): \"ban\"").isEqualTo(3);
    }

    @Test
    @DisplayName("a copy that lies before the current stretch does not cut it short")
    void olderCopyDoesNotMatter() {
        assertThat(LongestUniqueSubstring.length("abba")).as("length(\"abba\")").isEqualTo(2);
        assertThat(LongestUniqueSubstring.length("tmmzuxt")).as("length(\"tmmzuxt\"): \"mzuxt\"").isEqualTo(5);
    }

    @Test
    @DisplayName("0 for the empty text, 1 for one character and for a text of one repeated character")
    void shortTexts() {
        assertThat(LongestUniqueSubstring.length("")).as("length(\"\")").isZero();
        assertThat(LongestUniqueSubstring.length("q")).as("length(\"q\")").isEqualTo(1);
        assertThat(LongestUniqueSubstring.length("zzzz")).as("length(\"zzzz\")").isEqualTo(1);
    }

    @Test
    @DisplayName("a text without repeats is its own answer")
    void allDistinct() {
        assertThat(LongestUniqueSubstring.length("keyboard")).as("length(\"keyboard\")").isEqualTo(8);
    }

    @Test
    @DisplayName("any char counts, case matters, and the extreme chars \\u0000 and \\uffff work")
    void anyCharacter() {
        assertThat(LongestUniqueSubstring.length("aAbB")).as("length(\"aAbB\")").isEqualTo(4);
        assertThat(LongestUniqueSubstring.length("日本語の日本")).as("length(\"日本語の日本\")").isEqualTo(4);
        assertThat(LongestUniqueSubstring.length("\u0000\uffff\u0000")).as("length(\"\\u0000\\uffff\\u0000\")")
                .isEqualTo(2);
    }

    @Test
    @DisplayName("accepts any CharSequence, such as a StringBuilder")
    void anyCharSequence() {
        assertThat(LongestUniqueSubstring.length(new StringBuilder("xyzzy")))
                .as("length(StringBuilder \"xyzzy\")").isEqualTo(3);
    }

    @Test
    @DisplayName("a null text is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> LongestUniqueSubstring.length(null)).as("length(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with checking every substring, on any text")
    void matchesEverySubstring(@ForAll("texts") String text) {
        assertThat(LongestUniqueSubstring.length(text)).as("length(\"%s\")", text)
                .isEqualTo(longestByCheckingEverySubstring(text));
    }

    /** The oracle: every substring, each checked for a repeat with a set of its own. */
    private static int longestByCheckingEverySubstring(String text) {
        int longest = 0;
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= text.length(); end++) {
                Set<Character> distinct = new HashSet<>();
                for (int i = start; i < end; i++) {
                    distinct.add(text.charAt(i));
                }
                if (distinct.size() == end - start) {
                    longest = Math.max(longest, end - start);
                }
            }
        }
        return longest;
    }

    /** Texts of up to 30 chars over alphabets of 2, 5 and 65,536 chars: repeats from always to rare. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab").ofMaxLength(30),
                Arbitraries.strings().withChars("abcdE").ofMaxLength(30),
                Arbitraries.strings().withCharRange(Character.MIN_VALUE, Character.MAX_VALUE).ofMaxLength(30));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reads each character of the text at most twice, on average")
    void readBudget() {
        for (int n : new int[] {0, 1, 2, 3, 10, 100, 1000, 4000}) {
            for (Shape shape : Shape.values()) {
                String text = shape.text(n);
                CountedText counted = new CountedText(text, new Counter());
                LongestUniqueSubstring.length(counted);
                assertThat(counted.reads().count())
                        .as("characters read from a text of %d %s (budget 2n = %d)", n, shape.description, 2 * n)
                        .isLessThanOrEqualTo(2L * n);
            }
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, on a text with long stretches without repeats (timing)")
    void linearTime() {
        assertComplexity(Complexity.timing("length of two copies of n / 2 distinct chars", TWO_COPIES)
                .sizes(powersOfTwo(8, 16))).isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("length is linear (JMH)")
    void lengthBenchmark() {
        assertComplexity(Complexity.jmh("length of two copies of n / 2 distinct chars",
                LongestUniqueSubstringBenchmark.class, "length").sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16))
                .isAtMost(Growth.LINEAR);
    }

    /** Kinds of text for the read budget, from all repeats to none. */
    enum Shape {
        ONE_CHAR("copies of one char"),
        RANDOM_FEW("random chars out of 3"),
        RANDOM_MANY("random chars out of 1000"),
        TWO_COPIES("chars: two copies of a run of distinct chars"),
        DISTINCT("distinct chars");

        final String description;

        Shape(String description) {
            this.description = description;
        }

        String text(int n) {
            Random random = new Random(n);
            StringBuilder text = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                switch (this) {
                    case ONE_CHAR -> text.append('x');
                    case RANDOM_FEW -> text.append((char) ('a' + random.nextInt(3)));
                    case RANDOM_MANY -> text.append((char) (0x4E00 + random.nextInt(1000)));
                    case TWO_COPIES -> text.append((char) (0x4E00 + i % Math.max(1, n / 2)));
                    default -> text.append((char) (0x4E00 + i));
                }
            }
            return text.toString();
        }
    }

    /** Two copies of the same n / 2 distinct chars: the answer is n / 2, and every stretch is long. */
    static final Workload<String> TWO_COPIES = Workload.of(Shape.TWO_COPIES::text, LongestUniqueSubstring::length);

    /**
     * A text that counts every character it hands out: one per {@code charAt} (which {@code chars()} and
     * {@code codePoints()} use too), the whole length for {@code toString}, and a {@code subSequence} is a
     * counted text sharing the same counter.
     */
    static final class CountedText implements CharSequence {
        private final String text;
        private final Counter reads;

        CountedText(String text, Counter reads) {
            this.text = text;
            this.reads = reads;
        }

        Counter reads() {
            return reads;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads.tick();
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedText(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            for (int i = 0; i < text.length(); i++) {
                reads.tick();
            }
            return text;
        }
    }
}

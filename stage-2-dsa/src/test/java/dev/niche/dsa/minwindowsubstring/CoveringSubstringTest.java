package dev.niche.dsa.minwindowsubstring;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/min-window-substring", title = "Shortest substring that holds every required character",
        order = 40, checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class CoveringSubstringTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("finds the shortest substring holding every required character")
    void shortestRun() {
        assertThat(CoveringSubstring.shortest("xaybzcab", "abc")).as("shortest(\"xaybzcab\", \"abc\")")
                .isEqualTo("cab");
        assertThat(CoveringSubstring.shortest("aaab", "ab")).as("shortest(\"aaab\", \"ab\")").isEqualTo("ab");
    }

    @Test
    @DisplayName("a character required twice must occur twice")
    void multiplicity() {
        assertThat(CoveringSubstring.shortest("abcab", "aa")).as("shortest(\"abcab\", \"aa\")").isEqualTo("abca");
        assertThat(CoveringSubstring.shortest("bxbyb", "bbb")).as("shortest(\"bxbyb\", \"bbb\")")
                .isEqualTo("bxbyb");
    }

    @Test
    @DisplayName("of equally short substrings, returns the leftmost")
    void leftmostOnTies() {
        assertThat(CoveringSubstring.shortest("abxxba", "ab")).as("shortest(\"abxxba\", \"ab\")").isEqualTo("ab");
        assertThat(CoveringSubstring.shortest("baab", "ab")).as("shortest(\"baab\", \"ab\")").isEqualTo("ba");
    }

    @Test
    @DisplayName("returns \"\" when no substring holds every required character")
    void none() {
        assertThat(CoveringSubstring.shortest("abc", "d")).as("shortest(\"abc\", \"d\")").isEmpty();
        assertThat(CoveringSubstring.shortest("ab", "abb")).as("shortest(\"ab\", \"abb\")").isEmpty();
        assertThat(CoveringSubstring.shortest("", "a")).as("shortest(\"\", \"a\")").isEmpty();
    }

    @Test
    @DisplayName("the whole text when nothing shorter will do; one character when one is enough")
    void extremesOfLength() {
        assertThat(CoveringSubstring.shortest("abc", "cba")).as("shortest(\"abc\", \"cba\")").isEqualTo("abc");
        assertThat(CoveringSubstring.shortest("q", "q")).as("shortest(\"q\", \"q\")").isEqualTo("q");
        assertThat(CoveringSubstring.shortest("mnop", "o")).as("shortest(\"mnop\", \"o\")").isEqualTo("o");
    }

    @Test
    @DisplayName("case matters, and any char works, \\u0000 and \\uffff included")
    void anyCharacter() {
        assertThat(CoveringSubstring.shortest("aAa", "A")).as("shortest(\"aAa\", \"A\")").isEqualTo("A");
        assertThat(CoveringSubstring.shortest("aaa", "A")).as("shortest(\"aaa\", \"A\")").isEmpty();
        assertThat(CoveringSubstring.shortest("\uffffx\u0000y\uffff", "\u0000\uffff"))
                .as("shortest(\"\\uffffx\\u0000y\\uffff\", \"\\u0000\\uffff\")").isEqualTo("\uffffx\u0000");
    }

    @Test
    @DisplayName("accepts any CharSequence, such as a StringBuilder, and leaves it as it was")
    void anyCharSequence() {
        StringBuilder text = new StringBuilder("tilestiles");
        assertThat(CoveringSubstring.shortest(text, new StringBuilder("set"))).as("shortest(\"tilestiles\", \"set\")")
                .isEqualTo("est");
        assertThat(text.toString()).as("the text after the call").isEqualTo("tilestiles");
    }

    @Test
    @DisplayName("a null text or required is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> CoveringSubstring.shortest(null, "a")).as("shortest(null, \"a\")")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> CoveringSubstring.shortest("a", null)).as("shortest(\"a\", null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("required");
    }

    @Test
    @DisplayName("an empty required is rejected with a message naming it")
    void rejectsEmptyRequired() {
        assertThatThrownBy(() -> CoveringSubstring.shortest("abc", "")).as("shortest(\"abc\", \"\")")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with checking every substring, shortest first, then leftmost")
    void matchesEverySubstring(@ForAll("textAndRequired") TextAndRequired input) {
        assertThat(CoveringSubstring.shortest(input.text(), input.required()))
                .as("shortest(\"%s\", \"%s\")", input.text(), input.required())
                .isEqualTo(shortestByCheckingEverySubstring(input.text(), input.required()));
    }

    /** The oracle: every length from 1 up, every start from the left; the first substring that covers wins. */
    private static String shortestByCheckingEverySubstring(String text, String required) {
        for (int length = 1; length <= text.length(); length++) {
            for (int start = 0; start + length <= text.length(); start++) {
                String candidate = text.substring(start, start + length);
                if (covers(candidate, required)) {
                    return candidate;
                }
            }
        }
        return "";
    }

    private static boolean covers(String candidate, String required) {
        Map<Character, Integer> available = new HashMap<>();
        for (char c : candidate.toCharArray()) {
            available.merge(c, 1, Integer::sum);
        }
        for (char c : required.toCharArray()) {
            if (available.merge(c, -1, Integer::sum) < 0) {
                return false;
            }
        }
        return true;
    }

    record TextAndRequired(String text, String required) {
    }

    /** Texts of up to 25 chars over "abc"; required strings of 1 to 4 chars over "abcd" (d never occurs). */
    @Provide
    Arbitrary<TextAndRequired> textAndRequired() {
        return Combinators.combine(
                Arbitraries.strings().withChars("abc").ofMaxLength(25),
                Arbitraries.strings().withChars("aabbccd").ofMinLength(1).ofMaxLength(4))
                .as(TextAndRequired::new);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, when the only answer is the whole text (timing)")
    void linearTime() {
        assertComplexity(Complexity.timing("shortest in a row of n tiles", TILE_ROW).sizes(powersOfTwo(8, 16)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("shortest is linear (JMH)")
    void shortestBenchmark() {
        assertComplexity(Complexity.jmh("shortest in a row of n tiles", CoveringSubstringBenchmark.class,
                "shortest").sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }

    /** A row of n tiles whose only covering run is the whole row. */
    static final Workload<TileRow> TILE_ROW = Workload.of(TileRow::new, TileRow::shortest);

    /**
     * Shared by the timing check and the JMH benchmark: 'X', the letters a to d, random letters out of a to d,
     * then 'Y' (n chars in all, at most 128 KB); required is "XYabcd". Every tile is required, but only a run
     * from the first tile to the last holds both X and Y, so growing a run from each start in turn reads to the
     * end of the row every time.
     */
    static final class TileRow {
        static final String REQUIRED = "XYabcd";

        final String text;

        TileRow(int n) {
            Random random = new Random(n);
            StringBuilder row = new StringBuilder(n).append('X').append(REQUIRED, 2, REQUIRED.length());
            while (row.length() < n - 1) {
                row.append((char) ('a' + random.nextInt(4)));
            }
            text = row.append('Y').toString();
        }

        String shortest() {
            return CoveringSubstring.shortest(text, REQUIRED);
        }
    }
}

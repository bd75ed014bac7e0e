package dev.niche.dsa.autocomplete;

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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

@Kata(id = "dsa/autocomplete", title = "Search-box suggestions in time independent of the dictionary", order = 320,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class SuggesterTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("suggests the words that start with the prefix, alphabetically, the prefix itself included")
    void suggestsInOrder() {
        Suggester box = suggesterOf("cat", "dog", "cart", "car", "care");
        assertThat(box.suggest("car", 5)).as("suggest(\"car\", 5) after cat, dog, cart, car, care")
                .containsExactly("car", "care", "cart");
    }

    @Test
    @DisplayName("at most k suggestions: the alphabetically first ones")
    void firstK() {
        Suggester box = suggesterOf("cat", "dog", "cart", "car", "care");
        assertThat(box.suggest("ca", 2)).as("suggest(\"ca\", 2) after cat, dog, cart, car, care")
                .containsExactly("car", "care");
        assertThat(box.suggest("ca", 0)).as("suggest(\"ca\", 0)").isEmpty();
    }

    @Test
    @DisplayName("the empty prefix matches every word")
    void emptyPrefix() {
        Suggester box = suggesterOf("pear", "apple", "fig", "a");
        assertThat(box.suggest("", 3)).as("suggest(\"\", 3) after pear, apple, fig, a")
                .containsExactly("a", "apple", "fig");
    }

    @Test
    @DisplayName("a prefix nothing starts with, or longer than every word, has no suggestions")
    void noMatch() {
        Suggester box = suggesterOf("car", "care");
        assertThat(box.suggest("cab", 3)).as("suggest(\"cab\", 3) after car, care").isEmpty();
        assertThat(box.suggest("careful", 3)).as("suggest(\"careful\", 3) after car, care").isEmpty();
        assertThat(new Suggester().suggest("", 3)).as("suggest(\"\", 3) on an empty dictionary").isEmpty();
    }

    @Test
    @DisplayName("a word added twice is suggested once")
    void duplicates() {
        Suggester box = suggesterOf("tea", "tea", "team", "tea");
        assertThat(box.suggest("te", 10)).as("suggest(\"te\", 10) after tea, tea, team, tea")
                .containsExactly("tea", "team");
    }

    @Test
    @DisplayName("one-letter words and words of the last letter work at both ends of the alphabet")
    void alphabetEnds() {
        Suggester box = suggesterOf("z", "zz", "a", "zaz");
        assertThat(box.suggest("z", 10)).as("suggest(\"z\", 10) after z, zz, a, zaz").containsExactly("z", "zaz", "zz");
    }

    @Test
    @DisplayName("null, empty or non-letter words are rejected naming word, and change nothing")
    void rejectsBadWords() {
        Suggester box = suggesterOf("car");
        assertThatThrownBy(() -> box.add(null)).as("add(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("word");
        for (String bad : new String[] {"", "Car", "car park", "caf\u00e9", "r2d2"}) {
            assertThatThrownBy(() -> box.add(bad)).as("add(\"%s\")", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("word");
        }
        assertThat(box.suggest("", 10)).as("suggest(\"\", 10) after car and the rejected adds")
                .containsExactly("car");
    }

    @Test
    @DisplayName("a null or non-letter prefix and a negative k are rejected, naming them")
    void rejectsBadQueries() {
        Suggester box = suggesterOf("car");
        assertThatThrownBy(() -> box.suggest(null, 1)).as("suggest(null, 1)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("prefix");
        assertThatThrownBy(() -> box.suggest("C", 1)).as("suggest(\"C\", 1)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix");
        assertThatThrownBy(() -> box.suggest("c", -1)).as("suggest(\"c\", -1)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k").hasMessageContaining("-1");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("after any adds, suggest agrees with filtering every stored word and sorting")
    void matchesFilterAndSort(@ForAll("operations") List<Operation> operations) {
        Suggester box = new Suggester();
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            if (op.isAdd()) {
                box.add(op.text());
                stored.add(op.text());
            } else {
                List<String> expected = stored.stream().filter(word -> word.startsWith(op.text())).sorted()
                        .limit(op.k()).toList();
                assertThat(box.suggest(op.text(), op.k()))
                        .as("step %d: suggest(\"%s\", %d) with the words %s stored", i, op.text(), op.k(), stored)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /** An add of {@code text} when k is -1, else a suggest(text, k). */
    record Operation(String text, int k) {
        boolean isAdd() {
            return k < 0;
        }

        @Override
        public String toString() {
            return isAdd() ? "add(\"" + text + "\")" : "suggest(\"" + text + "\", " + k + ")";
        }
    }

    /** Words and prefixes over a, b, c only, so they share starts often; about half the steps are adds. */
    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Operation> add = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(4)
                .map(word -> new Operation(word, -1));
        Arbitrary<Operation> suggest = Combinators.combine(
                Arbitraries.strings().withChars("abc").ofMaxLength(3), Arbitraries.integers().between(0, 5))
                .as(Operation::new);
        return Arbitraries.oneOf(add, suggest).list().ofMaxSize(40);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a suggestion takes time independent of the number of stored words (timing)")
    void suggestIsSublinear() {
        assertComplexity(Complexity.timing("suggest(\"z\", 5) among n words", SUGGEST).sizes(powersOfTwo(8, 15)))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("a suggestion takes time independent of the number of stored words (JMH)")
    void suggestBenchmark() {
        assertComplexity(Complexity.jmh("suggest(\"z\", 5) among n words", SuggesterBenchmark.class, "suggest")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LOGARITHMIC);
    }

    /** Each run asks for the same five suggestions, so the answer does not grow with the dictionary. */
    static final Workload<Suggester> SUGGEST = Workload.of(SuggesterTest::dictionary, box -> box.suggest("z", 5));

    /**
     * n random words of 5 to 10 letters from a to y, and eight words that start with z: suggest("z", 5) returns
     * the same five words at every n, so only the dictionary grows.
     */
    static Suggester dictionary(int n) {
        Suggester box = suggesterOf("zebra", "zenith", "zero", "zest", "zinc", "zone", "zoo", "zulu");
        Random random = new Random(n);
        for (int i = 0; i < n; i++) {
            char[] letters = new char[5 + random.nextInt(6)];
            for (int j = 0; j < letters.length; j++) {
                letters[j] = (char) ('a' + random.nextInt(25));
            }
            box.add(new String(letters));
        }
        return box;
    }

    private static Suggester suggesterOf(String... words) {
        Suggester box = new Suggester();
        for (String word : words) {
            box.add(word);
        }
        return box;
    }
}

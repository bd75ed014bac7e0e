package dev.niche.foundations.complexityquiz;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.QuizAnswers;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades {@link Answers} against a hashed key (so that reading this file does not give the answers away),
 * and, in solution mode only, proves the key itself: every snippet is measured, its time by exact counts or
 * by timing, its extra space by heap allocation and by stack depth, and the key must match.
 */
@Kata(id = "foundations/complexity-quiz", title = "Complexity quiz: derive time and space", order = 10,
        checkpoints = {"1.1", "1.2"}, naiveViolates = CheckKind.EXAMPLE)
class ComplexityQuizTest {
    private static final QuizAnswers<Answer> ANSWERS = QuizAnswers.in(Answers.class, Answer.class);


    /** A snippet's key, hashed, and the hint shown when an answer is wrong. */
    record KeyRow(String snippet, String timeHash, String spaceHash, String hint) {
    }

    static final List<KeyRow> KEY = List.of(
            new KeyRow("countInversions", "b5150bfb37a859c1", "1eef24593954a0c7",
                    "two loops; the inner one starts after i, so it runs n-1, n-2, ..., 1 times: a triangle, not a square, but still the same class"),
            new KeyRow("countTriples", "8622965930966a61", "f7fb7cdd4a8977a7",
                    "three nested loops with dependent bounds: the count is n choose 3"),
            new KeyRow("halvings", "9b8cabf89bd1147e", "dc8b28ada146e1f9",
                    "n halves on every step"),
            new KeyRow("doublingBlocks", "2000c06612f9217d", "c4e0755de5f6709b",
                    "the inner loop runs 1 + 2 + 4 + ... + (less than n) times: a geometric sum"),
            new KeyRow("visitMultiples", "bd6c38850f094cb6", "dc4f2ff29faaba0c",
                    "for each i the inner loop runs n / i times; n/1 + n/2 + ... + n/n is a harmonic sum"),
            new KeyRow("squareRootCeiling", "25bde2a16c4c4327", "f9e153c8446a504f",
                    "the loop stops once r * r passes n"),
            new KeyRow("sumFrom", "ab14e692989eeb14", "466feea66431cce7",
                    "one call per element, and no call returns before the last one starts: the stack holds them all"),
            new KeyRow("fibonacci", "689dcbe207cbd30e", "db876a39edf58aa0",
                    "two calls per call: draw the tree; its depth is the stack at its deepest"),
            new KeyRow("sumHalves", "836e21b460ad5a6b", "596542857a20d0e6",
                    "two calls per call, but on halves: count the nodes of the tree, and its depth"),
            new KeyRow("contains", "5354d79a5d47dbfd", "fa285945baaea8d9",
                    "one call per level on half the range; the pending calls stay on the stack"),
            new KeyRow("firstIntegers", "cdde50f46f3b714f", "29f8178e140e5e4a",
                    "an ArrayList grows by a factor, so the copies add up to a constant per append (amortized); the list is returned"),
            new KeyRow("serveAll", "795c3bc3f0fba6de", "2c920d720fd2b357",
                    "ArrayList.remove(0) shifts every remaining element one place left"),
            new KeyRow("hasDuplicate", "c26a821fe8b39f77", "d58ab88bc2f3643d",
                    "a HashSet add is expected O(1); the set may hold every element"),
            new KeyRow("median", "ce15119b657c0b2f", "78a4e055ccf6e8cf",
                    "Arrays.sort on ints; and the copy"),
            new KeyRow("reversed", "e8fd0527aaa1a581", "e68d61056d338510",
                    "the result is a new array of n ints"));

    static Stream<String> snippets() {
        return KEY.stream().map(KeyRow::snippet);
    }

    // ---- the learner's answers ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: time and extra space")
    @MethodSource("snippets")
    void answerIsRight(String snippet) throws Throwable {
        KeyRow row = KEY.stream().filter(r -> r.snippet().equals(snippet)).findFirst().orElseThrow();
        Answer answer = ANSWERS.answer(snippet);
        List<String> wrong = new ArrayList<>();
        if (!hash(snippet, "time", answer.time()).equals(row.timeHash())) {
            wrong.add("time answer " + answer.time());
        }
        if (!hash(snippet, "space", answer.space()).equals(row.spaceHash())) {
            wrong.add("extra-space answer " + answer.space());
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("Snippets." + snippet + ": your " + String.join(" and your ", wrong)
                    + (wrong.size() == 1 ? " is" : " are") + " not right. Hint: " + row.hint());
        }
    }

    @Test
    @DisplayName("Answers has one answer per snippet, and the key covers every snippet")
    void everySnippetIsAsked() throws Throwable {
        List<String> snippetMethods = java.util.Arrays.stream(Snippets.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(java.lang.reflect.Method::getName).sorted().toList();
        assertThat(snippets().sorted().toList()).as("snippets in the key").isEqualTo(snippetMethods);
        ANSWERS.assertOneMethodPerQuestion(snippetMethods);
    }

    static String hash(String snippet, String what, BigO answer) {
        return AnswerKey.hash(snippet, what, answer.name());
    }

    // ---- the key, proven by measurement (solution mode) -----------------------------------------------------

    /** Where a snippet's extra space lives: the heap (new arrays, collections) or the stack (recursion). */
    enum Where { HEAP, STACK }

    /**
     * How to measure one snippet. Time: exact counts where the snippet returns its own step count, timing
     * otherwise (which proves the class up to a log factor). Space: allocation always, stack depth for the
     * recursive ones; the class the key names must show in the place the space lives, and O(1) elsewhere.
     */
    record Proof(Complexity time, Complexity heap, Complexity stack, Where where) {
    }

    /** A sorted array big enough for every stack-depth and search measurement. */
    static final int[] BIG = IntStream.range(0, 1 << 20).map(i -> 2 * i).toArray();

    static final Map<String, Function<Void, Proof>> PROOFS = Map.ofEntries(
            Map.entry("countInversions", v -> new Proof(
                    timed("countInversions", n -> randomArray(n), a -> Snippets.countInversions(a), 8, 12),
                    heap("countInversions", n -> randomArray(n), a -> Snippets.countInversions(a), 8, 12),
                    null, Where.HEAP)),
            Map.entry("countTriples", v -> new Proof(
                    counted("countTriples", Snippets::countTriples, 4, 8),
                    heap("countTriples", n -> n, n -> Snippets.countTriples(n), 4, 8), null, Where.HEAP)),
            Map.entry("halvings", v -> new Proof(
                    counted("halvings", Snippets::halvings, 8, 20),
                    heap("halvings", n -> n, n -> Snippets.halvings(n), 8, 20), null, Where.HEAP)),
            Map.entry("doublingBlocks", v -> new Proof(
                    counted("doublingBlocks", Snippets::doublingBlocks, 8, 20),
                    heap("doublingBlocks", n -> n, n -> Snippets.doublingBlocks(n), 8, 16), null, Where.HEAP)),
            Map.entry("visitMultiples", v -> new Proof(
                    counted("visitMultiples", Snippets::visitMultiples, 8, 16),
                    heap("visitMultiples", n -> n, n -> Snippets.visitMultiples(n), 8, 16), null, Where.HEAP)),
            Map.entry("squareRootCeiling", v -> new Proof(
                    counted("squareRootCeiling", Snippets::squareRootCeiling, 8, 24),
                    heap("squareRootCeiling", n -> n, n -> Snippets.squareRootCeiling(n), 8, 20), null,
                    Where.HEAP)),
            Map.entry("sumFrom", v -> new Proof(
                    timed("sumFrom", n -> randomArray(n), a -> Snippets.sumFrom(a, 0), 8, 12),
                    heap("sumFrom", n -> randomArray(n), a -> Snippets.sumFrom(a, 0), 8, 12),
                    stack("sumFrom", n -> Snippets.sumFrom(new int[n], 0), powersOfTwo(6, 11)), Where.STACK)),
            Map.entry("fibonacci", v -> new Proof(
                    Complexity.timing("fibonacci", Workload.of(n -> n, n -> Snippets.fibonacci(n)))
                            .sizes(14, 16, 18, 20, 22, 24),
                    heap("fibonacci", n -> n, n -> Snippets.fibonacci(n), 3, 4),
                    stack("fibonacci", n -> Snippets.fibonacci(n), new int[] {6, 12, 18, 24, 30}), Where.STACK)),
            Map.entry("sumHalves", v -> new Proof(
                    timed("sumHalves", n -> randomArray(n), a -> Snippets.sumHalves(a, 0, a.length), 10, 16),
                    heap("sumHalves", n -> randomArray(n), a -> Snippets.sumHalves(a, 0, a.length), 10, 16),
                    stack("sumHalves", n -> Snippets.sumHalves(BIG, 0, n), powersOfTwo(8, 20)), Where.STACK)),
            Map.entry("contains", v -> new Proof(
                    timed("contains", Searches::new, Searches::next, 10, 20),
                    heap("contains", n -> BIG, a -> Snippets.contains(a, 0, 1 << 20, -1), 8, 10),
                    stack("contains", n -> Snippets.contains(BIG, 0, n, -1), powersOfTwo(8, 20)), Where.STACK)),
            Map.entry("firstIntegers", v -> new Proof(
                    timed("firstIntegers", n -> n, n -> Snippets.firstIntegers(n), 10, 16),
                    heap("firstIntegers", n -> n, n -> Snippets.firstIntegers(n), 10, 16), null, Where.HEAP)),
            Map.entry("serveAll", v -> new Proof(
                    timed("serveAll", n -> queueOf(n), q -> Snippets.serveAll(new ArrayList<>(q)), 11, 15),
                    heap("serveAll", n -> queueOf(n), q -> Snippets.serveAll(q), 11, 15), null, Where.HEAP)),
            Map.entry("hasDuplicate", v -> new Proof(
                    timed("hasDuplicate", n -> distinctArray(n), a -> Snippets.hasDuplicate(a), 10, 16),
                    heap("hasDuplicate", n -> distinctArray(n), a -> Snippets.hasDuplicate(a), 10, 16), null,
                    Where.HEAP)),
            Map.entry("median", v -> new Proof(
                    timed("median", n -> randomArray(n), a -> Snippets.median(a), 10, 17),
                    heap("median", n -> randomArray(n), a -> Snippets.median(a), 10, 16), null, Where.HEAP)),
            Map.entry("reversed", v -> new Proof(
                    timed("reversed", n -> randomArray(n), a -> Snippets.reversed(a), 10, 17),
                    heap("reversed", n -> randomArray(n), a -> Snippets.reversed(a), 10, 16), null, Where.HEAP)));

    @ParameterizedTest(name = "{0}: measuring it confirms the time class in the key")
    @MethodSource("snippets")
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(120)
    @EnabledIfSystemProperty(named = "kata.mode", matches = "solution")
    void keyTimeIsMeasured(String snippet) throws Throwable {
        assertComplexity(proof(snippet).time()).is(growthOf(ANSWERS.answer(snippet).time()));
    }

    @ParameterizedTest(name = "{0}: measuring it confirms the extra-space class in the key")
    @MethodSource("snippets")
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(120)
    @EnabledIfSystemProperty(named = "kata.mode", matches = "solution")
    void keySpaceIsMeasured(String snippet) throws Throwable {
        Proof proof = proof(snippet);
        Growth space = growthOf(ANSWERS.answer(snippet).space());
        assertComplexity(proof.heap()).is(proof.where() == Where.HEAP ? space : Growth.CONSTANT);
        if (proof.stack() != null) {
            assertComplexity(proof.stack()).is(proof.where() == Where.STACK ? space : Growth.CONSTANT);
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @DisplayName("every snippet has a proof")
    @EnabledIfSystemProperty(named = "kata.mode", matches = "solution")
    void everySnippetHasAProof() {
        assertThat(PROOFS.keySet()).containsExactlyInAnyOrderElementsOf(snippets().toList());
    }

    @BenchCheck
    @DisplayName("serveAll is quadratic under JMH too: ArrayList.remove(0) hides a loop")
    @EnabledIfSystemProperty(named = "kata.mode", matches = "solution")
    void serveAllBenchmark() {
        assertComplexity(Complexity.jmh("serveAll", ServeAllBenchmark.class, "serveAll")
                .sizes(powersOfTwo(11, 15))).is(Growth.QUADRATIC);
    }

    static Proof proof(String snippet) {
        return PROOFS.get(snippet).apply(null);
    }

    static Growth growthOf(BigO answer) {
        switch (answer) {
            case CONSTANT: return Growth.CONSTANT;
            case LOG_N: return Growth.LOGARITHMIC;
            case SQRT_N: return Growth.SQRT;
            case N: return Growth.LINEAR;
            case N_LOG_N: return Growth.LINEARITHMIC;
            case N_SQUARED: return Growth.QUADRATIC;
            case N_CUBED: return Growth.CUBIC;
            case TWO_TO_THE_N: return Growth.EXPONENTIAL;
            default: return Growth.FACTORIAL;
        }
    }

    // ---- measurement helpers ----------------------------------------------------------------------------------

    static <S> Complexity timed(String name, java.util.function.IntFunction<S> prepare, Function<S, Object> run,
                                int fromExp, int toExp) {
        return Complexity.timing(name, Workload.of(prepare, run)).sizes(powersOfTwo(fromExp, toExp));
    }

    static <S> Complexity heap(String name, java.util.function.IntFunction<S> prepare, Function<S, Object> run,
                               int fromExp, int toExp) {
        return Complexity.allocation(name + " heap", Workload.of(prepare, run)).sizes(powersOfTwo(fromExp, toExp));
    }

    static Complexity counted(String name, java.util.function.IntToLongFunction stepsAt, int fromExp, int toExp) {
        return Complexity.counting(name + " steps", stepsAt).sizes(powersOfTwo(fromExp, toExp));
    }

    static Complexity stack(String name, IntConsumer call, int[] sizes) {
        return Complexity.stackDepth(name + " stack", call).sizes(sizes);
    }

    static int[] randomArray(int n) {
        return new Random(n).ints(n, 0, 1_000_000).toArray();
    }

    static int[] distinctArray(int n) {
        return IntStream.range(0, n).map(i -> i * 7919).toArray();
    }

    static ArrayList<Integer> queueOf(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
    }

    /** A sorted array of n values and a cycle of targets, half present and half absent. */
    static final class Searches {
        final int n;
        final int[] targets;
        int next;

        Searches(int n) {
            this.n = n;
            Random random = new Random(n);
            targets = random.ints(1024, 0, 2 * n).toArray();
        }

        boolean next() {
            next = (next + 1) & 1023;
            return Snippets.contains(BIG, 0, n, targets[next]);
        }
    }
}

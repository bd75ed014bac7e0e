package dev.niche.foundations.leaderboard;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.BiConsumer;
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
import org.junit.jupiter.api.Timeout;

@Kata(id = "foundations/leaderboard", title = "Leaderboard: update, top k and rank in O(log n)", order = 130,
        checkpoints = "1.3", naiveViolates = CheckKind.COMPLEXITY)
class LeaderboardTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("topK lists the best first, and equal scores by name")
    void topKOrder() {
        Leaderboard board = boardOf("alice", 50, "bob", 70, "carol", 50, "dave", 10);
        assertThat(board.topK(3)).as("topK(3) of alice 50, bob 70, carol 50, dave 10")
                .containsExactly(new Entry("bob", 70), new Entry("alice", 50), new Entry("carol", 50));
    }

    @Test
    @DisplayName("rank is 1-based, and equal scores are ranked by name")
    void rankOrder() {
        Leaderboard board = boardOf("carol", 50, "alice", 50, "bob", 70, "dave", 10);
        assertThat(board.rank("bob")).as("rank(\"bob\"), the best with 70").isEqualTo(1);
        assertThat(board.rank("alice")).as("rank(\"alice\"), 50 like carol but first by name").isEqualTo(2);
        assertThat(board.rank("carol")).as("rank(\"carol\")").isEqualTo(3);
        assertThat(board.rank("dave")).as("rank(\"dave\"), the last with 10").isEqualTo(4);
    }

    @Test
    @DisplayName("update sets a player's score: it replaces the old one and does not add to it")
    void updateSets() {
        Leaderboard board = boardOf("alice", 50, "bob", 40);
        board.update("alice", 30);
        assertThat(board.size()).as("size after updating alice again").isEqualTo(2);
        assertThat(board.topK(2)).as("topK(2) after alice 50 then alice 30")
                .containsExactly(new Entry("bob", 40), new Entry("alice", 30));
        assertThat(board.rank("alice")).as("rank(\"alice\") after her score dropped to 30").isEqualTo(2);
    }

    @Test
    @DisplayName("topK of more than the board holds lists everyone; topK(0) and an empty board list nothing")
    void topKBounds() {
        Leaderboard board = boardOf("alice", 5, "bob", 7);
        assertThat(board.topK(10)).as("topK(10) of two players")
                .containsExactly(new Entry("bob", 7), new Entry("alice", 5));
        assertThat(board.topK(0)).as("topK(0)").isEmpty();
        Leaderboard empty = new Leaderboard(Entry.BEST_FIRST);
        assertThat(empty.topK(3)).as("topK(3) of an empty board").isEmpty();
        assertThat(empty.size()).as("size of an empty board").isZero();
    }

    @Test
    @DisplayName("the board follows the order it is given: lowest score first, as in golf")
    void followsTheGivenOrder() {
        Comparator<Entry> golf = Comparator.comparingLong(Entry::score).thenComparing(Entry::player);
        Leaderboard board = new Leaderboard(golf);
        board.update("alice", 72);
        board.update("bob", 68);
        board.update("carol", 75);
        assertThat(board.topK(2)).as("topK(2), lowest first, of alice 72, bob 68, carol 75")
                .containsExactly(new Entry("bob", 68), new Entry("alice", 72));
        assertThat(board.rank("carol")).as("rank(\"carol\") with the highest score").isEqualTo(3);
    }

    @Test
    @DisplayName("null order and null player are rejected with a message naming them")
    void rejectsNull() {
        assertThatThrownBy(() -> new Leaderboard(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("order");
        Leaderboard board = boardOf("alice", 1);
        assertThatThrownBy(() -> board.update(null, 3)).as("update(null, 3)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("player");
        assertThatThrownBy(() -> board.rank(null)).as("rank(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("player");
        assertThat(board.size()).as("size after the rejected update").isEqualTo(1);
    }

    @Test
    @DisplayName("topK with a negative k throws IllegalArgumentException naming k and its value")
    void rejectsNegativeK() {
        Leaderboard board = boardOf("alice", 1);
        assertThatThrownBy(() -> board.topK(-1)).as("topK(-1)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k").hasMessageContaining("-1");
    }

    @Test
    @DisplayName("rank of a player never updated throws NoSuchElementException naming the player")
    void rejectsUnknownPlayer() {
        Leaderboard board = boardOf("alice", 1);
        assertThatThrownBy(() -> board.rank("zoe")).as("rank(\"zoe\")")
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("zoe");
    }

    /** A board ranked best first, holding the given (player, score) pairs, updated in that order. */
    static Leaderboard boardOf(Object... playersAndScores) {
        Leaderboard board = new Leaderboard(Entry.BEST_FIRST);
        for (int i = 0; i < playersAndScores.length; i += 2) {
            board.update((String) playersAndScores[i], ((Integer) playersAndScores[i + 1]).longValue());
        }
        return board;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** One step of a random scenario: update(player, value), topK(value) or rank(player). */
    record Op(char kind, String player, int value) {
        @Override
        public String toString() {
            switch (kind) {
                case 'u': return "update(\"" + player + "\", " + value + ")";
                case 't': return "topK(" + value + ")";
                default: return "rank(\"" + player + "\")";
            }
        }
    }

    /** The model: current scores in a hash map, and the whole board sorted again for every query. */
    static final class SortedModel {
        private final Map<String, Long> scores = new HashMap<>();

        void update(String player, long score) {
            scores.put(player, score);
        }

        List<Entry> sorted() {
            List<Entry> entries = new ArrayList<>();
            scores.forEach((player, score) -> entries.add(new Entry(player, score)));
            entries.sort(Entry.BEST_FIRST);
            return entries;
        }

        boolean has(String player) {
            return scores.containsKey(player);
        }

        int rank(String player) {
            return sorted().indexOf(new Entry(player, scores.get(player))) + 1;
        }

        int size() {
            return scores.size();
        }
    }

    @Property(tries = 300)
    @Label("agrees with a list sorted again for every query, few players and many equal scores")
    void matchesSortedListWithTies(@ForAll("fewPlayersManyTies") List<Op> ops) {
        replay(ops);
    }

    @Property(tries = 100)
    @Label("agrees with a list sorted again for every query, up to 300 players")
    void matchesSortedListOnLargerBoards(@ForAll("manyPlayers") List<Op> ops) {
        replay(ops);
    }

    private static void replay(List<Op> ops) {
        Leaderboard board = new Leaderboard(Entry.BEST_FIRST);
        SortedModel model = new SortedModel();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            switch (op.kind()) {
                case 'u':
                    board.update(op.player(), op.value());
                    model.update(op.player(), op.value());
                    break;
                case 't':
                    List<Entry> sorted = model.sorted();
                    assertThat(board.topK(op.value())).as("step %d: %s", i, op)
                            .isEqualTo(sorted.subList(0, Math.min(op.value(), sorted.size())));
                    break;
                default:
                    if (model.has(op.player())) {
                        assertThat(board.rank(op.player())).as("step %d: %s", i, op)
                                .isEqualTo(model.rank(op.player()));
                    } else {
                        assertThatThrownBy(() -> board.rank(op.player()))
                                .as("step %d: %s, a player never updated", i, op)
                                .isInstanceOf(NoSuchElementException.class).hasMessageContaining(op.player());
                    }
            }
            assertThat(board.size()).as("size after step %d: %s", i, op).isEqualTo(model.size());
        }
    }

    @Provide
    Arbitrary<List<Op>> fewPlayersManyTies() {
        return operations(Arbitraries.of("ann", "bo", "cy", "di", "ed", "flo", "gus", "hal"),
                Arbitraries.integers().between(-3, 3), 120);
    }

    @Provide
    Arbitrary<List<Op>> manyPlayers() {
        return operations(Arbitraries.integers().between(0, 299).map(i -> "p" + i),
                Arbitraries.integers().between(-1_000_000, 1_000_000), 600);
    }

    private static Arbitrary<List<Op>> operations(Arbitrary<String> players, Arbitrary<Integer> scores, int max) {
        Arbitrary<Op> update = Combinators.combine(players, scores).as((p, s) -> new Op('u', p, s));
        Arbitrary<Op> topK = Arbitraries.integers().between(0, 12).map(k -> new Op('t', null, k));
        Arbitrary<Op> rank = players.map(p -> new Op('r', p, 0));
        return Arbitraries.frequencyOf(
                Tuple.of(5, update), Tuple.of(2, topK), Tuple.of(2, rank))
                .list().ofMaxSize(max);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    private static final int OPERATIONS = 32;

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("rank makes O(log n) comparisons")
    void rankIsLogarithmic() {
        assertComplexity(comparisonsPer("comparisons per rank", (board, random) ->
                board.rank(player(random.nextInt(board.size()))))).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("topK(10) makes O(log n) comparisons")
    void topKIsLogarithmic() {
        assertComplexity(comparisonsPer("comparisons per topK(10)", (board, random) ->
                board.topK(10))).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("update of a player already on the board makes O(log n) comparisons")
    void updateIsLogarithmic() {
        assertComplexity(comparisonsPer("comparisons per update", (board, random) ->
                board.update(player(random.nextInt(board.size())), random.nextInt(1_000_000))))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a player moving from last to first and back: update, topK(10) and rank take sublinear time (timing)")
    void mixedIsSublinear() {
        assertComplexity(Complexity.timing("update + topK(10) + rank", MIXED).sizes(powersOfTwo(11, 18)))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("update, topK(10) and rank together are sublinear (JMH)")
    void mixedBenchmark() {
        assertComplexity(Complexity.jmh("update + topK(10) + rank", LeaderboardBenchmark.class, "updateTopKRank")
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.LOGARITHMIC);
    }

    /**
     * Comparisons per operation on a board of n players ranked through a counting order: the board is filled
     * first, then {@link #OPERATIONS} operations are counted and averaged.
     */
    private static Complexity comparisonsPer(String name, BiConsumer<Leaderboard, Random> operation) {
        return Complexity.counting(name, n -> {
            Counter comparisons = new Counter();
            Leaderboard board = filled(n, comparisons.comparator(Entry.BEST_FIRST));
            Random random = new Random(n);
            comparisons.reset();
            for (int i = 0; i < OPERATIONS; i++) {
                operation.accept(board, random);
            }
            return Math.round(comparisons.count() / (double) OPERATIONS);
        }).sizes(powersOfTwo(8, 16));
    }

    /** n players with random scores below n, so that some share a score and the names break the ties. */
    private static Leaderboard filled(int n, Comparator<Entry> order) {
        Leaderboard board = new Leaderboard(order);
        Random random = new Random(31L * n);
        for (int i = 0; i < n; i++) {
            board.update(player(i), random.nextInt(n));
        }
        return board;
    }

    static String player(int i) {
        return "player" + i;
    }

    /**
     * A board of n players, and one of them who moves: each run lifts the mover from last to first, asks for
     * the top 10 and the mover's rank, drops the mover back to last and asks the rank again. Moving between the
     * two ends is the worst case of a sorted array, where each of those updates shifts all n entries; in a
     * balanced tree it is a walk down one edge of the tree.
     */
    static final Workload<MixedOps> MIXED = Workload.of(n -> new MixedOps(n), state -> state.next());

    /** Shared by the timing check and the JMH benchmark. */
    static final class MixedOps {
        final Leaderboard board = new Leaderboard(Entry.BEST_FIRST);
        final String mover;
        final int n;

        MixedOps(int n) {
            this.n = n;
            for (int i = 0; i < n; i++) {
                board.update(player(i), n - i);
            }
            mover = player(n - 1);
        }

        int next() {
            board.update(mover, n + 1L);
            int atTop = board.rank(mover) + board.topK(10).size();
            board.update(mover, 0);
            return atTop + board.rank(mover);
        }
    }
}

package dev.niche.foundations.orderedmap;

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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "foundations/ordered-map", title = "Balanced ordered map: floor, ceiling, rank, range", order = 100,
        checkpoints = "1.3", naiveViolates = CheckKind.COMPLEXITY)
class OrderedMapTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("get returns what put stored; put on an existing key replaces the value and returns the old one")
    void putThenGet() {
        OrderedMap<String, Integer> map = new OrderedMap<>(Comparator.naturalOrder());
        assertThat(map.put("pear", 1)).as("first put(\"pear\", 1)").isNull();
        map.put("apple", 2);
        assertThat(map.put("pear", 3)).as("put(\"pear\", 3) returns the old value").isEqualTo(1);
        assertThat(map.get("pear")).as("get(\"pear\")").isEqualTo(3);
        assertThat(map.get("apple")).as("get(\"apple\")").isEqualTo(2);
        assertThat(map.get("fig")).as("get(\"fig\"), never put").isNull();
        assertThat(map.containsKey("apple")).as("containsKey(\"apple\")").isTrue();
        assertThat(map.containsKey("fig")).as("containsKey(\"fig\")").isFalse();
        assertThat(map.size()).as("size after putting pear, apple, pear").isEqualTo(2);
    }

    @Test
    @DisplayName("remove returns the value and forgets the key; removing an absent key returns null")
    void removeForgets() {
        OrderedMap<Integer, String> map = new OrderedMap<>(Comparator.naturalOrder());
        for (int key : new int[] {50, 30, 70, 20, 40, 60, 80}) {
            map.put(key, "v" + key);
        }
        assertThat(map.remove(50)).as("remove(50), the root of a tree with two children").isEqualTo("v50");
        assertThat(map.remove(20)).as("remove(20), a leaf").isEqualTo("v20");
        assertThat(map.remove(20)).as("remove(20) again").isNull();
        assertThat(map.containsKey(50)).as("containsKey(50) after removing it").isFalse();
        assertThat(map.size()).as("size after two removals from seven keys").isEqualTo(5);
        assertThat(map.range(0, 100)).as("range(0, 100) after removing 50 and 20")
                .containsExactly(30, 40, 60, 70, 80);
    }

    @Test
    @DisplayName("floorKey and ceilingKey find the nearest key at or below / at or above, and null past the ends")
    void floorAndCeiling() {
        OrderedMap<Integer, String> map = mapOf(10, 20, 30);
        assertThat(map.floorKey(20)).as("floorKey(20), a key of the map").isEqualTo(20);
        assertThat(map.floorKey(25)).as("floorKey(25)").isEqualTo(20);
        assertThat(map.floorKey(99)).as("floorKey(99), above every key").isEqualTo(30);
        assertThat(map.floorKey(5)).as("floorKey(5), below every key").isNull();
        assertThat(map.ceilingKey(20)).as("ceilingKey(20), a key of the map").isEqualTo(20);
        assertThat(map.ceilingKey(25)).as("ceilingKey(25)").isEqualTo(30);
        assertThat(map.ceilingKey(5)).as("ceilingKey(5), below every key").isEqualTo(10);
        assertThat(map.ceilingKey(31)).as("ceilingKey(31), above every key").isNull();
    }

    @Test
    @DisplayName("rank counts the keys strictly less than its argument, whether or not that is a key")
    void rankCountsSmallerKeys() {
        OrderedMap<Integer, String> map = mapOf(10, 20, 30, 40);
        assertThat(map.rank(10)).as("rank(10), the smallest key").isZero();
        assertThat(map.rank(30)).as("rank(30)").isEqualTo(2);
        assertThat(map.rank(35)).as("rank(35), not a key").isEqualTo(3);
        assertThat(map.rank(5)).as("rank(5), below every key").isZero();
        assertThat(map.rank(99)).as("rank(99), above every key").isEqualTo(4);
    }

    @Test
    @DisplayName("range(lo, hi) lists the keys from lo included to hi excluded, in order")
    void rangeIsHalfOpen() {
        OrderedMap<Integer, String> map = mapOf(40, 10, 30, 20, 50);
        assertThat(map.range(20, 40)).as("range(20, 40)").containsExactly(20, 30);
        assertThat(map.range(15, 45)).as("range(15, 45), bounds that are not keys").containsExactly(20, 30, 40);
        assertThat(map.range(0, 100)).as("range(0, 100), every key").containsExactly(10, 20, 30, 40, 50);
        assertThat(map.range(30, 30)).as("range(30, 30), lo equal to hi").isEmpty();
        assertThat(map.range(60, 70)).as("range(60, 70), above every key").isEmpty();
    }

    @Test
    @DisplayName("an empty map: size 0, get null, floor and ceiling null, rank 0, empty range")
    void emptyMap() {
        OrderedMap<Integer, String> map = new OrderedMap<>(Comparator.naturalOrder());
        assertThat(map.size()).as("size()").isZero();
        assertThat(map.get(1)).as("get(1)").isNull();
        assertThat(map.remove(1)).as("remove(1)").isNull();
        assertThat(map.floorKey(1)).as("floorKey(1)").isNull();
        assertThat(map.ceilingKey(1)).as("ceilingKey(1)").isNull();
        assertThat(map.rank(1)).as("rank(1)").isZero();
        assertThat(map.range(0, 10)).as("range(0, 10)").isEmpty();
    }

    @Test
    @DisplayName("follows its comparator: with a case-insensitive order, \"Fig\" and \"fig\" are the same key")
    void followsTheComparator() {
        OrderedMap<String, Integer> map = new OrderedMap<>(String.CASE_INSENSITIVE_ORDER);
        map.put("banana", 1);
        map.put("Cherry", 2);
        map.put("apple", 3);
        assertThat(map.put("FIG", 4)).as("put(\"FIG\", 4)").isNull();
        assertThat(map.put("fig", 5)).as("put(\"fig\", 5) replaces the value of \"FIG\"").isEqualTo(4);
        assertThat(map.size()).as("size").isEqualTo(4);
        assertThat(map.range("a", "d")).as("range(\"a\", \"d\"), case-insensitive order")
                .containsExactly("apple", "banana", "Cherry");
        assertThat(map.rank("CHERRY")).as("rank(\"CHERRY\")").isEqualTo(2);
    }

    @Test
    @DisplayName("stays correct through 10,000 keys put in increasing order and half of them removed")
    void manySortedKeys() {
        int n = 10_000;
        OrderedMap<Integer, Integer> map = new OrderedMap<>(Comparator.naturalOrder());
        for (int i = 0; i < n; i++) {
            map.put(i, -i);
        }
        for (int i = 0; i < n; i += 2) {
            assertThat(map.remove(i)).as("remove(%d)", i).isEqualTo(-i);
        }
        assertThat(map.size()).as("size after removing the even keys").isEqualTo(n / 2);
        assertThat(map.get(4_001)).as("get(4001)").isEqualTo(-4_001);
        assertThat(map.get(4_000)).as("get(4000), removed").isNull();
        assertThat(map.floorKey(4_000)).as("floorKey(4000)").isEqualTo(3_999);
        assertThat(map.ceilingKey(4_000)).as("ceilingKey(4000)").isEqualTo(4_001);
        assertThat(map.rank(4_001)).as("rank(4001): the odd keys 1, 3, ..., 3999").isEqualTo(2_000);
        assertThat(map.range(4_000, 4_010)).as("range(4000, 4010)").containsExactly(4_001, 4_003, 4_005, 4_007,
                4_009);
    }

    @Test
    @DisplayName("a null order, key or value, and range with lo after hi, are rejected with a message naming them")
    void rejectsBadInput() {
        assertThatThrownBy(() -> new OrderedMap<Integer, String>(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
        OrderedMap<Integer, String> map = mapOf(1, 2, 3);
        assertThatThrownBy(() -> map.put(null, "x")).as("put(null, \"x\")")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.put(4, null)).as("put(4, null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> map.get(null)).as("get(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.containsKey(null)).as("containsKey(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.remove(null)).as("remove(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.floorKey(null)).as("floorKey(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.ceilingKey(null)).as("ceilingKey(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.rank(null)).as("rank(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.range(null, 2)).as("range(null, 2)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lo");
        assertThatThrownBy(() -> map.range(1, null)).as("range(1, null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("hi");
        assertThatThrownBy(() -> map.range(9, 4)).as("range(9, 4)")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("lo", "9", "hi", "4");
    }

    private static OrderedMap<Integer, String> mapOf(int... keys) {
        OrderedMap<Integer, String> map = new OrderedMap<>(Comparator.naturalOrder());
        for (int key : keys) {
            map.put(key, "v" + key);
        }
        return map;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    enum Action { PUT, GET, CONTAINS, REMOVE, FLOOR, CEILING, RANK, RANGE }

    /** One step of a random scenario; {@code other} is the value of a put, or the second bound of a range. */
    record Op(Action action, int key, int other) {
        @Override
        public String toString() {
            switch (action) {
                case PUT: return "put(" + key + ", " + other + ")";
                case RANGE: return "range between " + key + " and " + other;
                default: return action.name().toLowerCase(java.util.Locale.ROOT) + "(" + key + ")";
            }
        }
    }

    @Property(tries = 300)
    @Label("behaves like java.util.TreeMap under any mix of put, get, remove, floor, ceiling, rank and range")
    void matchesTreeMap(@ForAll("operations") List<Op> ops) {
        replay(ops, Comparator.naturalOrder());
    }

    @Property(tries = 200)
    @Label("follows the comparator it is given: behaves like a TreeMap in reverse order")
    void matchesTreeMapInReverseOrder(@ForAll("operations") List<Op> ops) {
        replay(ops, Comparator.reverseOrder());
    }

    @Property(tries = 100)
    @Label("after keys put in increasing order and any of them removed, every query matches java.util.TreeMap")
    void sortedInsertsThenRemovals(@ForAll @IntRange(min = 0, max = 300) int n,
                                   @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 300) Integer> removals) {
        OrderedMap<Integer, Integer> map = new OrderedMap<>(Comparator.naturalOrder());
        TreeMap<Integer, Integer> model = new TreeMap<>();
        for (int key = 0; key < n; key++) {
            map.put(key, key);
            model.put(key, key);
        }
        for (int key : removals) {
            assertThat(map.remove(key)).as("remove(%d) after putting every key in [0, %d)", key, n)
                    .isEqualTo(model.remove(key));
        }
        assertThat(map.size()).as("size after the removals").isEqualTo(model.size());
        for (int probe = -1; probe <= n; probe++) {
            assertThat(map.get(probe)).as("get(%d)", probe).isEqualTo(model.get(probe));
            assertThat(map.floorKey(probe)).as("floorKey(%d)", probe).isEqualTo(model.floorKey(probe));
            assertThat(map.ceilingKey(probe)).as("ceilingKey(%d)", probe).isEqualTo(model.ceilingKey(probe));
            assertThat(map.rank(probe)).as("rank(%d)", probe).isEqualTo(model.headMap(probe).size());
        }
        assertThat(map.range(-1, n + 1)).as("range(-1, %d): every key", n + 1)
                .containsExactlyElementsOf(model.keySet());
    }

    private static void replay(List<Op> ops, Comparator<Integer> order) {
        OrderedMap<Integer, Integer> map = new OrderedMap<>(order);
        TreeMap<Integer, Integer> model = new TreeMap<>(order);
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            int key = op.key();
            switch (op.action()) {
                case PUT:
                    assertThat(map.put(key, op.other())).as("step %d: %s returns", i, op)
                            .isEqualTo(model.put(key, op.other()));
                    break;
                case GET:
                    assertThat(map.get(key)).as("step %d: %s", i, op).isEqualTo(model.get(key));
                    break;
                case CONTAINS:
                    assertThat(map.containsKey(key)).as("step %d: %s", i, op).isEqualTo(model.containsKey(key));
                    break;
                case REMOVE:
                    assertThat(map.remove(key)).as("step %d: %s returns", i, op).isEqualTo(model.remove(key));
                    break;
                case FLOOR:
                    assertThat(map.floorKey(key)).as("step %d: %s", i, op).isEqualTo(model.floorKey(key));
                    break;
                case CEILING:
                    assertThat(map.ceilingKey(key)).as("step %d: %s", i, op).isEqualTo(model.ceilingKey(key));
                    break;
                case RANK:
                    assertThat(map.rank(key)).as("step %d: %s", i, op).isEqualTo(model.headMap(key).size());
                    break;
                case RANGE:
                    boolean inOrder = order.compare(key, op.other()) <= 0;
                    int lo = inOrder ? key : op.other();
                    int hi = inOrder ? op.other() : key;
                    assertThat(map.range(lo, hi)).as("step %d: range(%d, %d)", i, lo, hi)
                            .containsExactlyElementsOf(model.subMap(lo, hi).keySet());
                    break;
            }
            assertThat(map.size()).as("size after step %d: %s", i, op).isEqualTo(model.size());
        }
    }

    /**
     * Puts and removes draw keys from -20..40, queries from -30..50, so that queries fall below and above every
     * key, keys repeat, and removals often hit.
     */
    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> stored = Arbitraries.integers().between(-20, 40);
        Arbitrary<Integer> probe = Arbitraries.integers().between(-30, 50);
        Arbitrary<Integer> value = Arbitraries.integers().between(0, 99);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(stored, value).as((k, v) -> new Op(Action.PUT, k, v))),
                Tuple.of(3, stored.map(k -> new Op(Action.REMOVE, k, 0))),
                Tuple.of(1, probe.map(k -> new Op(Action.GET, k, 0))),
                Tuple.of(1, probe.map(k -> new Op(Action.CONTAINS, k, 0))),
                Tuple.of(1, probe.map(k -> new Op(Action.FLOOR, k, 0))),
                Tuple.of(1, probe.map(k -> new Op(Action.CEILING, k, 0))),
                Tuple.of(1, probe.map(k -> new Op(Action.RANK, k, 0))),
                Tuple.of(1, Combinators.combine(probe, probe).as((a, b) -> new Op(Action.RANGE, a, b))))
                .list().ofMaxSize(300);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    /** Sizes for checks that insert keys in increasing order: an unbalanced tree needs n^2 / 2 comparisons. */
    private static final int[] SORTED_SIZES = powersOfTwo(8, 14);
    private static final int LOOKUPS = 256;

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("put makes O(log n) comparisons per key, even when the keys come in increasing order")
    void putIsLogarithmicOnSortedKeys() {
        assertComplexity(Complexity.counting("comparisons per put, keys in increasing order", n -> {
            Counter comparisons = new Counter();
            ascending(n, comparisons);
            return Math.round(comparisons.count() / (double) n);
        }).sizes(SORTED_SIZES)).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("get makes O(log n) comparisons after n keys were put in increasing order")
    void getIsLogarithmicAfterSortedPuts() {
        assertComplexity(Complexity.counting("comparisons per get, keys put in increasing order", n -> {
            Counter comparisons = new Counter();
            OrderedMap<Integer, Integer> map = ascending(n, comparisons);
            Random random = new Random(n);
            comparisons.reset();
            for (int i = 0; i < LOOKUPS; i++) {
                map.get(random.nextInt(n));
            }
            return Math.round(comparisons.count() / (double) LOOKUPS);
        }).sizes(SORTED_SIZES)).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("remove makes O(log n) comparisons: n times remove the smallest key and put a new largest one")
    void removeIsLogarithmic() {
        assertComplexity(Complexity.counting("comparisons per remove + put, keys in increasing order", n -> {
            Counter comparisons = new Counter();
            OrderedMap<Integer, Integer> map = ascending(n, comparisons);
            comparisons.reset();
            for (int i = 0; i < n; i++) {
                map.remove(i);
                map.put(n + i, n + i);
            }
            return Math.round(comparisons.count() / (double) n);
        }).sizes(SORTED_SIZES)).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("rank makes O(log n) comparisons (keys put in random order)")
    void rankIsLogarithmic() {
        assertComplexity(Complexity.counting("comparisons per rank", n -> {
            Counter comparisons = new Counter();
            OrderedMap<Integer, Integer> map = shuffledEvens(n, comparisons.naturalOrder());
            Random random = new Random(n);
            comparisons.reset();
            for (int i = 0; i < LOOKUPS; i++) {
                map.rank(random.nextInt(2 * n + 1) - 1);
            }
            return Math.round(comparisons.count() / (double) LOOKUPS);
        }).sizes(powersOfTwo(8, 16))).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("range returning 16 keys makes O(log n) comparisons: it skips the subtrees outside [lo, hi)")
    void rangeIsLogarithmicPlusOutput() {
        int width = 16;
        assertComplexity(Complexity.counting("comparisons per range of 16 keys", n -> {
            Counter comparisons = new Counter();
            OrderedMap<Integer, Integer> map = shuffledEvens(n, comparisons.naturalOrder());
            Random random = new Random(n);
            comparisons.reset();
            for (int i = 0; i < LOOKUPS; i++) {
                int lo = 2 * random.nextInt(n - width);
                map.range(lo, lo + 2 * width);
            }
            return Math.round(comparisons.count() / (double) LOOKUPS);
        }).sizes(powersOfTwo(8, 16))).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("rank takes sublinear time: it must not count the smaller keys one by one (timing)")
    void rankIsSublinear() {
        assertComplexity(Complexity.timing("rank", RANKS).sizes(powersOfTwo(8, 13)))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("get after n keys put in increasing order is sublinear (JMH)")
    void getBenchmark() {
        assertComplexity(Complexity.jmh("get after sorted puts", OrderedMapBenchmark.class, "get")
                .sizes(powersOfTwo(8, 13))).isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("rank after n keys put in increasing order is sublinear (JMH)")
    void rankBenchmark() {
        assertComplexity(Complexity.jmh("rank after sorted puts", OrderedMapBenchmark.class, "rank")
                .sizes(powersOfTwo(8, 13))).isAtMost(Growth.LOGARITHMIC);
    }

    /** A map of the keys 0..n-1, put in increasing order through a comparator counted by {@code comparisons}. */
    private static OrderedMap<Integer, Integer> ascending(int n, Counter comparisons) {
        OrderedMap<Integer, Integer> map = new OrderedMap<>(comparisons.<Integer>naturalOrder());
        for (int i = 0; i < n; i++) {
            map.put(i, i);
        }
        return map;
    }

    /** A map of the keys 0, 2, ..., 2n-2, put in a shuffled order, so that odd numbers are absent keys. */
    static OrderedMap<Integer, Integer> shuffledEvens(int n, Comparator<Integer> order) {
        List<Integer> keys = new ArrayList<>(IntStream.range(0, n).map(i -> 2 * i).boxed().toList());
        Collections.shuffle(keys, new Random(n));
        OrderedMap<Integer, Integer> map = new OrderedMap<>(order);
        for (int key : keys) {
            map.put(key, key);
        }
        return map;
    }

    /** Ranks of present and absent keys in a map of n keys put in random order; each run does one rank. */
    static final Workload<Probes> RANKS = Workload.of(n -> new Probes(shuffledEvens(n, Comparator.naturalOrder()), n), probes -> probes.map.rank(probes.next()));

    /** A map of n keys (0, 2, ..., 2n-2) and a cycle of keys to look up, half of them absent. */
    static final class Probes {
        final OrderedMap<Integer, Integer> map;
        final Integer[] keys = new Integer[1024];
        int next;

        Probes(OrderedMap<Integer, Integer> map, int n) {
            this.map = map;
            Random random = new Random(n);
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(2 * n);
            }
        }

        Integer next() {
            next = (next + 1) & (keys.length - 1);
            return keys[next];
        }
    }
}

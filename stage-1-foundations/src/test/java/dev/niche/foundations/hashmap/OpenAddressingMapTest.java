package dev.niche.foundations.hashmap;

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
import java.util.HashMap;
import java.util.List;
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

@Kata(id = "foundations/hash-map", title = "Open-addressing hash map", order = 60, checkpoints = "1.3",
        naiveViolates = CheckKind.COMPLEXITY)
class OpenAddressingMapTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("get returns what put stored, and null for a missing key")
    void putThenGet() {
        OpenAddressingMap<String, Integer> map = new OpenAddressingMap<>();
        map.put("one", 1);
        map.put("two", 2);
        assertThat(map.get("one")).as("get(\"one\")").isEqualTo(1);
        assertThat(map.get("two")).as("get(\"two\")").isEqualTo(2);
        assertThat(map.get("three")).as("get(\"three\"), never put").isNull();
        assertThat(map.size()).as("size after two puts").isEqualTo(2);
    }

    @Test
    @DisplayName("put on an existing key replaces the value and returns the old one")
    void putReplaces() {
        OpenAddressingMap<String, Integer> map = new OpenAddressingMap<>();
        assertThat(map.put("k", 1)).as("first put(\"k\", 1)").isNull();
        assertThat(map.put("k", 2)).as("second put(\"k\", 2) returns the old value").isEqualTo(1);
        assertThat(map.get("k")).isEqualTo(2);
        assertThat(map.size()).as("size after replacing").isEqualTo(1);
    }

    @Test
    @DisplayName("remove returns the value and forgets the key")
    void removeForgets() {
        OpenAddressingMap<String, Integer> map = new OpenAddressingMap<>();
        map.put("k", 7);
        assertThat(map.remove("k")).as("remove(\"k\")").isEqualTo(7);
        assertThat(map.containsKey("k")).as("containsKey after remove").isFalse();
        assertThat(map.remove("k")).as("second remove(\"k\")").isNull();
        assertThat(map.size()).isZero();
    }

    @Test
    @DisplayName("removing a key does not hide the colliding keys stored after it")
    void removeKeepsProbeChain() {
        OpenAddressingMap<Colliding, String> map = new OpenAddressingMap<>();
        Colliding a = new Colliding(1);
        Colliding b = new Colliding(2);
        Colliding c = new Colliding(3);
        map.put(a, "a");
        map.put(b, "b");
        map.put(c, "c");
        map.remove(a);
        assertThat(map.get(b)).as("get(b) after removing a, when a, b, c share one hash").isEqualTo("b");
        assertThat(map.get(c)).as("get(c) after removing a").isEqualTo("c");
        map.put(a, "a again");
        assertThat(map.get(a)).isEqualTo("a again");
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    @DisplayName("keeps every key while growing to 10,000 entries")
    void grows() {
        OpenAddressingMap<Integer, Integer> map = new OpenAddressingMap<>();
        for (int i = 0; i < 10_000; i++) {
            map.put(i, -i);
        }
        assertThat(map.size()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(map.get(i)).as("get(%d)", i).isEqualTo(-i);
        }
    }

    @Test
    @DisplayName("null keys and values are rejected with a message naming them")
    void rejectsNull() {
        OpenAddressingMap<String, Integer> map = new OpenAddressingMap<>();
        assertThatThrownBy(() -> map.put(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> map.put("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> map.get(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** One step of a random scenario: put (key, value), get key, or remove key. */
    record Op(char kind, int key, int value) {
        @Override
        public String toString() {
            return kind == 'p' ? "put(" + key + ", " + value + ")" : (kind == 'g' ? "get(" : "remove(") + key + ")";
        }
    }

    @Property(tries = 300)
    @Label("behaves like java.util.HashMap under any mix of put, get and remove")
    void matchesHashMap(@ForAll("operations") List<Op> ops) {
        replay(ops, Integer::valueOf);
    }

    @Property(tries = 200)
    @Label("still behaves like java.util.HashMap when keys collide (hash = key mod 3)")
    void matchesHashMapWithCollisions(@ForAll("operations") List<Op> ops) {
        replay(ops, Colliding::new);
    }

    private static <K> void replay(List<Op> ops, java.util.function.IntFunction<K> keyOf) {
        OpenAddressingMap<K, Integer> map = new OpenAddressingMap<>();
        Map<K, Integer> model = new HashMap<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            K key = keyOf.apply(op.key());
            switch (op.kind()) {
                case 'p':
                    assertThat(map.put(key, op.value())).as("step %d: %s returns", i, op)
                            .isEqualTo(model.put(key, op.value()));
                    break;
                case 'g':
                    assertThat(map.get(key)).as("step %d: %s", i, op).isEqualTo(model.get(key));
                    break;
                default:
                    assertThat(map.remove(key)).as("step %d: %s returns", i, op).isEqualTo(model.remove(key));
            }
            assertThat(map.size()).as("size after step %d: %s", i, op).isEqualTo(model.size());
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Character> kind = Arbitraries.of('p', 'p', 'g', 'r');
        Arbitrary<Integer> key = Arbitraries.integers().between(-20, 40);
        Arbitrary<Integer> value = Arbitraries.integers().between(0, 99);
        return Combinators.combine(kind, key, value).as(Op::new).list().ofMaxSize(200);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("get makes O(1) equals calls per lookup, however large the map")
    void getMakesConstantEqualsCalls() {
        int lookups = 256;
        assertComplexity(Complexity.counting("equals calls per get", n -> {
            Counter equalsCalls = new Counter();
            OpenAddressingMap<CountedKey, Integer> map = new OpenAddressingMap<>();
            for (int i = 0; i < n; i++) {
                map.put(new CountedKey(i, equalsCalls), i);
            }
            Random random = new Random(n);
            equalsCalls.reset();
            for (int i = 0; i < lookups; i++) {
                map.get(new CountedKey(random.nextInt(n), equalsCalls));
            }
            return Math.round(equalsCalls.count() / (double) lookups);
        }).sizes(powersOfTwo(8, 15))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("get takes sublinear time (timing)")
    void getIsSublinear() {
        assertComplexity(Complexity.timing("get", GETS).sizes(powersOfTwo(10, 17))).isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("get is sublinear (JMH)")
    void getBenchmark() {
        assertComplexity(Complexity.jmh("get", OpenAddressingMapBenchmark.class, "get")
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.CONSTANT);
    }

    /** A map of n Integer keys and a cycle of keys to look up; each run does one get. */
    static final Workload<Lookups> GETS = Workload.of(Lookups::new, Lookups::next);

    /** Shared by the timing check and the JMH benchmark. */
    static final class Lookups {
        final OpenAddressingMap<Integer, Integer> map = new OpenAddressingMap<>();
        final Integer[] keys = new Integer[1024];
        int next;

        Lookups(int n) {
            for (int i = 0; i < n; i++) {
                map.put(i, i);
            }
            Random random = new Random(n);
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(n);
            }
        }

        Integer next() {
            next = (next + 1) & (keys.length - 1);
            return map.get(keys[next]);
        }
    }

    /** A key whose hash is its value mod 3: many keys share a slot, so probing and tombstones get exercised. */
    record Colliding(int value) {
        @Override
        public int hashCode() {
            return Math.floorMod(value, 3);
        }
    }

    /** An int key that counts every equals call made on it. */
    static final class CountedKey {
        private final int value;
        private final Counter equalsCalls;

        CountedKey(int value, Counter equalsCalls) {
            this.value = value;
            this.equalsCalls = equalsCalls;
        }

        @Override
        public boolean equals(Object other) {
            equalsCalls.tick();
            return other instanceof CountedKey && ((CountedKey) other).value == value;
        }

        @Override
        public int hashCode() {
            return Integer.hashCode(value);
        }

        @Override
        public String toString() {
            return "key " + value;
        }
    }
}

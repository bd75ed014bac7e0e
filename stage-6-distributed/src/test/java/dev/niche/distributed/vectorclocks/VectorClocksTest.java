package dev.niche.distributed.vectorclocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/vector-clocks", title = "Vector clocks and siblings: concurrent writes are kept", order = 11,
        checkpoints = "6.3", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class VectorClocksTest {

    // ---- examples ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("increment, get and counters: a missing node counts 0, zeros are not entries, clocks are immutable")
    void basics() {
        VectorClock empty = VectorClock.empty();
        assertThat(empty.counters()).isEmpty();
        VectorClock clock = empty.increment("a").increment("a").increment("b");
        assertThat(clock.counters()).isEqualTo(Map.of("a", 2L, "b", 1L));
        assertThat(clock.get("a")).isEqualTo(2);
        assertThat(clock.get("z")).as("get of a node the clock never saw").isZero();
        assertThat(empty.counters()).as("the empty clock after others were built from it").isEmpty();
        assertThat(VectorClock.of(Map.of("a", 0L, "b", 3L)).counters()).as("of({a=0, b=3}).counters()")
                .isEqualTo(Map.of("b", 3L));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("compare: before, after, equal, and concurrent when each clock has an entry above the other's")
    void compareExamples() {
        assertThat(clock("a", 1).compare(clock("a", 2))).isEqualTo(Order.BEFORE);
        assertThat(clock("a", 2, "b", 1).compare(clock("a", 1))).isEqualTo(Order.AFTER);
        assertThat(clock("a", 1, "b", 2).compare(clock("b", 2, "a", 1))).isEqualTo(Order.EQUAL);
        assertThat(clock("a", 1).compare(clock("b", 1))).as("{a=1} against {b=1}: each saw an event the other did not")
                .isEqualTo(Order.CONCURRENT);
        assertThat(clock("a", 2, "b", 1).compare(clock("a", 1, "b", 2)))
                .as("{a=2, b=1} against {a=1, b=2}: each is ahead on one node")
                .isEqualTo(Order.CONCURRENT);
        assertThat(clock("a", 1).compare(clock("a", 1, "c", 1))).as("{a=1} against {a=1, c=1}")
                .isEqualTo(Order.BEFORE);
        assertThat(VectorClock.empty().compare(clock("b", 1))).isEqualTo(Order.BEFORE);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("merge is the entry-wise maximum")
    void mergeExample() {
        VectorClock merged = clock("a", 2, "b", 1).merge(clock("b", 3, "c", 1));
        assertThat(merged.counters()).isEqualTo(Map.of("a", 2L, "b", 3L, "c", 1L));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("two clients write after reading the same state: both values are kept as siblings")
    void concurrentWritesAreSiblings() {
        VersionedStore store = new VersionedStore("n1");
        store.put("cart", "milk", VectorClock.empty());
        Siblings read = store.get("cart");
        assertThat(read.values()).containsExactly("milk");
        store.put("cart", "milk,eggs", read.context());
        store.put("cart", "milk,bread", read.context());
        Siblings both = store.get("cart");
        assertThat(both.values()).as("after two writes with the same context, the siblings of cart")
                .containsExactly("milk,bread", "milk,eggs");
        store.put("cart", "milk,bread,eggs", both.context());
        assertThat(store.get("cart").values()).as("after a write whose context covers both siblings")
                .containsExactly("milk,bread,eggs");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a write replaces exactly the siblings its context saw; a blind write replaces nothing")
    void writeRemovesWhatItSaw() {
        VersionedStore store = new VersionedStore("n1");
        store.put("k", "v1", VectorClock.empty());
        Siblings sawV1 = store.get("k");
        store.put("k", "v2", VectorClock.empty()); // a client that read nothing: v2 is concurrent with v1
        assertThat(store.get("k").values()).containsExactly("v1", "v2");
        store.put("k", "v3", sawV1.context());
        assertThat(store.get("k").values()).as("v3 was written by a client that had read only v1")
                .containsExactly("v2", "v3");
        assertThat(store.get("other").values()).as("a key never written").isEmpty();
        assertThat(store.get("other").context().counters()).isEmpty();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with an IllegalArgumentException naming the argument")
    void badInput() {
        Map<String, Long> nullNode = new HashMap<>();
        nullNode.put(null, 1L);
        refused(() -> VectorClock.of(null), "counters");
        refused(() -> VectorClock.of(nullNode), "counters");
        refused(() -> VectorClock.of(Map.of("a", -1L)), "counters");
        refused(() -> VectorClock.empty().increment(null), "node");
        refused(() -> VectorClock.empty().merge(null), "other");
        refused(() -> VectorClock.empty().compare(null), "other");
        refused(() -> new VersionedStore(null), "node");
        VersionedStore store = new VersionedStore("n1");
        refused(() -> store.get(null), "key");
        refused(() -> store.put(null, "v", VectorClock.empty()), "key");
        refused(() -> store.put("k", null, VectorClock.empty()), "value");
        refused(() -> store.put("k", "v", null), "context");
    }

    // ---- laws of the partial order ----

    @Property(tries = 300)
    @Kind(CheckKind.PROPERTY)
    @Label("compare agrees with the entries: at most on every node, equal on every node, or neither way")
    void compareFollowsEntries(@ForAll("counters") Map<String, Long> a, @ForAll("counters") Map<String, Long> b) {
        VectorClock x = VectorClock.of(a);
        VectorClock y = VectorClock.of(b);
        assertThat(x.counters()).as("of(%s).counters()", a).isEqualTo(nonZero(a));
        assertThat(x.compare(y)).as("of(%s).compare(of(%s))", a, b).isEqualTo(expectedOrder(a, b));
    }

    @Property(tries = 300)
    @Kind(CheckKind.PROPERTY)
    @Label("partial order: reflexive, antisymmetric, transitive")
    void partialOrderLaws(@ForAll("counters") Map<String, Long> a, @ForAll("counters") Map<String, Long> b,
                          @ForAll("counters") Map<String, Long> c) {
        VectorClock x = VectorClock.of(a);
        VectorClock y = VectorClock.of(b);
        assertThat(x.compare(VectorClock.of(a))).as("reflexive: of(%s) against itself", a).isEqualTo(Order.EQUAL);
        assertThat(y.compare(x)).as("antisymmetric: of(%s).compare(of(%s)) is the mirror of the other way, %s", b, a,
                x.compare(y)).isEqualTo(mirror(x.compare(y)));
        if (x.compare(y) == Order.EQUAL) {
            assertThat(x.counters()).as("clocks that compare EQUAL hold the same entries: %s and %s", a, b)
                    .isEqualTo(y.counters());
        }
        // a chain x <= xy <= xyz, whatever the random clocks are
        VectorClock xy = x.merge(y);
        VectorClock xyz = xy.merge(VectorClock.of(c));
        assertThat(atMost(x, xy) && atMost(xy, xyz)).as("%s <= merge with %s <= merge with %s", a, b, c).isTrue();
        assertThat(atMost(x, xyz)).as("transitive: %s <= %s <= %s, so %s <= %s", x.counters(), xy.counters(),
                xyz.counters(), x.counters(), xyz.counters()).isTrue();
    }

    @Property(tries = 300)
    @Kind(CheckKind.PROPERTY)
    @Label("merge: commutative, associative, idempotent, the least upper bound, and it changes neither input")
    void mergeLaws(@ForAll("counters") Map<String, Long> a, @ForAll("counters") Map<String, Long> b,
                   @ForAll("counters") Map<String, Long> c) {
        VectorClock x = VectorClock.of(a);
        VectorClock y = VectorClock.of(b);
        VectorClock z = VectorClock.of(c);
        VectorClock xy = x.merge(y);
        assertThat(xy.counters()).as("merge of %s and %s", a, b).isEqualTo(entrywiseMax(a, b));
        assertThat(y.merge(x).counters()).as("commutative: %s merged into %s", a, b).isEqualTo(xy.counters());
        assertThat(xy.merge(z).counters()).as("associative: (%s + %s) + %s against %s + (%s + %s)", a, b, c, a, b, c)
                .isEqualTo(x.merge(y.merge(z)).counters());
        assertThat(x.merge(x).counters()).as("idempotent: %s merged with itself", a).isEqualTo(x.counters());
        assertThat(atMost(x, xy) && atMost(y, xy)).as("an upper bound: %s and %s are at most their merge %s", a, b,
                xy.counters()).isTrue();
        if (atMost(x, z) && atMost(y, z)) {
            assertThat(atMost(xy, z)).as("the least upper bound: %s is above %s and %s, so above their merge %s", c,
                    a, b, xy.counters()).isTrue();
        }
        assertThat(x.counters()).as("a merged clock is unchanged").isEqualTo(nonZero(a));
        assertThat(x.increment("a").compare(x)).as("of(%s).increment(a) against the clock itself", a)
                .isEqualTo(Order.AFTER);
        assertThat(x.counters()).as("an incremented clock is unchanged").isEqualTo(nonZero(a));
    }

    // ---- happened-before on causal histories ----

    /**
     * Steps of a run of 2 to 4 nodes: each number picks a node and what it does (a local event, a send to another
     * node, or the receipt of the oldest message waiting for it). Each event's clock is what the node's vector clock
     * says at that point; its causal past is tracked separately, as a set of events.
     */
    @Property(tries = 300)
    @Kind(CheckKind.PROPERTY)
    @Label("happened-before iff compare says BEFORE, concurrent iff CONCURRENT, on random message histories")
    void happenedBeforeOnHistories(@ForAll @IntRange(min = 2, max = 4) int nodes,
                                   @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 59) Integer> steps) {
        History history = new History(nodes);
        steps.forEach(history::step);
        List<Event> events = history.events;
        for (Event e : events) {
            for (Event f : events) {
                if (e == f) {
                    continue;
                }
                Order expected = f.past.get(e.id) ? Order.BEFORE : e.past.get(f.id) ? Order.AFTER : Order.CONCURRENT;
                Order actual = e.clock.compare(f.clock);
                assertThat(actual).withFailMessage("compare(e%d, e%d) gave %s; expected %s, since %s.%nThe history"
                        + " (each event with the clock your code gave it):%n%s", e.id, f.id, actual, expected,
                        why(e, f, expected), history.describe()).isEqualTo(expected);
            }
        }
    }

    // ---- siblings against a model ----

    /**
     * Three clients read and write two keys. Each number is a step: which client, which key, and whether it reads
     * (taking a fresh context), writes with the context of its last read of that key, or writes blind (the empty
     * context). The model keeps, per key, the set of live values: a write removes the values its client saw at
     * that read and adds its own.
     */
    @Property(tries = 300)
    @Kind(CheckKind.PROPERTY)
    @Label("siblings: concurrent writes are all kept, and a write removes exactly the values its client read")
    void siblingsFollowTheModel(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 17) Integer> steps) {
        VersionedStore store = new VersionedStore("n1");
        String[] keys = {"x", "y"};
        Map<String, TreeSet<String>> live = new HashMap<>();
        Map<String, Siblings> lastRead = new HashMap<>(); // client + key -> what that read returned
        List<String> log = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int step = steps.get(i);
            int client = step % 3;
            String key = keys[step / 3 % 2];
            int action = step / 6; // 0 read, 1 write with the last read's context, 2 write blind
            TreeSet<String> values = live.computeIfAbsent(key, k -> new TreeSet<>());
            String who = "c" + client + "." + key;
            if (action == 0) {
                Siblings read = store.get(key);
                lastRead.put(who, read);
                log.add("c" + client + " reads " + key + " -> " + read.values() + " context "
                        + read.context().counters());
            } else {
                String value = "v" + i;
                Siblings seen = action == 1 ? lastRead.getOrDefault(who, new Siblings(List.of(), VectorClock.empty()))
                        : new Siblings(List.of(), VectorClock.empty());
                store.put(key, value, seen.context());
                values.removeAll(seen.values());
                values.add(value);
                log.add("c" + client + " writes " + key + " = " + value + " with context " + seen.context().counters()
                        + (action == 2 ? " (blind)" : " (it had read " + seen.values() + ")"));
            }
            List<String> actual = store.get(key).values();
            assertThat(actual).withFailMessage("after these steps, get(%s) returned %s; expected the siblings %s"
                    + " (values written and not replaced by a write whose client had read them).%nSteps:%n  %s",
                    key, actual, List.copyOf(values), String.join("\n  ", log)).isEqualTo(List.copyOf(values));
        }
    }

    // ---- generators and models ----

    @Provide
    Arbitrary<Map<String, Long>> counters() {
        return Arbitraries.maps(Arbitraries.of("a", "b", "c"), Arbitraries.longs().between(0, 3)).ofMaxSize(3);
    }

    private static Order expectedOrder(Map<String, Long> a, Map<String, Long> b) {
        boolean above = false;
        boolean below = false;
        for (String node : List.of("a", "b", "c")) {
            long x = a.getOrDefault(node, 0L);
            long y = b.getOrDefault(node, 0L);
            above |= x > y;
            below |= x < y;
        }
        return above && below ? Order.CONCURRENT : above ? Order.AFTER : below ? Order.BEFORE : Order.EQUAL;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counters) {
        Map<String, Long> result = new TreeMap<>(counters);
        result.values().removeIf(count -> count == 0);
        return result;
    }

    private static Map<String, Long> entrywiseMax(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> result = new TreeMap<>(nonZero(a));
        nonZero(b).forEach((node, count) -> result.merge(node, count, Math::max));
        return result;
    }

    private static boolean atMost(VectorClock x, VectorClock y) {
        Order order = x.compare(y);
        return order == Order.BEFORE || order == Order.EQUAL;
    }

    private static Order mirror(Order order) {
        return order == Order.BEFORE ? Order.AFTER : order == Order.AFTER ? Order.BEFORE : order;
    }

    private static VectorClock clock(Object... nodesAndCounts) {
        Map<String, Long> counters = new HashMap<>();
        for (int i = 0; i < nodesAndCounts.length; i += 2) {
            counters.put((String) nodesAndCounts[i], ((Integer) nodesAndCounts[i + 1]).longValue());
        }
        return VectorClock.of(counters);
    }

    private static void refused(Runnable call, String argument) {
        assertThatThrownBy(call::run).as("a call with a bad %s", argument).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(argument);
    }

    private static String why(Event e, Event f, Order expected) {
        return switch (expected) {
            case BEFORE -> "a chain of events and messages leads from e" + e.id + " to e" + f.id;
            case AFTER -> "a chain of events and messages leads from e" + f.id + " to e" + e.id;
            default -> "no chain of events and messages leads from either to the other";
        };
    }

    private record Event(int id, String what, VectorClock clock, BitSet past) {
    }

    private record Message(VectorClock clock, BitSet past, int sentBy) {
    }

    /** A run of message passing: each node's vector clock as the code under test keeps it, and the true causality. */
    private static final class History {
        final int nodes;
        final VectorClock[] clocks;
        final BitSet[] pasts;
        final List<Deque<Message>> inboxes = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        History(int nodes) {
            this.nodes = nodes;
            this.clocks = new VectorClock[nodes];
            this.pasts = new BitSet[nodes];
            for (int n = 0; n < nodes; n++) {
                clocks[n] = VectorClock.empty();
                pasts[n] = new BitSet();
                inboxes.add(new ArrayDeque<>());
            }
        }

        void step(int code) {
            int node = code % nodes;
            int kind = code / nodes % 3;
            int id = events.size();
            String name = "n" + (node + 1);
            Message received = kind == 2 ? inboxes.get(node).poll() : null;
            String what;
            if (received != null) {
                clocks[node] = clocks[node].merge(received.clock);
                pasts[node].or(received.past);
                what = name + " receives the message of e" + received.sentBy;
            } else if (kind == 1) {
                int to = (node + 1 + code / (3 * nodes) % (nodes - 1)) % nodes;
                what = name + " sends a message to n" + (to + 1);
                clocks[node] = clocks[node].increment(name);
                pasts[node].set(id);
                inboxes.get(to).add(new Message(clocks[node], (BitSet) pasts[node].clone(), id));
                events.add(new Event(id, what, clocks[node], (BitSet) pasts[node].clone()));
                return;
            } else {
                what = name + " has a local event";
            }
            clocks[node] = clocks[node].increment(name);
            pasts[node].set(id);
            events.add(new Event(id, what, clocks[node], (BitSet) pasts[node].clone()));
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            for (Event e : events) {
                text.append("  e").append(e.id).append(": ").append(e.what).append(", clock ")
                        .append(e.clock.counters()).append('\n');
            }
            return text.toString().stripTrailing();
        }
    }
}

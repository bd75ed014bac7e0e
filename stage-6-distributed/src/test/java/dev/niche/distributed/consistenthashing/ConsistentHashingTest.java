package dev.niche.distributed.consistenthashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "distributed/consistent-hashing", title = "Consistent hashing: a ring with virtual nodes", order = 8,
        checkpoints = "6.3", naiveViolates = CheckKind.PROPERTY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the order of this file: examples, then balance first
class ConsistentHashingTest {
    private static final int KEYS = 100_000;
    private static final int VIRTUAL_NODES = 200;
    private static final double BOUND = 1.25;

    // ---- examples ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an empty ring has no owner; a ring of one node owns every key")
    void emptyAndSingle() {
        HashRing ring = new HashRing(10);
        assertThatThrownBy(() -> ring.ownerOf("k")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ring.owners("k", 1)).isInstanceOf(IllegalStateException.class);
        ring.add("solo");
        for (int i = 0; i < 100; i++) {
            assertThat(ring.ownerOf("key-" + i)).isEqualTo("solo");
            assertThat(ring.owners("key-" + i, 1)).containsExactly("solo");
        }
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("one point per node: a key belongs to the node of the first point at or after it, wrapping around")
    void firstPointClockwise() {
        List<String> names = List.of("a", "b", "c");
        HashRing ring = ring(1, names);
        TreeMap<Long, String> points = new TreeMap<>();
        names.forEach(n -> points.put(RingHash.of(n + "#0"), n));
        for (int i = 0; i < 300; i++) {
            String key = "key-" + i;
            long at = RingHash.of(key);
            Map.Entry<Long, String> next = points.ceilingEntry(at);
            String expected = next != null ? next.getValue() : points.firstEntry().getValue();
            assertThat(ring.ownerOf(key)).as("owner of %s at %d; points %s", key, at, points).isEqualTo(expected);
        }
        String pastTheEnd = keyAfter(points.lastKey());
        assertThat(ring.ownerOf(pastTheEnd)).as("%s lies past the largest point, so the walk wraps around", pastTheEnd)
                .isEqualTo(points.firstEntry().getValue());
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("add and remove say whether the ring changed; nodes() lists the members")
    void membership() {
        HashRing ring = new HashRing(20);
        assertThat(ring.add("a")).isTrue();
        assertThat(ring.add("b")).isTrue();
        assertThat(ring.add("a")).as("adding a node twice").isFalse();
        assertThat(ring.nodes()).containsExactlyInAnyOrder("a", "b");
        assertThat(ring.remove("c")).as("removing a node that is not there").isFalse();
        assertThat(ring.remove("a")).isTrue();
        assertThat(ring.nodes()).containsExactly("b");
        for (int i = 0; i < 100; i++) {
            assertThat(ring.ownerOf("key-" + i)).as("after a left").isEqualTo("b");
        }
        assertThatThrownBy(() -> ring.nodes().add("x")).as("nodes() must not let the caller change the ring")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("two clients that add the same nodes in different orders compute the same owners")
    void orderOfJoinsDoesNotMatter() {
        List<String> names = List.of("cache-1", "cache-2", "cache-3", "cache-4", "cache-5");
        HashRing forward = ring(50, names);
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        HashRing backward = ring(50, reversed);
        backward.add("cache-9");
        backward.remove("cache-9");
        for (int i = 0; i < 500; i++) {
            String key = "session-" + i;
            assertThat(backward.owners(key, 3)).as(key).isEqualTo(forward.owners(key, 3));
        }
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("owners(key, N) lists every node once, starting with the owner")
    void ownersCoverTheRing() {
        List<String> names = List.of("a", "b", "c", "d");
        HashRing ring = ring(30, names);
        for (int i = 0; i < 200; i++) {
            String key = "key-" + i;
            List<String> all = ring.owners(key, 4);
            assertThat(all).as(key).containsExactlyInAnyOrderElementsOf(names);
            assertThat(all.get(0)).as(key).isEqualTo(ring.ownerOf(key));
            assertThat(ring.owners(key, 2)).as(key).isEqualTo(all.subList(0, 2));
        }
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with a message naming it")
    void badInput() {
        assertThatThrownBy(() -> new HashRing(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("virtualNodes");
        HashRing ring = ring(5, List.of("a", "b"));
        assertThatThrownBy(() -> ring.add(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node");
        assertThatThrownBy(() -> ring.add(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node");
        assertThatThrownBy(() -> ring.remove(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node");
        assertThatThrownBy(() -> ring.ownerOf(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> ring.owners(null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> ring.owners("k", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> ring.owners("k", 3)).as("three replicas on a ring of two nodes")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicas");
    }

    // ---- properties over 100 000 keys, 10 nodes of 200 virtual nodes ----

    @Test
    @Order(7)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("10 nodes x 200 virtual nodes, 100 000 keys: no node holds more than 1.25 times the mean")
    void balance() {
        HashRing ring = ring(VIRTUAL_NODES, nodes(10));
        Map<String, Integer> load = loads(ring, keys());
        double mean = (double) KEYS / 10;
        String most = maxKey(load);
        assertThat(load.get(most) / mean).withFailMessage("new HashRing(%d) with node-0 to node-9: %s holds"
                + " %d of %d keys, %.2f times the mean of %.0f (the bound is %.2f).%n  keys per node: %s",
                VIRTUAL_NODES, most, load.get(most), KEYS, load.get(most) / mean, mean, BOUND, new TreeMap<>(load))
                .isLessThanOrEqualTo(BOUND);
    }

    @Test
    @Order(8)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("an eleventh node joins: every key that moves goes to it, and it takes about 1/11 of the keys")
    void join() {
        HashRing ring = ring(VIRTUAL_NODES, nodes(10));
        String[] keys = keys();
        String[] before = owners(ring, keys);
        ring.add("node-10");
        int moved = 0;
        for (int i = 0; i < keys.length; i++) {
            String now = ring.ownerOf(keys[i]);
            if (!now.equals(before[i])) {
                assertThat(now).withFailMessage("%s moved from %s to %s when node-10 joined; a join may only move"
                        + " keys to the newcomer", keys[i], before[i], now).isEqualTo("node-10");
                moved++;
            }
        }
        double expected = KEYS / 11.0;
        assertThat(moved / expected).withFailMessage("node-10 joined ten nodes and took %d keys, %.2f times the"
                + " fair share of %.0f (1/11 of %d); it should take between %.2f and %.2f times that", moved,
                moved / expected, expected, KEYS, 2 - BOUND, BOUND).isBetween(2 - BOUND, BOUND);
    }

    @Test
    @Order(9)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("a node leaves: only its keys move, and they spread out (no survivor takes more than a third)")
    void leave() {
        HashRing ring = ring(VIRTUAL_NODES, nodes(10));
        String[] keys = keys();
        String[] before = owners(ring, keys);
        ring.remove("node-4");
        Map<String, Integer> heirs = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String now = ring.ownerOf(keys[i]);
            if (before[i].equals("node-4")) {
                heirs.merge(now, 1, Integer::sum);
            } else {
                assertThat(now).withFailMessage("%s moved from %s to %s when node-4 left; only node-4's keys may"
                        + " move", keys[i], before[i], now).isEqualTo(before[i]);
            }
        }
        int orphans = heirs.values().stream().mapToInt(Integer::intValue).sum();
        String most = maxKey(heirs);
        assertThat(3 * heirs.get(most)).withFailMessage("node-4 left and %s took %d of its %d keys, more than a"
                + " third: one neighbour absorbs the whole failure instead of all survivors sharing it; the keys"
                + " went to %s", most, heirs.get(most), orphans, new TreeMap<>(heirs))
                .isLessThanOrEqualTo(orphans);
    }

    @Test
    @Order(10)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("owners(key, 3): three distinct nodes led by the owner, and a join or leave changes them minimally")
    void replicaLists() {
        HashRing ring = ring(VIRTUAL_NODES, nodes(10));
        String[] keys = Arrays.copyOf(keys(), 5_000);
        List<List<String>> before = new ArrayList<>();
        for (String key : keys) {
            List<String> owners = ring.owners(key, 3);
            assertThat(owners).as("owners(%s, 3)", key).hasSize(3).doesNotHaveDuplicates()
                    .startsWith(ring.ownerOf(key));
            assertThat(ring.owners(key, 3)).as("owners(%s, 3) asked twice", key).isEqualTo(owners);
            before.add(owners);
        }
        ring.add("node-10");
        for (int i = 0; i < keys.length; i++) {
            List<String> was = before.get(i);
            List<String> now = ring.owners(keys[i], 3);
            List<String> withoutNewcomer = new ArrayList<>(now);
            withoutNewcomer.remove("node-10");
            List<String> allowed = now.contains("node-10") ? was.subList(0, 2) : was;
            assertThat(withoutNewcomer).withFailMessage("owners(%s, 3) was %s and became %s when node-10 joined; the"
                    + " newcomer may push in, and then only the last one drops out, the others keep their order",
                    keys[i], was, now).isEqualTo(allowed);
        }
        ring.remove("node-10");
        ring.remove("node-4");
        for (int i = 0; i < keys.length; i++) {
            List<String> was = before.get(i);
            List<String> now = ring.owners(keys[i], 3);
            List<String> survivors = new ArrayList<>(was);
            survivors.remove("node-4");
            assertThat(now.subList(0, survivors.size())).withFailMessage("owners(%s, 3) was %s and became %s when"
                    + " node-4 left; the survivors keep their places and only a node after them fills the gap",
                    keys[i], was, now).isEqualTo(survivors);
        }
    }

    // ---- helpers ----

    private static HashRing ring(int virtualNodes, List<String> names) {
        HashRing ring = new HashRing(virtualNodes);
        names.forEach(ring::add);
        return ring;
    }

    private static List<String> nodes(int n) {
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add("node-" + i);
        }
        return nodes;
    }

    /** Half sequential names, half random ids, as a session store sees them. */
    private static String[] keys() {
        SplittableRandom random = new SplittableRandom(8);
        String[] keys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = i % 2 == 0 ? "user:" + i : "session:" + Long.toHexString(random.nextLong());
        }
        return keys;
    }

    private static String[] owners(HashRing ring, String[] keys) {
        return Arrays.stream(keys).map(ring::ownerOf).toArray(String[]::new);
    }

    private static Map<String, Integer> loads(HashRing ring, String[] keys) {
        Map<String, Integer> load = Arrays.stream(keys)
                .collect(Collectors.toMap(ring::ownerOf, key -> 1, Integer::sum));
        ring.nodes().forEach(node -> load.putIfAbsent(node, 0));
        return load;
    }

    private static String maxKey(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** A key whose position lies strictly after {@code position}: found by trying names until one does. */
    private static String keyAfter(long position) {
        for (int i = 0; ; i++) {
            String key = "probe-" + i;
            if (RingHash.of(key) > position) {
                return key;
            }
        }
    }
}

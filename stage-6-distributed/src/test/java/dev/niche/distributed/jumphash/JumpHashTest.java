package dev.niche.distributed.jumphash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/jump-hash", title = "Jump hash and rendezvous hashing", order = 9, checkpoints = "6.3",
        naiveViolates = CheckKind.PROPERTY)
class JumpHashTest {
    private static final int KEYS = 100_000;

    // ---- examples ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("jump hash: one bucket takes every key; buckets stay in range; the same key gives the same bucket")
    void jumpBasics() {
        for (long key = -50; key < 50; key++) {
            assertThat(JumpHash.bucket(key, 1)).as("bucket(%d, 1)", key).isZero();
            assertThat(JumpHash.bucket(key, 7)).as("bucket(%d, 7)", key).isBetween(0, 6)
                    .isEqualTo(JumpHash.bucket(key, 7));
        }
        assertThat(JumpHash.bucket(Long.MAX_VALUE, 1000)).isBetween(0, 999);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("rendezvous: the owner is one of the nodes and does not depend on their order")
    void rendezvousBasics() {
        List<String> nodes = List.of("cache-a", "cache-b", "cache-c", "cache-d");
        for (int i = 0; i < 100; i++) {
            String key = "user:" + i;
            String owner = Rendezvous.owner(key, nodes);
            assertThat(nodes).contains(owner);
            assertThat(Rendezvous.owner(key, List.of("cache-d", "cache-c", "cache-b", "cache-a"))).as(key)
                    .isEqualTo(owner);
        }
        assertThat(Rendezvous.owner("k", List.of("only"))).isEqualTo("only");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with a message naming it")
    void badInput() {
        assertThatThrownBy(() -> JumpHash.bucket(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buckets");
        assertThatThrownBy(() -> Rendezvous.owner("k", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rendezvous.owner(null, List.of("a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rendezvous.owner("k", java.util.Arrays.asList("a", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- properties over 100 000 keys ----

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("jump hash spreads 100 000 keys evenly: every bucket within 10% of the mean (n = 3, 10, 37)")
    void jumpBalance() {
        for (int n : new int[] {3, 10, 37}) {
            int[] load = new int[n];
            for (long key : keys()) {
                load[JumpHash.bucket(key, n)]++;
            }
            assertBalanced(load, "jump hash with " + n + " buckets");
        }
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("jump hash, n to n + 1 buckets: a key that moves goes to the new bucket, and about 1/(n+1) move")
    void jumpMovesLittle() {
        for (int n = 1; n <= 40; n += 13) {
            int moved = 0;
            for (long key : keys()) {
                int before = JumpHash.bucket(key, n);
                int after = JumpHash.bucket(key, n + 1);
                if (before != after) {
                    assertThat(after).withFailMessage("key %d moved from bucket %d to bucket %d when bucket %d was"
                            + " added; a key may only move to the new bucket", key, before, after, n).isEqualTo(n);
                    moved++;
                }
            }
            assertMovedShare(moved, 1.0 / (n + 1), "growing from " + n + " to " + (n + 1) + " buckets");
        }
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("rendezvous spreads 100 000 keys evenly over 10 nodes: each within 10% of the mean")
    void rendezvousBalance() {
        List<String> nodes = nodes(10);
        Map<String, Integer> load = new HashMap<>();
        for (long key : keys()) {
            load.merge(Rendezvous.owner("key-" + key, nodes), 1, Integer::sum);
        }
        int[] counts = nodes.stream().mapToInt(node -> load.getOrDefault(node, 0)).toArray();
        assertBalanced(counts, "rendezvous over " + nodes);
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("rendezvous: a joining node takes about 1/(N+1) of the keys, and only keys that go to it move")
    void rendezvousJoin() {
        List<String> before = nodes(9);
        List<String> after = nodes(10);
        int moved = 0;
        for (long key : keys()) {
            String was = Rendezvous.owner("key-" + key, before);
            String is = Rendezvous.owner("key-" + key, after);
            if (!was.equals(is)) {
                assertThat(is).withFailMessage("key-%d moved from %s to %s when node-9 joined; only keys that go to"
                        + " the new node may move", key, was, is).isEqualTo("node-9");
                moved++;
            }
        }
        assertMovedShare(moved, 1.0 / 10, "node-9 joining nine nodes");
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("rendezvous: when a node leaves, only its own keys move")
    void rendezvousLeave() {
        List<String> all = nodes(10);
        List<String> without = new ArrayList<>(all);
        without.remove("node-4");
        for (long key : keys()) {
            String was = Rendezvous.owner("key-" + key, all);
            String is = Rendezvous.owner("key-" + key, without);
            if (!was.equals("node-4")) {
                assertThat(is).withFailMessage("key-%d moved from %s to %s when node-4 left; only node-4's keys may"
                        + " move", key, was, is).isEqualTo(was);
            }
        }
    }

    // ---- helpers ----

    private static long[] keys() {
        SplittableRandom random = new SplittableRandom(20);
        long[] keys = new long[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = i % 2 == 0 ? i : random.nextLong(); // sequential ids and random ones
        }
        return keys;
    }

    private static List<String> nodes(int n) {
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add("node-" + i);
        }
        return nodes;
    }

    private static void assertBalanced(int[] load, String what) {
        double mean = (double) KEYS / load.length;
        for (int i = 0; i < load.length; i++) {
            assertThat(Math.abs(load[i] - mean) / mean).withFailMessage("%s: slot %d holds %d keys, the mean is %.0f"
                    + " (more than 10%% off); loads: %s", what, i, load[i], mean, java.util.Arrays.toString(load))
                    .isLessThanOrEqualTo(0.10);
        }
    }

    private static void assertMovedShare(int moved, double expected, String what) {
        double share = (double) moved / KEYS;
        assertThat(share).withFailMessage("%s moved %.1f%% of the keys; a consistent assignment moves about %.1f%%"
                + " (only the new member's share)", what, 100 * share, 100 * expected)
                .isBetween(expected * 0.85, expected * 1.15);
    }
}

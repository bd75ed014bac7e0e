package dev.niche.storage.bplustree;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
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

@Kata(id = "storage/b-plus-tree", title = "B+ tree on pages: splits, a leaf chain, counted reads", order = 9,
        checkpoints = "5.3", naiveViolates = CheckKind.COMPLEXITY)
class BPlusTreeTest {
    static final String FILE = "tree";
    /** The smallest page: at least 6 entries a leaf, 8 keys an inner page, so a few hundred keys make 3 levels. */
    private static final int SMALL_PAGE = 128;
    /** The page of the counted checks. */
    static final int PAGE = 256;

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("a new tree is one empty leaf: height 1, nothing found, nothing scanned")
    void emptyTree() {
        BPlusTree tree = BPlusTree.open(Disk.inMemory(), FILE, SMALL_PAGE);
        assertThat(tree.height()).as("height of a new tree").isEqualTo(1);
        assertThat(tree.get(42)).as("get(42) on a new tree").isEmpty();
        assertThat(tree.scan(Long.MIN_VALUE, Long.MAX_VALUE)).as("scan of everything on a new tree").isEmpty();
    }

    @Test
    @DisplayName("put, overwrite, get and delete a few keys, the extreme longs included")
    void fewKeys() {
        BPlusTree tree = BPlusTree.open(Disk.inMemory(), FILE, SMALL_PAGE);
        tree.put(5, 50);
        tree.put(-3, -30);
        tree.put(Long.MAX_VALUE, 1);
        tree.put(Long.MIN_VALUE, 2);
        tree.put(5, 55);
        assertThat(tree.get(5)).as("get(5) after put(5, 50), put(5, 55)").isEqualTo(OptionalLong.of(55));
        assertThat(tree.get(-3)).as("get(-3)").isEqualTo(OptionalLong.of(-30));
        assertThat(tree.get(Long.MAX_VALUE)).as("get(Long.MAX_VALUE)").isEqualTo(OptionalLong.of(1));
        assertThat(tree.get(Long.MIN_VALUE)).as("get(Long.MIN_VALUE)").isEqualTo(OptionalLong.of(2));
        assertThat(tree.get(4)).as("get(4), never put").isEmpty();
        tree.delete(-3);
        tree.delete(7);
        assertThat(tree.get(-3)).as("get(-3) after delete(-3)").isEmpty();
        assertThat(tree.scan(Long.MIN_VALUE, Long.MAX_VALUE)).as("scan(MIN, MAX) after the puts and deletes")
                .containsExactly(new Entry(Long.MIN_VALUE, 2), new Entry(5, 55));
    }

    @Test
    @DisplayName("1000 keys in ascending, then descending order: pages split, the tree grows, every key is found")
    void splitsInBothDirections() {
        for (boolean ascending : new boolean[] {true, false}) {
            String order = ascending ? "ascending" : "descending";
            BPlusTree tree = BPlusTree.open(Disk.inMemory(), FILE, SMALL_PAGE);
            for (int i = 0; i < 1000; i++) {
                long key = ascending ? i : 999 - i;
                tree.put(key, key * 10);
            }
            assertThat(tree.height()).as("height after 1000 %s puts on %d-byte pages (at most %d allowed)", order,
                    SMALL_PAGE, maxHeight(1000, SMALL_PAGE)).isBetween(2, maxHeight(1000, SMALL_PAGE));
            for (long key = 0; key < 1000; key++) {
                assertThat(tree.get(key)).as("get(%d) after 1000 %s puts", key, order)
                        .isEqualTo(OptionalLong.of(key * 10));
            }
            assertThat(tree.get(1000)).as("get(1000), never put").isEmpty();
            assertThat(tree.scan(0, 1000)).as("scan(0, 1000) after 1000 %s puts", order)
                    .isEqualTo(LongStream.range(0, 1000).mapToObj(k -> new Entry(k, k * 10)).toList());
        }
    }

    @Test
    @DisplayName("scan includes its first bound, excludes its second, and is empty when they are equal")
    void scanBounds() {
        BPlusTree tree = BPlusTree.open(Disk.inMemory(), FILE, SMALL_PAGE);
        for (long key = 0; key < 200; key += 2) {
            tree.put(key, -key);
        }
        assertThat(tree.scan(10, 16)).as("scan(10, 16) over the even keys 0..198")
                .containsExactly(new Entry(10, -10), new Entry(12, -12), new Entry(14, -14));
        assertThat(tree.scan(11, 15)).as("scan(11, 15)").containsExactly(new Entry(12, -12), new Entry(14, -14));
        assertThat(tree.scan(50, 50)).as("scan(50, 50)").isEmpty();
        assertThat(tree.scan(-100, 3)).as("scan(-100, 3)").containsExactly(new Entry(0, 0), new Entry(2, -2));
        assertThat(tree.scan(197, 1000)).as("scan(197, 1000)").containsExactly(new Entry(198, -198));
        assertThat(tree.scan(Long.MIN_VALUE, Long.MAX_VALUE)).as("scan(MIN, MAX)").hasSize(100);
    }

    @Test
    @DisplayName("deleting every other key of 500 leaves the rest, and a deleted key can come back")
    void deleteMany() {
        BPlusTree tree = BPlusTree.open(Disk.inMemory(), FILE, SMALL_PAGE);
        for (long key = 0; key < 500; key++) {
            tree.put(key, key);
        }
        for (long key = 0; key < 500; key += 2) {
            tree.delete(key);
        }
        assertThat(tree.scan(0, 500)).as("scan(0, 500) after deleting the even keys")
                .isEqualTo(LongStream.range(0, 250).mapToObj(i -> new Entry(2 * i + 1, 2 * i + 1)).toList());
        tree.put(100, 7);
        assertThat(tree.get(100)).as("get(100) after delete(100), put(100, 7)").isEqualTo(OptionalLong.of(7));
        assertThat(tree.get(102)).as("get(102) after delete(102)").isEmpty();
    }

    @Test
    @DisplayName("after flush, open on the same disk finds the same map and keeps working")
    void reopen() {
        Disk disk = Disk.inMemory();
        BPlusTree tree = BPlusTree.open(disk, FILE, SMALL_PAGE);
        for (long key = 0; key < 300; key++) {
            tree.put(key * 7 % 300, key);
        }
        tree.delete(5);
        int height = tree.height();
        tree.flush();
        BPlusTree again = BPlusTree.open(disk, FILE, SMALL_PAGE);
        assertThat(again.height()).as("height after reopening a tree of height %d", height).isEqualTo(height);
        assertThat(again.scan(0, 300)).as("scan(0, 300) after flush and open").isEqualTo(tree.scan(0, 300));
        again.put(1000, 1);
        assertThat(again.get(1000)).as("get(1000) after put(1000, 1) on the reopened tree")
                .isEqualTo(OptionalLong.of(1));
    }

    @Test
    @DisplayName("bad input is refused with the argument named")
    void badInput() {
        Disk disk = Disk.inMemory();
        for (int pageSize : new int[] {0, 100, 127}) {
            assertThatThrownBy(() -> BPlusTree.open(disk, "small-" + pageSize, pageSize)).as("pageSize %d", pageSize)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        }
        assertThatCode(() -> BPlusTree.open(disk, "smallest", 128)).as("pageSize 128, the smallest allowed")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BPlusTree.open(null, FILE, 256)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("disk");
        assertThatThrownBy(() -> BPlusTree.open(disk, " ", 256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file");
        BPlusTree tree = BPlusTree.open(disk, FILE, 256);
        tree.flush();
        assertThatThrownBy(() -> BPlusTree.open(disk, FILE, 512)).as("reopening a 256-byte-page tree with 512")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> tree.scan(5, 3)).as("scan(5, 3)").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromInclusive").hasMessageContaining("toExclusive");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** One step of a random run; toString is how a shrunk failing run reads. */
    sealed interface Op permits Put, PutRun, Delete, Get, Scan, FlushAndCrash {
    }

    record Put(long key, long value) implements Op {
        @Override
        public String toString() {
            return "put(" + key + ", " + value + ")";
        }
    }

    /** Puts keys from, from + 1, ..., from + count - 1, each with value key + delta: grows the tree fast. */
    record PutRun(long from, int count, long delta) implements Op {
        @Override
        public String toString() {
            return "put keys " + from + ".." + (from + count - 1) + " with value key + " + delta;
        }
    }

    record Delete(long key) implements Op {
        @Override
        public String toString() {
            return "delete(" + key + ")";
        }
    }

    record Get(long key) implements Op {
        @Override
        public String toString() {
            return "get(" + key + ")";
        }
    }

    record Scan(long from, long to) implements Op {
        @Override
        public String toString() {
            return "scan(" + from + ", " + to + ")";
        }
    }

    record FlushAndCrash() implements Op {
        @Override
        public String toString() {
            return "flush, power cut, open";
        }
    }

    @Property(tries = 200, seed = "20261129")
    @Label("behaves like a TreeMap under any mix of put, delete, get and scan (128-byte pages)")
    void matchesTreeMap(@ForAll("operations") List<Op> ops) {
        BPlusTree tree = BPlusTree.open(Disk.inMemory(), FILE, SMALL_PAGE);
        TreeMap<Long, Long> model = new TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            apply(tree, model, ops.get(i), "step " + (i + 1) + " (" + ops.get(i) + ")");
        }
        assertThat(tree.scan(Long.MIN_VALUE, Long.MAX_VALUE)).as("scan(MIN, MAX) after all %d steps", ops.size())
                .isEqualTo(entries(model, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Property(tries = 100, seed = "20261130")
    @Label("after flush, a power cut that loses every unsynced write, and open, the tree holds the same map")
    void flushSurvivesPowerCut(@ForAll("durableOperations") List<Op> ops) {
        Disk disk = Disk.recordingCrashes();
        BPlusTree tree = BPlusTree.open(disk, FILE, SMALL_PAGE);
        TreeMap<Long, Long> model = new TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op instanceof FlushAndCrash) {
                tree.flush();
                disk = recordingCopy(disk.crashImage(disk.eventCount(), 0, false));
                tree = BPlusTree.open(disk, FILE, SMALL_PAGE);
                assertThat(tree.scan(Long.MIN_VALUE, Long.MAX_VALUE))
                        .as("scan(MIN, MAX) at step %d, after flush, a power cut and open: flush must sync every"
                                + " page it relies on (the header too)", i + 1)
                        .isEqualTo(entries(model, Long.MIN_VALUE, Long.MAX_VALUE));
            } else {
                apply(tree, model, op, "step " + (i + 1) + " (" + op + ")");
            }
        }
    }

    private static void apply(BPlusTree tree, TreeMap<Long, Long> model, Op op, String step) {
        if (op instanceof Put put) {
            tree.put(put.key(), put.value());
            model.put(put.key(), put.value());
        } else if (op instanceof PutRun run) {
            for (long key = run.from(); key < run.from() + run.count(); key++) {
                tree.put(key, key + run.delta());
                model.put(key, key + run.delta());
            }
        } else if (op instanceof Delete delete) {
            tree.delete(delete.key());
            model.remove(delete.key());
        } else if (op instanceof Get get) {
            Long expected = model.get(get.key());
            assertThat(tree.get(get.key())).as(step)
                    .isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
        } else if (op instanceof Scan scan) {
            assertThat(tree.scan(scan.from(), scan.to())).as(step).isEqualTo(entries(model, scan.from(), scan.to()));
        }
    }

    /**
     * The files of {@code image} on a new recording disk, written and synced. A crash image's own log starts empty,
     * so a second crash image cannot be taken from it; a copy whose log starts with its files can.
     */
    private static Disk recordingCopy(Disk image) {
        Disk copy = Disk.recordingCrashes();
        for (String name : image.list()) {
            byte[] bytes = image.open(name).readAll();
            var file = copy.open(name);
            file.write(0, bytes);
            file.sync();
        }
        return copy;
    }

    private static List<Entry> entries(TreeMap<Long, Long> model, long from, long to) {
        return model.subMap(from, true, to, false).entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Long> key = Arbitraries.longs().between(-300, 300);
        Arbitrary<Long> value = Arbitraries.longs().between(-1000, 1000);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(key, value).as((k, v) -> (Op) new Put(k, v))),
                Tuple.of(1, putRuns(key)),
                Tuple.of(3, key.map(k -> (Op) new Delete(k))),
                Tuple.of(3, key.map(k -> (Op) new Get(k))),
                Tuple.of(2, scans(key))).list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Op>> durableOperations() {
        Arbitrary<Long> key = Arbitraries.longs().between(-300, 300);
        Arbitrary<Long> value = Arbitraries.longs().between(-1000, 1000);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(key, value).as((k, v) -> (Op) new Put(k, v))),
                Tuple.of(1, putRuns(key)),
                Tuple.of(3, key.map(k -> (Op) new Delete(k))),
                Tuple.of(1, Arbitraries.just((Op) new FlushAndCrash()))).list().ofMaxSize(200);
    }

    private static Arbitrary<Op> putRuns(Arbitrary<Long> key) {
        return Combinators.combine(key, Arbitraries.integers().between(1, 80), Arbitraries.longs().between(-5, 5))
                .as((from, count, delta) -> (Op) new PutRun(from, count, delta));
    }

    private static Arbitrary<Op> scans(Arbitrary<Long> key) {
        return Combinators.combine(key, Arbitraries.longs().between(0, 200))
                .as((from, length) -> (Op) new Scan(from, from + length));
    }

    // ---- complexity: counted page reads ---------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a lookup reads exactly height() pages, and height() stays within its log bound (256-byte pages)")
    void lookupReadsOnePagePerLevel() {
        assertComplexity(Complexity.counting("page reads per get", n -> {
            Disk disk = Disk.inMemory();
            built(disk, n);
            BPlusTree tree = BPlusTree.open(disk, FILE, PAGE); // a new object: whatever it knows, it read
            int height = tree.height();
            assertThat(height)
                    .as("height() of a tree of %d keys put in random order on %d-byte pages: at most %d levels"
                            + " (leaves at least %d full, inner pages at least %d children)", n, PAGE,
                            maxHeight(n, PAGE), minLeafEntries(PAGE), minChildren(PAGE))
                    .isBetween(1, maxHeight(n, PAGE));
            Random random = new Random(n);
            long reads = 0;
            int lookups = 100;
            for (int i = 0; i < lookups; i++) {
                long key = random.nextInt(2 * n) - 1; // keys are the even numbers: half of these are absent
                long before = disk.stats(FILE).reads();
                tree.get(key);
                long read = disk.stats(FILE).reads() - before;
                assertThat(read)
                        .withFailMessage("get(%d) on a reopened tree of %d keys read %d pages; its height() is %d.%n"
                                + "A lookup reads one page per level, root to leaf, each through PageFile.read: no"
                                + " more (search the leaf you reached, not its neighbours), no fewer (keep no node in"
                                + " memory between calls).", key, n, read, height)
                        .isEqualTo(height);
                reads += read;
            }
            return reads / lookups;
        }).sizes(1_000, 10_000, 100_000)).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a scan of r keys reads at most height() + ceil(r / m) + 1 pages: one descent, then the leaf chain")
    void scanFollowsTheLeafChain() {
        int n = 30_000;
        Disk disk = Disk.inMemory();
        built(disk, n);
        BPlusTree tree = BPlusTree.open(disk, FILE, PAGE);
        int m = minLeafEntries(PAGE);
        Random random = new Random(7);
        assertComplexity(Complexity.counting("pages read per scan of r keys", r -> {
            long worst = 0;
            for (int i = 0; i < 5; i++) {
                long from = 2L * random.nextInt(n - r); // keys are 0, 2, 4, ...: a range of 2r holds r keys
                long before = disk.stats(FILE).reads();
                List<Entry> found = tree.scan(from, from + 2L * r);
                long read = disk.stats(FILE).reads() - before;
                assertThat(found).as("scan(%d, %d) of a tree holding the even keys 0..%d", from, from + 2L * r,
                        2L * (n - 1)).hasSize(r);
                long allowed = tree.height() + (r + m - 1) / m + 1;
                assertThat(read)
                        .withFailMessage("scan(%d, %d) returned %d entries and read %d pages; at most %d = height %d"
                                + " + ceil(%d / %d) + 1 are needed, since every leaf holds at least %d entries.%n"
                                + "Descend once, to the leaf of the first key, then follow the next-leaf pointer from"
                                + " leaf to leaf: going back to the root for every leaf (or every key) costs height()"
                                + " pages each time.", from, from + 2L * r, r, read, allowed, tree.height(), r, m, m)
                        .isLessThanOrEqualTo(allowed);
                worst = Math.max(worst, read);
            }
            return worst;
        }).sizes(100, 1_000, 10_000)).isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("get on trees of 2^10 to 2^16 keys is sublinear (JMH)")
    void getBenchmark() {
        assertComplexity(Complexity.jmh("get", BPlusTreeBenchmark.class, "get").sizes(1 << 10, 1 << 12, 1 << 14,
                1 << 16)).isAtMost(Growth.LOGARITHMIC);
    }

    // ---- helpers, shared with the benchmark -----------------------------------------------------------------

    /** Puts the keys 0, 2, ..., 2(n - 1) in a random order (value = key + 1) on {@code disk}, then flushes. */
    static void built(Disk disk, int n) {
        List<Long> keys = new ArrayList<>(n);
        for (long i = 0; i < n; i++) {
            keys.add(2 * i);
        }
        Collections.shuffle(keys, new Random(n));
        BPlusTree tree = BPlusTree.open(disk, FILE, PAGE);
        for (long key : keys) {
            tree.put(key, key + 1);
        }
        tree.flush();
    }

    /** m: a leaf that must hold (pageSize - 32) / 16 entries and splits in halves keeps at least half of them. */
    static int minLeafEntries(int pageSize) {
        return (pageSize - 32) / 32;
    }

    /** f: an inner page that must hold (pageSize - 32) / 12 keys and splits in halves keeps this many children. */
    static int minChildren(int pageSize) {
        return (pageSize - 32) / 24;
    }

    /** The tallest tree n puts can make: a tree of height h >= 2 holds at least 2 m f^(h - 2) keys. */
    static int maxHeight(long n, int pageSize) {
        long m = minLeafEntries(pageSize);
        long f = minChildren(pageSize);
        int height = 1;
        for (long least = 2 * m; least <= n; least *= f) {
            height++;
        }
        return height;
    }
}

package dev.niche.storage.lsmtree;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.storage.disk.CrashCheck;
import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.IoStats;
import dev.niche.storage.disk.KeyValueStore.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "storage/lsm-tree", title = "LSM tree: memtable, sorted runs, Bloom filters, compaction, recovery",
        order = 10, checkpoints = "5.3", naiveViolates = CheckKind.COMPLEXITY)
class LsmTreeTest {
    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;
    /** Keys in the counted-reads trees: 63 memtables of 64, which leaves several runs of different sizes. */
    private static final int KEYS = 4000;

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("put, overwrite and get work across flushes to sorted runs")
    void putGetOverwrite() {
        LsmTree tree = LsmTree.open(Disk.inMemory(), 4);
        for (long k = 1; k <= 10; k++) {
            tree.put(k, k * 10);
        }
        tree.put(3, 33);
        assertThat(tree.runCount()).as("runs after 11 writes with memtableLimit 4").isPositive();
        assertThat(tree.get(3)).as("get(3) after put(3, 30) then put(3, 33)").hasValue(33);
        assertThat(tree.get(1)).as("get(1), written first, now in a run").hasValue(10);
        assertThat(tree.get(10)).as("get(10)").hasValue(100);
        assertThat(tree.get(11)).as("get(11), never written").isEmpty();
        assertThat(tree.get(-1)).as("get(-1), never written").isEmpty();
    }

    @Test
    @DisplayName("a delete's tombstone hides the value an older run holds, also after a reopen")
    void tombstoneHidesOlderValue() {
        Disk disk = Disk.inMemory();
        LsmTree tree = LsmTree.open(disk, 2);
        tree.put(5, 50);
        tree.put(6, 60);
        tree.put(7, 70); // the memtable was full: {5, 6} went to a run first
        tree.delete(5);
        assertThat(tree.get(5)).as("get(5) after put(5, 50), flush, delete(5)").isEmpty();
        tree.flush();
        assertThat(tree.get(5)).as("get(5) once the tombstone is in a run of its own").isEmpty();
        assertThat(tree.scan(0, 10)).as("scan(0, 10)").containsExactly(new Entry(6, 60), new Entry(7, 70));
        LsmTree reopened = LsmTree.open(disk, 2);
        assertThat(reopened.get(5)).as("get(5) after reopening").isEmpty();
        assertThat(reopened.scan(0, 10)).as("scan(0, 10) after reopening")
                .containsExactly(new Entry(6, 60), new Entry(7, 70));
        reopened.delete(42);
        assertThat(reopened.get(42)).as("get(42) after deleting a key that never had a value").isEmpty();
    }

    @Test
    @DisplayName("scan merges the memtable and every run in key order, the newest version winning")
    void scanMergesNewestFirst() {
        LsmTree tree = LsmTree.open(Disk.inMemory(), 3);
        for (long k : new long[] {40, 10, 30, 20, 50, 60}) {
            tree.put(k, k);
        }
        tree.put(20, 21); // newer than the run that holds 20
        tree.delete(40);
        assertThat(tree.scan(10, 60)).as("scan(10, 60): 60 is excluded, 40 deleted, 20 overwritten")
                .containsExactly(new Entry(10, 10), new Entry(20, 21), new Entry(30, 30), new Entry(50, 50));
        assertThat(tree.scan(25, 25)).as("scan(25, 25), an empty range").isEmpty();
        assertThat(tree.scan(MIN, MAX)).as("scan of every key").hasSize(5);
    }

    @Test
    @DisplayName("a write is durable when it returns: after a crash that loses unsynced bytes it is still there")
    void writesAreDurableWhenAcknowledged() {
        Disk disk = Disk.recordingCrashes();
        LsmTree tree = LsmTree.open(disk, 100);
        tree.put(1, 10);
        tree.put(2, 20);
        tree.delete(1);
        Disk afterCrash = disk.crashImage(disk.eventCount(), 0, false);
        LsmTree recovered = LsmTree.open(afterCrash, 100);
        assertThat(recovered.scan(MIN, MAX)).as("state after put(1, 10), put(2, 20), delete(1), then a crash")
                .containsExactly(new Entry(2, 20));
    }

    @Test
    @DisplayName("a tombstone survives every merge until it reaches the oldest run")
    void tombstonesSurviveMerges() {
        LsmTree tree = LsmTree.open(Disk.inMemory(), 2);
        for (long k = 0; k < 32; k++) {
            tree.put(k, k);
        }
        for (long k = 0; k < 32; k += 2) {
            tree.delete(k);
        }
        for (long k = 100; k < 164; k++) { // many more flushes: the runs with the tombstones get merged
            tree.put(k, k);
            for (long deleted = 0; deleted < 32; deleted += 2) {
                assertThat(tree.get(deleted)).as("get(%d) after put(0..31), delete of the even keys 0..30, then"
                        + " put(100..%d) with memtableLimit 2", deleted, k).isEmpty();
            }
        }
        assertThat(tree.scan(0, 32)).as("scan(0, 32) at the end").extracting(Entry::key)
                .containsExactly(LongStream.range(0, 16).map(i -> 2 * i + 1).boxed().toArray(Long[]::new));
    }

    @Test
    @DisplayName("flush writes the memtable out as one run; flushing an empty memtable adds none")
    void flushWritesARun() {
        Disk disk = Disk.inMemory();
        LsmTree tree = LsmTree.open(disk, 100);
        tree.put(7, 70);
        tree.put(8, 80);
        assertThat(tree.runCount()).as("runs before any flush").isZero();
        tree.flush();
        assertThat(tree.runCount()).as("runs after flush()").isEqualTo(1);
        tree.flush();
        assertThat(tree.runCount()).as("runs after a second flush() with nothing new").isEqualTo(1);
        assertThat(LsmTree.open(disk, 100).scan(MIN, MAX)).as("scan after reopening")
                .containsExactly(new Entry(7, 70), new Entry(8, 80));
    }

    @Test
    @DisplayName("bad arguments are refused with the argument named")
    void badInput() {
        assertThatThrownBy(() -> LsmTree.open(null, 4)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("disk");
        assertThatThrownBy(() -> LsmTree.open(Disk.inMemory(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memtableLimit");
        LsmTree tree = LsmTree.open(Disk.inMemory(), 4);
        assertThatThrownBy(() -> tree.scan(5, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromInclusive");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** One step of a random run; {@code toString} is what a shrunk failure shows. */
    record Op(String kind, long key, long value, long to) {
        @Override
        public String toString() {
            return switch (kind) {
                case "put" -> "put(" + key + ", " + value + ")";
                case "delete", "get" -> kind + "(" + key + ")";
                case "scan" -> "scan(" + key + ", " + to + ")";
                default -> kind + "()";
            };
        }
    }

    @Property(tries = 200)
    @Label("behaves like a TreeMap under puts, deletes, gets, scans, flushes and reopens")
    void matchesTreeMap(@ForAll @IntRange(min = 1, max = 4) int memtableLimit, @ForAll("ops") List<Op> ops) {
        Disk disk = Disk.inMemory();
        LsmTree tree = LsmTree.open(disk, memtableLimit);
        TreeMap<Long, Long> model = new TreeMap<>();
        List<Op> done = new ArrayList<>();
        for (Op op : ops) {
            done.add(op);
            Supplier<String> story = () -> "memtableLimit " + memtableLimit + ", after " + done;
            switch (op.kind()) {
                case "put" -> {
                    tree.put(op.key(), op.value());
                    model.put(op.key(), op.value());
                }
                case "delete" -> {
                    tree.delete(op.key());
                    model.remove(op.key());
                }
                case "get" -> assertThat(tree.get(op.key())).as(story).isEqualTo(optional(model.get(op.key())));
                case "scan" -> assertThat(tree.scan(op.key(), op.to())).as(story)
                        .isEqualTo(entries(model, op.key(), op.to()));
                case "flush" -> tree.flush();
                default -> tree = LsmTree.open(disk, memtableLimit); // reopen: recover from the files alone
            }
        }
        Supplier<String> story = () -> "memtableLimit " + memtableLimit + ", after " + done;
        assertThat(tree.scan(MIN, MAX)).as(() -> "scan of every key, " + story.get())
                .isEqualTo(entries(model, MIN, MAX));
        for (long key : model.keySet()) {
            assertThat(tree.get(key)).as(() -> "get(" + key + "), " + story.get())
                    .isEqualTo(optional(model.get(key)));
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Long> keys = Arbitraries.oneOf(Arbitraries.longs().between(-8, 8),
                Arbitraries.of(MIN, MAX - 1, MAX));
        Arbitrary<Long> values = Arbitraries.oneOf(Arbitraries.longs().between(0, 99), Arbitraries.longs());
        Arbitrary<Op> put = Combinators.combine(keys, values).as((k, v) -> new Op("put", k, v, 0));
        Arbitrary<Op> delete = keys.map(k -> new Op("delete", k, 0, 0));
        Arbitrary<Op> get = keys.map(k -> new Op("get", k, 0, 0));
        Arbitrary<Op> scan = Combinators.combine(keys, keys)
                .as((a, b) -> new Op("scan", Math.min(a, b), 0, Math.max(a, b)));
        return Arbitraries.frequencyOf(Tuple.of(8, put), Tuple.of(3, delete), Tuple.of(3, get), Tuple.of(2, scan),
                Tuple.of(1, Arbitraries.just(new Op("flush", 0, 0, 0))),
                Tuple.of(1, Arbitraries.just(new Op("reopen", 0, 0, 0))))
                .list().ofMaxSize(80);
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("a crash at every change, and writes torn at many offsets, recover exactly what was acknowledged")
    void recoversExactlyTheAcknowledgedWrites() {
        int memtableLimit = 3;
        Disk disk = Disk.recordingCrashes();
        LsmTree tree = LsmTree.open(disk, memtableLimit);
        CrashCheck<List<Entry>> check = CrashCheck.on(disk, List.of());
        TreeMap<Long, Long> model = new TreeMap<>();
        // 15 writes, overwrites and tombstones among them: flushes at the 4th, 7th, 10th and 13th write, merges after
        // the 2nd and the 4th flush (a tree that compacts differently still flushes and merges here).
        long[][] workload = {{1, 10}, {2, 20}, {3, 30}, {2, 21}, {1, -1}, {4, 40}, {5, 50}, {3, -1}, {6, 60},
            {2, 22}, {7, 70}, {8, 80}, {6, -1}, {9, 90}, {10, 100}};
        for (long[] step : workload) {
            long key = step[0];
            long value = step[1];
            if (value < 0) {
                model.remove(key);
                check.acknowledge("delete(" + key + ")", () -> tree.delete(key), entries(model, MIN, MAX));
            } else {
                model.put(key, value);
                check.acknowledge("put(" + key + ", " + value + ")", () -> tree.put(key, value),
                        entries(model, MIN, MAX));
            }
        }
        List<Disk.Event> events = disk.events();
        long renames = events.stream().filter(e -> e.change() == Disk.Change.RENAME).count();
        assertThat(renames).as("manifests swapped in by rename during %d writes with memtableLimit %d (each flush"
                + " must write the manifest to a temporary file, sync it and rename it)", workload.length,
                memtableLimit).isGreaterThanOrEqualTo(4);

        List<CrashCheck.Point> points = new ArrayList<>(check.everyBoundary());
        for (CrashCheck.Point torn : check.everyTornWrite()) {
            if (events.get(torn.afterEvents()).length() <= 64) { // log records, manifests: every offset
                points.add(torn);
            }
        }
        long seed = new Random().nextLong();
        points.addAll(check.randomTornWrites(seed, 400)); // run files too, at random offsets
        try {
            check.verify(points, image -> LsmTree.open(image, memtableLimit).scan(MIN, MAX));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n  workload: " + String.join(", ", labels(workload))
                    + " with memtableLimit " + memtableLimit + "; random torn offsets from seed " + seed, e);
        }
    }

    // ---- counted reads --------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @DisplayName("a get of an absent key reads almost no run blocks: each run's Bloom filter answers first")
    void absentKeysReadAlmostNothing() {
        Disk disk = Disk.inMemory();
        LsmTree tree = evenKeys(disk, KEYS, 64);
        int runs = tree.runCount();
        assertThat(runs).as("runs after %d puts with memtableLimit 64 and a flush", KEYS).isPositive();
        int lookups = 1000;
        IoStats before = disk.stats();
        for (int i = 0; i < lookups; i++) {
            long absent = 2L * (i * 4 % KEYS) + 1; // odd keys, spread over the whole key range
            assertThat(tree.get(absent)).as("get(%d), a key never written", absent).isEmpty();
        }
        IoStats cost = disk.stats().minus(before);
        double perLookupPerRun = (double) cost.reads() / lookups / runs;
        assertThat(perLookupPerRun)
                .withFailMessage("%d gets of absent keys (odd keys between the even keys 0..%d the tree holds)"
                        + " made %d disk reads over %d runs: %.3f reads per lookup per run, at most 0.05 allowed."
                        + " Ask each run's KeyFilter before reading any of its blocks: a filter says no for about"
                        + " 99%% of absent keys without touching the disk.", lookups, 2 * KEYS - 2, cost.reads(),
                        runs, perLookupPerRun)
                .isLessThanOrEqualTo(0.05);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @DisplayName("a get of a present key reads one block of its run, of at most 4096 bytes")
    void presentKeysReadOneBlock() {
        Disk disk = Disk.inMemory();
        LsmTree tree = evenKeys(disk, KEYS, KEYS); // one memtable, flushed: a single run
        int lookups = 1000;
        IoStats before = disk.stats();
        for (int i = 0; i < lookups; i++) {
            long present = 2L * (i * 7 % KEYS);
            assertThat(tree.get(present)).as("get(%d)", present).hasValue(present * 3);
        }
        IoStats cost = disk.stats().minus(before);
        double reads = (double) cost.reads() / lookups;
        double bytes = (double) cost.bytesRead() / lookups;
        assertThat(reads <= 1.5 && bytes <= 1.5 * 4096)
                .withFailMessage("%d gets of present keys in a tree of one run of %d keys read %.2f times and %.0f"
                        + " bytes per lookup; at most 1.5 reads and 1.5 * 4096 bytes allowed. Keep the run's sparse"
                        + " index (the first key of every block) in memory and read only the one block that can hold"
                        + " the key: no binary search over the file, no reading the whole run.", lookups, KEYS, reads,
                        bytes)
                .isTrue();
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @DisplayName("compaction keeps the number of runs at most 2 log2(n / memtableLimit) + 2")
    void compactionBoundsTheRuns() {
        int memtableLimit = 8;
        List<String> table = new ArrayList<>();
        for (int n : new int[] {512, 2048, 8192}) {
            LsmTree tree = evenKeys(Disk.inMemory(), n, memtableLimit);
            int runs = tree.runCount();
            int bound = 2 * (31 - Integer.numberOfLeadingZeros(n / memtableLimit)) + 2;
            table.add("n = " + n + ": " + runs + " runs (bound " + bound + ")");
            assertThat(runs)
                    .withFailMessage("after %d puts with memtableLimit %d: %s. A lookup of an absent key asks every"
                            + " run, and a scan reads every run: merge runs as they pile up, for example two runs of"
                            + " the same size into one twice as big.", n, memtableLimit, table)
                    .isLessThanOrEqualTo(bound);
        }
    }

    @BenchCheck
    @DisplayName("a get of an absent key takes sublinear time (JMH)")
    void absentGetBenchmark() {
        assertComplexity(Complexity.jmh("get of an absent key", LsmTreeBenchmark.class, "getAbsent")
                .sizes(1 << 10, 1 << 12, 1 << 15, 1 << 18)).isAtMost(Growth.LOGARITHMIC);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** A tree holding the even keys 0, 2, ..., 2(n - 1), each with value 3 * key, put in a shuffled order. */
    static LsmTree evenKeys(Disk disk, int n, int memtableLimit) {
        List<Long> keys = new ArrayList<>(LongStream.range(0, n).map(i -> 2 * i).boxed().toList());
        Collections.shuffle(keys, new Random(n));
        LsmTree tree = LsmTree.open(disk, memtableLimit);
        for (long key : keys) {
            tree.put(key, key * 3);
        }
        tree.flush();
        return tree;
    }

    private static List<Entry> entries(TreeMap<Long, Long> model, long from, long to) {
        return model.subMap(from, to).entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static List<String> labels(long[][] workload) {
        return java.util.Arrays.stream(workload)
                .map(s -> s[1] < 0 ? "delete(" + s[0] + ")" : "put(" + s[0] + ", " + s[1] + ")").toList();
    }
}

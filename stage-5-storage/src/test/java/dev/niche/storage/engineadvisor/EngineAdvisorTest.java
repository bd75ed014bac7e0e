package dev.niche.storage.engineadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.DiskFile;
import dev.niche.storage.disk.IoStats;
import dev.niche.storage.disk.KeyValueStore;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades the advisor against the disk's own counters. The learner's {@code measure} runs with a watched engine:
 * every store it opens records the calls it receives and the disk's counters at the moments that matter (the
 * end of the flush, the restart, the end of the run), so the expected figures come from the very run being
 * graded, whatever engines are present. The picks are then judged against those figures, and against made-up
 * figures that contradict the engines' reputations. The bottleneck and mechanism answers are hashed.
 */
@Kata(id = "storage/engine-advisor", title = "Engine advisor: measure amplification, pick per workload", order = 12,
        checkpoints = "5.3", naiveViolates = CheckKind.EXAMPLE)
class EngineAdvisorTest {
    private static final int ENTRY = Amplification.ENTRY_BYTES;

    /** Figures already checked, per engine and scenario, so that the pick checks need not measure again. */
    private static final Map<String, Amplification> CHECKED = new ConcurrentHashMap<>();

    // ---- measure ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("measure on a store that writes its whole state at each flush: figures by hand")
    void measureByHand() {
        Workload workload = new Workload(
                List.of(new Operation.Put(1, 10), new Operation.Put(2, 20), new Operation.Put(1, 11),
                        new Operation.Delete(2), new Operation.Put(3, 30)),
                List.of(new Operation.Get(1), new Operation.Get(2), new Operation.Scan(0, 10)));
        Amplification measured = measureWatched(SnapshotStore::open, workload, "SnapshotStore");
        Amplification byHand = new Amplification(80, 32, 32, 32, 48, 32);
        assertThat(measured)
                .withFailMessage("SnapshotStore keeps every entry in memory and, at flush, writes its whole state (16"
                        + " bytes per live key) in one write; opening it reads that file in one read. Workload: %s"
                        + " then %s.%n  5 writes of 16 bytes: appBytesWritten 80; the flush writes keys 1 and 3:"
                        + " diskBytesWritten 32, diskBytes 32; live keys 1 and 3: liveBytes 32; the restart reads"
                        + " 32 bytes; get(1) finds 16 bytes, get(2) nothing, the scan 2 entries: appBytesRead 48.%n"
                        + "  expected %s%n  measured %s", workload.writes(), workload.queries(), describe(byHand),
                        describe(measured))
                .isEqualTo(byHand);
    }

    static Stream<Arguments> enginesAndScenarios() {
        return Arrays.stream(Engine.values())
                .flatMap(engine -> Arrays.stream(Scenario.values()).map(scenario -> Arguments.of(engine, scenario)));
    }

    @ParameterizedTest(name = "measure {0} on {1}")
    @MethodSource("enginesAndScenarios")
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("measure reports what the disk counted for your own engines")
    void measureYourEngines(Engine engine, Scenario scenario) {
        checkedFigures(engine, scenario);
    }

    // ---- what matters, and why ----

    /** A question's answer, hashed as SHA-256 of "QUESTION|METRIC", and the hint shown when it is wrong. */
    record KeyRow(Enum<?> question, String hash, String hint) {
    }

    static final List<KeyRow> BOTTLENECKS = List.of(
            new KeyRow(Scenario.SESSION_LOOKUPS, "1c24a0a560b6a8f8", "two lookups for every write, each one a"
                    + " user waiting, and the sessions do not fit in memory: what does every lookup cost the disk?"),
            new KeyRow(Scenario.SENSOR_INGEST, "227f23e88a4336e2", "almost nothing is read back; a flash drive"
                    + " wears out by the bytes written to it, not by the bytes the application meant to write"),
            new KeyRow(Scenario.COUNTER_OVERWRITES, "7385566a770e796f", "only 500 counters are live, but each was"
                    + " written 30 times, and the disk is nearly full: what may the old versions cost?"),
            new KeyRow(Scenario.ORDER_REPORTS, "25f78afbeaae69ad", "300 reports each want 100 orders in key order:"
                    + " how many bytes does the disk move for each order a report shows?"));

    static final List<KeyRow> MECHANISMS = List.of(
            new KeyRow(Mechanism.COMPACTION, "43ce81d00482548a", "a merge reads runs and writes each live entry"
                    + " out once more; an entry can take part in many merges over its life"),
            new KeyRow(Mechanism.WHOLE_PAGE_WRITE_BACK, "afd5d6bef713e4d2", "the application changed 16 bytes;"
                    + " how many did the disk receive?"),
            new KeyRow(Mechanism.PROBING_EVERY_RUN, "92cc2e174594a7fe", "each run that lacks the key still costs"
                    + " a look, and the answer is 16 bytes at most"),
            new KeyRow(Mechanism.WHOLE_PAGE_READ_PER_LEVEL, "8b66eac73e33413b", "count the bytes that travel from"
                    + " the disk for one 16-byte answer"),
            new KeyRow(Mechanism.OBSOLETE_ENTRIES_IN_OLD_RUNS, "545c92e0ae80384d", "those entries answer no query"
                    + " any more, yet they are still in files"),
            new KeyRow(Mechanism.HALF_EMPTY_PAGES, "30f63dda955815e3", "a page is allocated whole, however little"
                    + " of it holds entries"));

    @ParameterizedTest(name = "bottleneck({0})")
    @EnumSource(Scenario.class)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bottleneck names what each scenario runs out of first")
    void bottleneck(Scenario scenario) {
        Metric answer = Advisor.bottleneck(scenario);
        KeyRow row = row(BOTTLENECKS, scenario);
        if (answer == null || !AnswerKey.hash(scenario.name(), answer.name()).equals(row.hash())) {
            throw new AssertionError("bottleneck(" + scenario + ") returned " + answer + ", which is not what this"
                    + " application runs out of first.\n  Hint: " + row.hint());
        }
    }

    @ParameterizedTest(name = "amplifies({0})")
    @EnumSource(Mechanism.class)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("amplifies names the amplification each mechanism raises")
    void amplifies(Mechanism mechanism) {
        Metric answer = Advisor.amplifies(mechanism);
        KeyRow row = row(MECHANISMS, mechanism);
        if (answer == null || !AnswerKey.hash(mechanism.name(), answer.name()).equals(row.hash())) {
            throw new AssertionError("amplifies(" + mechanism + ") returned " + answer + ", which is not the"
                    + " amplification it raises.\n  Hint: " + row.hint());
        }
    }

    // ---- pick ----

    @ParameterizedTest(name = "pick for {0}, by the figures of your engines")
    @EnumSource(Scenario.class)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("pick chooses the engine your measurements favour")
    void pickFollowsYourMeasurements(Scenario scenario) {
        Amplification bPlusTree = checkedFigures(Engine.BPLUS_TREE, scenario);
        Amplification lsmTree = checkedFigures(Engine.LSM_TREE, scenario);
        assertPick(scenario, bPlusTree, lsmTree, "measured on " + scenario.workload());
    }

    @ParameterizedTest(name = "pick for {0}, by made-up figures")
    @EnumSource(Scenario.class)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("pick follows the figures, not the engines' reputations")
    void pickFollowsTheFigures(Scenario scenario) {
        Metric metric = keyedMetric(scenario);
        // The engine with the worse reputation for this metric wins it here, and loses both others.
        Engine underdog = metric == Metric.WRITE ? Engine.BPLUS_TREE : Engine.LSM_TREE;
        Amplification winner = figures(metric, 3, 40);
        Amplification loser = figures(metric, 12, 2);
        assertPick(scenario, underdog == Engine.BPLUS_TREE ? winner : loser,
                underdog == Engine.LSM_TREE ? winner : loser, "made-up figures");
        Amplification same = figures(metric, 5, 5);
        assertPick(scenario, same, same, "made-up figures, a tie");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("null arguments are refused with their names")
    void nullsAreRefused() {
        Workload workload = new Workload(List.of(new Operation.Put(1, 1)), List.of(new Operation.Get(1)));
        Amplification some = figures(Metric.READ, 1, 1);
        assertThatThrownBy(() -> Advisor.measure(null, workload)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("engine");
        assertThatThrownBy(() -> Advisor.measure(SnapshotStore::open, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("workload");
        assertThatThrownBy(() -> Advisor.bottleneck(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Advisor.amplifies(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Advisor.pick(null, some, some)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("scenario");
        assertThatThrownBy(() -> Advisor.pick(Scenario.SENSOR_INGEST, null, some))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("bPlusTree");
        assertThatThrownBy(() -> Advisor.pick(Scenario.SENSOR_INGEST, some, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lsmTree");
    }

    private static void assertPick(Scenario scenario, Amplification bPlusTree, Amplification lsmTree, String what) {
        Metric metric = keyedMetric(scenario);
        double b = metric.of(bPlusTree);
        double l = metric.of(lsmTree);
        Engine expected = l < b ? Engine.LSM_TREE : Engine.BPLUS_TREE;
        Engine picked = Advisor.pick(scenario, bPlusTree, lsmTree);
        if (picked != expected) {
            throw new AssertionError(String.format(Locale.ROOT, "pick(%s) returned %s, but the figures favour %s:"
                    + " %s amplification, what matters most here, is %.2f for the B+ tree and %.2f for the LSM tree%s."
                    + "%n  The figures (%s):%n  B+ tree:  %s%n  LSM tree: %s%n  The bottleneck is checked on its own;"
                    + " pick must compare that one figure, whatever the engines are known for.", scenario, picked,
                    expected, metric, b, l, b == l ? " (a tie goes to the B+ tree)" : "", what, bPlusTree, lsmTree));
        }
    }

    /** Figures where {@code metric} is {@code mine} and both other amplifications are {@code others}. */
    private static Amplification figures(Metric metric, long mine, long others) {
        long write = metric == Metric.WRITE ? mine : others;
        long space = metric == Metric.SPACE ? mine : others;
        long read = metric == Metric.READ ? mine : others;
        return new Amplification(1_000, write * 1_000, 1_000, space * 1_000, 1_000, read * 1_000);
    }

    private static Metric keyedMetric(Scenario scenario) {
        String hash = row(BOTTLENECKS, scenario).hash();
        return Arrays.stream(Metric.values()).filter(m -> AnswerKey.hash(scenario.name(), m.name()).equals(hash))
                .findFirst().orElseThrow();
    }

    private static KeyRow row(List<KeyRow> key, Enum<?> question) {
        return key.stream().filter(r -> r.question() == question).findFirst()
                .orElseThrow(() -> new IllegalStateException("the key has no row for " + question));
    }

    // ---- watching a measurement ----

    private static Amplification checkedFigures(Engine engine, Scenario scenario) {
        String id = engine + " on " + scenario;
        Amplification figures = CHECKED.get(id);
        if (figures == null) {
            figures = measureWatched(engine::open, scenario.workload(), id);
            CHECKED.put(id, figures);
        }
        return figures;
    }

    /**
     * Runs {@code Advisor.measure} with {@code engine} watched, checks that it followed the steps, and checks its
     * figures against the counters the watched stores saw. Returns the (correct) figures.
     */
    private static Amplification measureWatched(Function<Disk, KeyValueStore> engine, Workload workload, String what) {
        WatchedEngine watched = new WatchedEngine(engine);
        Amplification measured = Advisor.measure(watched, workload);
        String run = what + " (" + workload + ")";
        List<WatchedStore> opened = watched.opened;
        if (opened.isEmpty()) {
            throw new AssertionError("measure of " + run + " never opened a store.\n  Open one with"
                    + " engine.apply(disk) on a new Disk.inMemory().");
        }
        WatchedStore writer = opened.get(0);
        if (!writer.statsAtOpen.equals(IoStats.ZERO) || !writer.filesAtOpen.isEmpty()) {
            throw new AssertionError("measure of " + run + " opened its first store on a disk that was not new.\n"
                    + "  It held " + writer.filesAtOpen + " and had done " + writer.statsAtOpen + ": start from"
                    + " Disk.inMemory().");
        }
        List<Object> expectedWriterCalls = new ArrayList<>(workload.writes());
        expectedWriterCalls.add(FLUSH);
        expectSameCalls(run, "first", writer.calls, expectedWriterCalls, opened.size());
        if (opened.size() != 2) {
            throw new AssertionError("measure of " + run + " opened " + opened.size() + " stores with engine.apply.\n"
                    + "  Open exactly two: one for the writes, and after the flush a second one on the same disk"
                    + " for the queries, as after a restart.");
        }
        WatchedStore reader = opened.get(1);
        if (reader.disk != writer.disk) {
            throw new AssertionError("measure of " + run + " opened the second store on another disk.\n  The restart"
                    + " must open the store again on the disk the writes went to.");
        }
        expectSameCalls(run, "second", reader.calls, new ArrayList<>(workload.queries()), opened.size());

        TreeMap<Long, Long> model = new TreeMap<>();
        for (Operation op : workload.writes()) {
            if (op instanceof Operation.Put put) {
                model.put(put.key(), put.value());
            } else {
                model.remove(((Operation.Delete) op).key());
            }
        }
        IoStats atEnd = writer.disk.stats();
        Amplification expected = new Amplification((long) ENTRY * workload.writes().size(),
                writer.statsAfterFlush.bytesWritten(), (long) ENTRY * model.size(), writer.bytesAfterFlush,
                ENTRY * reader.entriesReturned, atEnd.minus(reader.statsAtOpen).bytesRead());
        if (!measured.equals(expected)) {
            throw new AssertionError("measure of " + run + " reported other figures than the disk counted "
                    + mismatches(expected, measured) + ":\n"
                    + compare(expected, measured, workload.writes().size(), model.size()));
        }
        return measured;
    }

    private static void expectSameCalls(String run, String which, List<Object> actual, List<Object> expected,
            int storesOpened) {
        if (actual.equals(expected)) {
            return;
        }
        int i = 0;
        while (i < actual.size() && i < expected.size() && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        String got = i < actual.size() ? String.valueOf(actual.get(i)) : "nothing more";
        String where = "Call " + (i + 1) + " on the " + which + " store was " + got;
        if (i < expected.size() && expected.get(i) == FLUSH) {
            throw new AssertionError("measure of " + run + " did not flush the store right after the writes.\n  "
                    + where + ". Without flush(), whatever the engine still holds in memory (a memtable, dirty"
                    + " pages) is never written, and the figures leave out the very writes the engine postponed.");
        }
        if (i == expected.size() && storesOpened == 1) {
            throw new AssertionError("measure of " + run + " ran the queries on the store it wrote to.\n  " + where
                    + ". Open a second store on the same disk after the flush (a restart), so that nothing the"
                    + " engine cached during the writes is read for free.");
        }
        String wanted = i < expected.size() ? String.valueOf(expected.get(i)) : "nothing more";
        throw new AssertionError("measure of " + run + " made other calls than the workload's.\n  " + where
                + ", expected " + wanted + ". The first store gets every write in order and then one flush(); the"
                + " second store gets every query in order, and nothing else.");
    }

    /** The fields that differ, for the board's one line. */
    private static String mismatches(Amplification expected, Amplification measured) {
        List<String> fields = new ArrayList<>();
        if (expected.appBytesWritten() != measured.appBytesWritten()) {
            fields.add("appBytesWritten");
        }
        if (expected.diskBytesWritten() != measured.diskBytesWritten()) {
            fields.add("diskBytesWritten (bytes, not calls, up to the end of the flush)");
        }
        if (expected.liveBytes() != measured.liveBytes()) {
            fields.add("liveBytes");
        }
        if (expected.diskBytes() != measured.diskBytes()) {
            fields.add("diskBytes");
        }
        if (expected.appBytesRead() != measured.appBytesRead()) {
            fields.add("appBytesRead");
        }
        if (expected.diskBytesRead() != measured.diskBytesRead()) {
            fields.add("diskBytesRead (bytes, not calls, from just before the restart)");
        }
        return "in " + String.join(", ", fields);
    }

    private static String compare(Amplification expected, Amplification measured, int writes, int liveKeys) {
        StringBuilder out = new StringBuilder();
        line(out, "appBytesWritten", expected.appBytesWritten(), measured.appBytesWritten(),
                "16 bytes for each of the " + writes + " puts and deletes");
        line(out, "diskBytesWritten", expected.diskBytesWritten(), measured.diskBytesWritten(),
                "disk.stats().bytesWritten() right after the flush: bytes, not write calls (a page write is one"
                + " call of 4 096 bytes)");
        line(out, "liveBytes", expected.liveBytes(), measured.liveBytes(),
                "16 bytes for each of the " + liveKeys + " keys that still have a value: follow puts and deletes");
        line(out, "diskBytes", expected.diskBytes(), measured.diskBytes(), "disk.totalBytes() right after the flush");
        line(out, "appBytesRead", expected.appBytesRead(), measured.appBytesRead(),
                "16 bytes for each get that found its key and each entry a scan returned");
        line(out, "diskBytesRead", expected.diskBytesRead(), measured.diskBytesRead(),
                "bytes read from just before the second open to the end of the queries: bytes, not read calls");
        return out.toString();
    }

    private static void line(StringBuilder out, String field, long expected, long measured, String rule) {
        out.append(String.format(Locale.ROOT, "  %-16s expected %,d, measured %,d%s%n", field, expected, measured,
                expected == measured ? "" : "   <- " + rule));
    }

    private static String describe(Amplification a) {
        return String.format(Locale.ROOT, "appBytesWritten %d, diskBytesWritten %d, liveBytes %d, diskBytes %d,"
                + " appBytesRead %d, diskBytesRead %d", a.appBytesWritten(), a.diskBytesWritten(), a.liveBytes(),
                a.diskBytes(), a.appBytesRead(), a.diskBytesRead());
    }

    /** What a watched store records for a flush() call. */
    private static final Object FLUSH = new Object() {
        @Override
        public String toString() {
            return "flush()";
        }
    };

    /** Opens the engine's stores and watches each one. */
    private static final class WatchedEngine implements Function<Disk, KeyValueStore> {
        private final Function<Disk, KeyValueStore> engine;
        final List<WatchedStore> opened = new ArrayList<>();

        WatchedEngine(Function<Disk, KeyValueStore> engine) {
            this.engine = engine;
        }

        @Override
        public KeyValueStore apply(Disk disk) {
            IoStats statsAtOpen = disk.stats();
            List<String> filesAtOpen = disk.list();
            WatchedStore store = new WatchedStore(disk, statsAtOpen, filesAtOpen, engine.apply(disk));
            opened.add(store);
            return store;
        }
    }

    /** Passes every call on, and notes the call and the counters that the figures are made of. */
    private static final class WatchedStore implements KeyValueStore {
        final Disk disk;
        final IoStats statsAtOpen;
        final List<String> filesAtOpen;
        private final KeyValueStore store;
        final List<Object> calls = new ArrayList<>();
        long entriesReturned;
        IoStats statsAfterFlush;
        long bytesAfterFlush;

        WatchedStore(Disk disk, IoStats statsAtOpen, List<String> filesAtOpen, KeyValueStore store) {
            this.disk = disk;
            this.statsAtOpen = statsAtOpen;
            this.filesAtOpen = filesAtOpen;
            this.store = store;
        }

        @Override
        public void put(long key, long value) {
            calls.add(new Operation.Put(key, value));
            store.put(key, value);
        }

        @Override
        public OptionalLong get(long key) {
            calls.add(new Operation.Get(key));
            OptionalLong value = store.get(key);
            entriesReturned += value.isPresent() ? 1 : 0;
            return value;
        }

        @Override
        public void delete(long key) {
            calls.add(new Operation.Delete(key));
            store.delete(key);
        }

        @Override
        public List<Entry> scan(long fromInclusive, long toExclusive) {
            calls.add(new Operation.Scan(fromInclusive, toExclusive));
            List<Entry> entries = store.scan(fromInclusive, toExclusive);
            entriesReturned += entries.size();
            return entries;
        }

        @Override
        public void flush() {
            calls.add(FLUSH);
            store.flush();
            statsAfterFlush = disk.stats();
            bytesAfterFlush = disk.totalBytes();
        }
    }

    /**
     * A toy engine for the hand-worked example: every entry lives in memory; flush writes the whole state, 16 bytes
     * per key, over the file {@code snapshot} in one write; opening reads that file back in one read.
     */
    private static final class SnapshotStore implements KeyValueStore {
        private final DiskFile file;
        private final TreeMap<Long, Long> entries = new TreeMap<>();

        private SnapshotStore(DiskFile file) {
            this.file = file;
        }

        static KeyValueStore open(Disk disk) {
            SnapshotStore store = new SnapshotStore(disk.open("snapshot"));
            if (store.file.size() > 0) {
                ByteBuffer bytes = ByteBuffer.wrap(store.file.readAll());
                while (bytes.hasRemaining()) {
                    store.entries.put(bytes.getLong(), bytes.getLong());
                }
            }
            return store;
        }

        @Override
        public void put(long key, long value) {
            entries.put(key, value);
        }

        @Override
        public OptionalLong get(long key) {
            Long value = entries.get(key);
            return value == null ? OptionalLong.empty() : OptionalLong.of(value);
        }

        @Override
        public void delete(long key) {
            entries.remove(key);
        }

        @Override
        public List<Entry> scan(long fromInclusive, long toExclusive) {
            return entries.subMap(fromInclusive, toExclusive).entrySet().stream()
                    .map(e -> new Entry(e.getKey(), e.getValue())).toList();
        }

        @Override
        public void flush() {
            ByteBuffer bytes = ByteBuffer.allocate(entries.size() * ENTRY);
            entries.forEach((key, value) -> bytes.putLong(key).putLong(value));
            file.truncate(0);
            file.write(0, bytes.array());
            file.sync();
        }
    }
}

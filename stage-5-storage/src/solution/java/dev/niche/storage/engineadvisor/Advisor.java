package dev.niche.storage.engineadvisor;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.IoStats;
import dev.niche.storage.disk.KeyValueStore;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Measures what a storage engine costs on a workload, and advises which engine an application should get. */
public final class Advisor {
    private static final int ENTRY = Amplification.ENTRY_BYTES;

    private Advisor() {
    }

    /**
     * Runs {@code workload} on {@code engine} and returns what it cost, measured with the disk's own counters.
     *
     * <p>Reference: bytes, never calls (a 4 KB page write and a 16-byte append are one call each); the figures
     * after the flush, so nothing the engine buffers escapes; a fresh store for the queries, so nothing cached
     * during the writes makes reads look free.
     *
     * @throws NullPointerException if {@code engine} or {@code workload} is null (the message names it)
     */
    public static Amplification measure(Function<Disk, KeyValueStore> engine, Workload workload) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(workload, "workload");
        Disk disk = Disk.inMemory();
        KeyValueStore store = engine.apply(disk);
        Set<Long> live = new HashSet<>();
        for (Operation op : workload.writes()) {
            if (op instanceof Operation.Put put) {
                store.put(put.key(), put.value());
                live.add(put.key());
            } else if (op instanceof Operation.Delete delete) {
                store.delete(delete.key());
                live.remove(delete.key());
            }
        }
        store.flush();
        long diskBytesWritten = disk.stats().bytesWritten();
        long diskBytes = disk.totalBytes();

        IoStats beforeRestart = disk.stats();
        KeyValueStore restarted = engine.apply(disk);
        long entriesReturned = 0;
        for (Operation op : workload.queries()) {
            if (op instanceof Operation.Get get) {
                entriesReturned += restarted.get(get.key()).isPresent() ? 1 : 0;
            } else if (op instanceof Operation.Scan scan) {
                entriesReturned += restarted.scan(scan.fromInclusive(), scan.toExclusive()).size();
            }
        }
        long diskBytesRead = disk.stats().minus(beforeRestart).bytesRead();
        return new Amplification((long) ENTRY * workload.writes().size(), diskBytesWritten, (long) ENTRY * live.size(),
                diskBytes, ENTRY * entriesReturned, diskBytesRead);
    }

    /**
     * The amplification that matters most to {@code scenario}.
     *
     * @throws NullPointerException if {@code scenario} is null
     */
    public static Metric bottleneck(Scenario scenario) {
        return switch (Objects.requireNonNull(scenario, "scenario")) {
            // Lookups outnumber writes and each one is a user waiting: bytes read per answer.
            case SESSION_LOOKUPS, ORDER_REPORTS -> Metric.READ;
            // Flash wears out by bytes written, and ingest is nearly all writes.
            case SENSOR_INGEST -> Metric.WRITE;
            // The data set is tiny; what the disk keeps beside it (old versions) fills a full disk.
            case COUNTER_OVERWRITES -> Metric.SPACE;
        };
    }

    /**
     * The one amplification that {@code mechanism} raises.
     *
     * @throws NullPointerException if {@code mechanism} is null
     */
    public static Metric amplifies(Mechanism mechanism) {
        return switch (Objects.requireNonNull(mechanism, "mechanism")) {
            // Every live entry is written again at each merge it takes part in.
            case COMPACTION, WHOLE_PAGE_WRITE_BACK -> Metric.WRITE;
            // Bytes that are read but are not the answer.
            case PROBING_EVERY_RUN, WHOLE_PAGE_READ_PER_LEVEL -> Metric.READ;
            // Bytes kept on disk that hold no live data.
            case OBSOLETE_ENTRIES_IN_OLD_RUNS, HALF_EMPTY_PAGES -> Metric.SPACE;
        };
    }

    /**
     * The engine {@code scenario} should get: the lower measured amplification on its bottleneck, the B+ tree on
     * a tie.
     *
     * @throws NullPointerException if an argument is null (the message names it)
     */
    public static Engine pick(Scenario scenario, Amplification bPlusTree, Amplification lsmTree) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(bPlusTree, "bPlusTree");
        Objects.requireNonNull(lsmTree, "lsmTree");
        Metric metric = bottleneck(scenario);
        return metric.of(lsmTree) < metric.of(bPlusTree) ? Engine.LSM_TREE : Engine.BPLUS_TREE;
    }
}

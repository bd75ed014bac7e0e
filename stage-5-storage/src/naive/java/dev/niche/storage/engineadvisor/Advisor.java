package dev.niche.storage.engineadvisor;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Naive variant: folklore instead of measurement. It counts write calls as if each carried one entry, reads the
 * counters without flushing (what the memtable or the dirty pages hold is never counted) and queries the same
 * store it wrote to, and it picks by reputation: the LSM tree for ingest, the B+ tree for everything else,
 * whatever the figures say.
 */
public final class Advisor {
    private static final int ENTRY = Amplification.ENTRY_BYTES;

    private Advisor() {
    }

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
        long diskBytesWritten = ENTRY * disk.stats().writes();
        long diskBytes = disk.totalBytes();
        long readsBefore = disk.stats().reads();
        long entriesReturned = 0;
        for (Operation op : workload.queries()) {
            if (op instanceof Operation.Get get) {
                entriesReturned += store.get(get.key()).isPresent() ? 1 : 0;
            } else if (op instanceof Operation.Scan scan) {
                entriesReturned += store.scan(scan.fromInclusive(), scan.toExclusive()).size();
            }
        }
        long diskBytesRead = ENTRY * (disk.stats().reads() - readsBefore);
        return new Amplification((long) ENTRY * workload.writes().size(), diskBytesWritten, (long) ENTRY * live.size(),
                diskBytes, ENTRY * entriesReturned, diskBytesRead);
    }

    public static Metric bottleneck(Scenario scenario) {
        return switch (Objects.requireNonNull(scenario, "scenario")) {
            case SESSION_LOOKUPS, ORDER_REPORTS -> Metric.READ;
            case SENSOR_INGEST -> Metric.WRITE;
            case COUNTER_OVERWRITES -> Metric.SPACE;
        };
    }

    public static Metric amplifies(Mechanism mechanism) {
        return switch (Objects.requireNonNull(mechanism, "mechanism")) {
            case COMPACTION, WHOLE_PAGE_WRITE_BACK -> Metric.WRITE;
            case PROBING_EVERY_RUN, WHOLE_PAGE_READ_PER_LEVEL -> Metric.READ;
            case OBSOLETE_ENTRIES_IN_OLD_RUNS, HALF_EMPTY_PAGES -> Metric.SPACE;
        };
    }

    public static Engine pick(Scenario scenario, Amplification bPlusTree, Amplification lsmTree) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(bPlusTree, "bPlusTree");
        Objects.requireNonNull(lsmTree, "lsmTree");
        return scenario == Scenario.SENSOR_INGEST ? Engine.LSM_TREE : Engine.BPLUS_TREE;
    }
}

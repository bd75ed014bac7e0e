package dev.niche.storage.engineadvisor;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import java.util.function.Function;

/** Measures what a storage engine costs on a workload, and advises which engine an application should get. */
public final class Advisor {
    private Advisor() {
    }

    /**
     * Runs {@code workload} on {@code engine} and returns what it cost, measured with the disk's own counters.
     * Follow these steps exactly; the checks watch them:
     * <ol>
     *   <li>Make an empty {@code Disk.inMemory()} and open a store on it: {@code engine.apply(disk)}.</li>
     *   <li>Apply every write of the workload in order, then {@code flush()} the store once. Whatever the engine
     *       still held only in memory (a memtable, dirty pages) is written now, and it counts.</li>
     *   <li>Right after the flush, take {@code diskBytesWritten} from {@code disk.stats()} and {@code diskBytes}
     *       from {@code disk.totalBytes()}.</li>
     *   <li>Restart: take {@code disk.stats()}, then open a second store on the same disk with {@code
     *       engine.apply(disk)}. Opening is part of what the queries cost, so it counts as reading.</li>
     *   <li>Run every query of the workload in order on the second store, and nothing else.</li>
     *   <li>{@code diskBytesRead} is the bytes read since the snapshot of step 4.</li>
     * </ol>
     * The application's side comes from the workload and the answers: 16 bytes for every write; 16 bytes for every
     * key that still has a value after the writes (follow the puts and deletes in a set of keys); 16 bytes for
     * every entry a query returned. See {@link Amplification} for each field.
     *
     * @throws NullPointerException if {@code engine} or {@code workload} is null (the message names it)
     */
    public static Amplification measure(Function<Disk, KeyValueStore> engine, Workload workload) {
        throw new UnsupportedOperationException("TODO: run the writes, flush, restart, run the queries; count bytes");
    }

    /**
     * The amplification that matters most to {@code scenario}: the resource the application runs out of first.
     *
     * @throws NullPointerException if {@code scenario} is null
     */
    public static Metric bottleneck(Scenario scenario) {
        throw new UnsupportedOperationException("TODO: read each scenario's story: which metric hurts it most?");
    }

    /**
     * The one amplification that {@code mechanism} raises.
     *
     * @throws NullPointerException if {@code mechanism} is null
     */
    public static Metric amplifies(Mechanism mechanism) {
        throw new UnsupportedOperationException("TODO: which metric does each mechanism raise?");
    }

    /**
     * The engine {@code scenario} should get, judged by the figures measured for it: the one whose amplification
     * for the scenario's {@link #bottleneck} is lower. On a tie, the B+ tree (the simpler engine to run). The
     * figures decide, not the engines' reputations: if your LSM tree measured better at reads, it wins reads.
     *
     * @param bPlusTree the B+ tree's figures on {@code scenario.workload()}
     * @param lsmTree   the LSM tree's figures on the same workload
     * @throws NullPointerException if an argument is null (the message names it)
     */
    public static Engine pick(Scenario scenario, Amplification bPlusTree, Amplification lsmTree) {
        throw new UnsupportedOperationException("TODO: compare the two engines on the scenario's bottleneck");
    }
}

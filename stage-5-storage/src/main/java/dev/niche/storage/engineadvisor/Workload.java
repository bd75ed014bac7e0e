package dev.niche.storage.engineadvisor;

import java.util.List;
import java.util.Objects;

/**
 * What an application does to a store, in two phases: first every write, then (after a restart) every query.
 * Given code: do not change.
 *
 * <p>Keeping the phases apart lets each ratio of {@link Amplification} see only the work it is about: the
 * writes, and the flush that ends them, are what write and space amplification measure; the queries, on a store
 * that has just been opened again and so has nothing in memory, are what read amplification measures.
 *
 * @param writes  {@link Operation.Put} and {@link Operation.Delete} steps, in order
 * @param queries {@link Operation.Get} and {@link Operation.Scan} steps, in order
 */
public record Workload(List<Operation> writes, List<Operation> queries) {

    /**
     * @throws NullPointerException     if a list or one of its steps is null
     * @throws IllegalArgumentException if {@code writes} holds a query or {@code queries} holds a write
     */
    public Workload {
        writes = List.copyOf(Objects.requireNonNull(writes, "writes"));
        queries = List.copyOf(Objects.requireNonNull(queries, "queries"));
        for (Operation op : writes) {
            if (!(op instanceof Operation.Put || op instanceof Operation.Delete)) {
                throw new IllegalArgumentException("writes may hold only puts and deletes, found " + op);
            }
        }
        for (Operation op : queries) {
            if (!(op instanceof Operation.Get || op instanceof Operation.Scan)) {
                throw new IllegalArgumentException("queries may hold only gets and scans, found " + op);
            }
        }
    }

    @Override
    public String toString() {
        return writes.size() + " writes then " + queries.size() + " queries";
    }
}

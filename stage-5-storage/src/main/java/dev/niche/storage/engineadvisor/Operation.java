package dev.niche.storage.engineadvisor;

/**
 * One step of a {@link Workload}: a write ({@link Put}, {@link Delete}) or a query ({@link Get}, {@link Scan}).
 * Given code: do not change.
 *
 * <p>Dispatch with {@code instanceof}, for example {@code if (op instanceof Operation.Put put) store.put(put.key(),
 * put.value());}.
 */
public sealed interface Operation {

    /** Maps {@code key} to {@code value}. */
    record Put(long key, long value) implements Operation {
    }

    /** Removes {@code key}. */
    record Delete(long key) implements Operation {
    }

    /** Looks {@code key} up. */
    record Get(long key) implements Operation {
    }

    /** Reads every key in {@code [fromInclusive, toExclusive)}. */
    record Scan(long fromInclusive, long toExclusive) implements Operation {
        /** @throws IllegalArgumentException if {@code fromInclusive > toExclusive} */
        public Scan {
            if (fromInclusive > toExclusive) {
                throw new IllegalArgumentException("a scan needs fromInclusive <= toExclusive, got [" + fromInclusive
                        + ", " + toExclusive + ")");
            }
        }
    }
}

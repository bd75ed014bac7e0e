package dev.niche.storage.engineadvisor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Four applications that need a storage engine, each with its {@link #workload()}. Given code: do not change.
 *
 * <p>For each one, decide which {@link Metric} matters most (what the application runs out of first), then let
 * the measured figures of your two engines decide which one it gets.
 */
public enum Scenario {
    /**
     * A login service keeps 5 000 sessions and checks a session on every request: 10 000 lookups by session id
     * for the 5 000 writes, one in five for a session that has expired and is gone. What users feel is the time
     * each check takes, and the sessions are far too many to keep in memory.
     */
    SESSION_LOOKUPS {
        @Override
        Workload build(SplittableRandom random) {
            List<Long> ids = distinctKeys(random, 5_000, 1L << 40);
            List<Operation> writes = new ArrayList<>();
            ids.forEach(id -> writes.add(new Operation.Put(id, random.nextLong())));
            List<Operation> queries = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                long id = random.nextInt(5) == 0 ? random.nextLong(1L << 40) : ids.get(random.nextInt(ids.size()));
                queries.add(new Operation.Get(id));
            }
            return new Workload(writes, queries);
        }
    },
    /**
     * A fleet of sensors sends 20 000 readings, each under a new key, as fast as it can; now and then an operator
     * looks one up (100 lookups). The readings land on SSDs whose warranty covers a fixed number of bytes written
     * over their life.
     */
    SENSOR_INGEST {
        @Override
        Workload build(SplittableRandom random) {
            List<Long> keys = distinctKeys(random, 20_000, 1L << 40);
            List<Operation> writes = new ArrayList<>();
            keys.forEach(key -> writes.add(new Operation.Put(key, random.nextLong())));
            List<Operation> queries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                queries.add(new Operation.Get(keys.get(random.nextInt(keys.size()))));
            }
            return new Workload(writes, queries);
        }
    },
    /**
     * 500 counters (likes, stock levels) are each overwritten 30 times, 15 000 writes in random order, and a few
     * hundred are deleted now and then; then 100 counters are read. The disk they live on is nearly full.
     */
    COUNTER_OVERWRITES {
        @Override
        Workload build(SplittableRandom random) {
            List<Operation> writes = new ArrayList<>();
            for (int i = 0; i < 15_000; i++) {
                long counter = random.nextInt(500);
                writes.add(random.nextInt(50) == 0 ? new Operation.Delete(counter)
                        : new Operation.Put(counter, random.nextInt(1_000_000)));
            }
            List<Operation> queries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                queries.add(new Operation.Get(random.nextInt(500)));
            }
            return new Workload(writes, queries);
        }
    },
    /**
     * A shop stores 10 000 orders keyed by their time (in the first 10^6 seconds), then runs 300 reports, each
     * reading the orders of one window of 10 000 seconds: about 100 orders per report, in time order.
     */
    ORDER_REPORTS {
        @Override
        Workload build(SplittableRandom random) {
            List<Long> times = distinctKeys(random, 10_000, 1_000_000);
            List<Operation> writes = new ArrayList<>();
            times.forEach(time -> writes.add(new Operation.Put(time, random.nextLong())));
            List<Operation> queries = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long from = random.nextLong(1_000_000 - 10_000);
                queries.add(new Operation.Scan(from, from + 10_000));
            }
            return new Workload(writes, queries);
        }
    };

    /** This scenario's workload; the same every time. */
    public Workload workload() {
        return build(new SplittableRandom(0x5EED_0000L + ordinal()));
    }

    abstract Workload build(SplittableRandom random);

    /** {@code count} different keys in {@code [0, bound)}, in random order. */
    private static List<Long> distinctKeys(SplittableRandom random, int count, long bound) {
        java.util.Set<Long> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < count) {
            seen.add(random.nextLong(bound));
        }
        return new ArrayList<>(seen);
    }
}

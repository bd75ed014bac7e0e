package dev.niche.concurrency.falsesharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.ConcurrencyFailure;
import dev.niche.katas.grader.concurrency.Stress;
import dev.niche.katas.grader.report.ComplexityRecord;
import dev.niche.katas.grader.report.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;

@Kata(id = "concurrency/false-sharing", title = "Padded per-thread counters", order = 12, checkpoints = "4.2",
        naiveViolates = CheckKind.CONCURRENCY)
class FalseSharingTest {
    /**
     * Room required on each side of a count. A cache line is 64 bytes on most x86 and ARM cores, but Intel's
     * spatial prefetcher fetches lines in 128-byte pairs and some cores (Apple M1 and later) have 128-byte
     * lines, so two counts less than 128 bytes apart can still bounce between cores. The JDK pads its own
     * {@code @Contended} fields by 128 bytes for the same reason.
     */
    static final int PADDING = 128;
    private static final long MARK = 1_000_003;

    // ---- examples: one thread ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a new counter sums to 0 and knows its stripes")
    void newCounterIsZero() {
        StripedCounter counter = new StripedCounter(3);
        assertThat(counter.stripes()).isEqualTo(3);
        assertThat(counter.sum()).isZero();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("sum adds up every stripe, negative deltas included")
    void sumAddsStripes() {
        StripedCounter counter = new StripedCounter(4);
        counter.add(0, 5);
        counter.add(3, 7);
        counter.add(3, 1);
        counter.add(1, -2);
        assertThat(counter.sum()).isEqualTo(11);
        StripedCounter single = new StripedCounter(1);
        single.add(0, Long.MAX_VALUE);
        single.add(0, 1);
        assertThat(single.sum()).as("a sum past Long.MAX_VALUE wraps like long addition").isEqualTo(Long.MIN_VALUE);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("fewer than 1 stripe is rejected, naming stripes")
    void rejectsNoStripes() {
        assertThatThrownBy(() -> new StripedCounter(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stripes");
        assertThatThrownBy(() -> new StripedCounter(-4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stripes");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a stripe outside [0, stripes) is rejected, naming stripe, and adds nothing")
    void rejectsBadStripe() {
        StripedCounter counter = new StripedCounter(2);
        counter.add(1, 10);
        assertThatThrownBy(() -> counter.add(2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stripe");
        assertThatThrownBy(() -> counter.add(-1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stripe");
        assertThat(counter.sum()).isEqualTo(10);
    }

    // ---- concurrency: exact sums, then the memory layout ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("4 threads, each adding to its own stripe: the sum is exact")
    void ownStripesSumExactly() {
        int threads = 4;
        int adds = 200_000;
        StripedCounter counter = new StripedCounter(threads);
        Stress.threads(threads).run("4 threads adding to their own stripes", thread -> {
            for (int i = 0; i < adds; i++) {
                counter.add(thread, thread + 1);
            }
        });
        long expected = (long) adds * (1 + 2 + 3 + 4);
        assertThat(counter.sum()).as("sum after thread-k added k+1 to stripe k, %d times each", adds)
                .isEqualTo(expected);
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("4 threads adding to the same stripes: no addition is lost")
    void sharedStripesLoseNothing() {
        int threads = 4;
        int adds = 100_000;
        StripedCounter counter = new StripedCounter(2);
        Stress.threads(threads).run("4 threads adding 1 to stripes 0 and 1 in turn", thread -> {
            for (int i = 0; i < adds; i++) {
                counter.add(i & 1, 1);
            }
        });
        assertThat(counter.sum()).as("sum after 4 threads each added 1, %d times, to stripes 0 and 1", adds)
                .isEqualTo((long) threads * adds);
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("every count has 128 bytes of its own object on each side (real offsets, JOL)")
    void countsArePadded() {
        int stripes = 4;
        StripedCounter counter = new StripedCounter(stripes);
        List<HotFields.Location> counts = new ArrayList<>();
        for (int stripe = 0; stripe < stripes; stripe++) {
            counts.add(countOf(counter, stripe));
        }
        List<String> problems = new ArrayList<>();
        HotFields.Location crowded = null;
        for (int s = 0; s < stripes; s++) {
            HotFields.Location count = counts.get(s);
            long before = count.offset();
            long after = count.holderSize() - count.offset() - Long.BYTES;
            if (before < PADDING || after < PADDING) {
                problems.add("stripe " + s + ": its count, " + count + ", has " + before + " bytes of its own"
                        + " object before it and " + after + " after it; " + PADDING + " needed on each side");
                crowded = crowded == null ? count : crowded;
            }
            for (int t = s + 1; t < stripes; t++) {
                HotFields.Location other = counts.get(t);
                long apart = Math.abs(other.offset() - count.offset());
                if (other.holder() == count.holder() && apart < PADDING) {
                    problems.add("stripes " + s + " and " + t + ": their counts are " + apart
                            + " bytes apart in one object (" + count.name() + ", " + other.name() + ")");
                    crowded = crowded == null ? count : crowded;
                }
            }
        }
        if (crowded != null) {
            List<String> others = problems.subList(1, problems.size());
            throw new ConcurrencyFailure(problems.get(0) + (others.isEmpty() ? "." : " (and " + others.size()
                    + " more layout problem(s), below).\n  " + String.join("\n  ", others))
                    + "\nWhy " + PADDING + ": a cache line is 64 bytes, but Intel's prefetcher moves lines in"
                    + " 128-byte pairs and some cores have 128-byte lines."
                    + "\nWhy inside the object: the JVM, not your code, decides what is allocated next to it."
                    + "\nHotSpot does not keep the declared order of a class's own fields: it groups them by size"
                    + " and fills gaps (byte or int padding declared before a long count ends up after it), and"
                    + " the order is unspecified. A superclass's fields do come before its subclass's, so padding"
                    + " split over a class hierarchy holds. The crowded object, as JOL reads it:\n"
                    + ClassLayout.parseInstance(crowded.holder()).toPrintable().strip());
        }
    }

    /** The one {@code long} that {@code add(stripe, MARK)} changes by exactly MARK. */
    private static HotFields.Location countOf(StripedCounter counter, int stripe) {
        Map<HotFields.Location, Long> before = HotFields.read(counter);
        counter.add(stripe, MARK);
        Map<HotFields.Location, Long> after = HotFields.read(counter);
        List<HotFields.Location> changed = after.entrySet().stream()
                .filter(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L) == MARK)
                .map(Map.Entry::getKey).collect(Collectors.toList());
        if (changed.size() != 1) {
            throw new ConcurrencyFailure("the layout check could not find where stripe " + stripe + " is counted:"
                    + " after add(" + stripe + ", " + MARK + "), " + changed.size() + " longs reachable from the"
                    + " counter had grown by " + MARK + " (expected exactly one: the stripe's count, a long field"
                    + " or a long[] element) " + changed);
        }
        return changed.get(0);
    }

    // ---- benchmark: reported, never asserted (see the stage README) ----

    @BenchCheck
    @DisplayName("2 threads adding to their own stripes: your counter vs adjacent counts (JMH, reported)")
    void falseSharingBenchmark() {
        Map<String, Double> nanosPerAdd = StripedCounterBenchmark.run();
        double yours = nanosPerAdd.get("yourCounter");
        double adjacent = nanosPerAdd.get("adjacentCounts");
        String speedup = String.format("%.2fx", adjacent / yours);
        System.out.printf("false sharing, 2 threads: your counter %.1f ns per add, adjacent counts %.1f ns per add,"
                + " speedup %s%n", yours, adjacent, speedup);
        Recorder.record(new ComplexityRecord("add, 2 threads on their own stripes: your counter", "reported only",
                String.format("%.1f ns per add; adjacent counts %.1f ns, speedup %s", yours, adjacent, speedup),
                "jmh",
                List.of(new double[] {2, yours})));
        Recorder.record(new ComplexityRecord("add, 2 threads on their own stripes: adjacent counts",
                "reported only", String.format("%.1f ns per add", adjacent), "jmh",
                List.of(new double[] {2, adjacent})));
        assertThat(List.of(yours, adjacent)).as("ns per add, measured by JMH").allMatch(ns -> ns > 0);
    }
}

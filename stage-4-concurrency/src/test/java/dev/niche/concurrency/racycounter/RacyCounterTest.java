package dev.niche.concurrency.racycounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.Linearizability;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/racy-counter", title = "Racy counters: atomic, adder or lock", order = 1,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY, refactoring = true)
class RacyCounterTest {
    /** Lincheck's budget: each race here needs one switch inside one call, found within the first scenarios. */
    private static final int ITERATIONS = 8;
    private static final int INVOCATIONS = 150;

    // ---- examples: one thread, the behaviour to keep ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("HitCounter counts every hit")
    void hitCounterCounts() {
        HitCounter counter = new HitCounter();
        assertThat(counter.total()).isZero();
        for (int i = 0; i < 5; i++) {
            counter.hit();
        }
        assertThat(counter.total()).isEqualTo(5);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("TicketDispenser hands out 1, 2, 3 and counts them")
    void ticketsAreConsecutive() {
        TicketDispenser tickets = new TicketDispenser();
        assertThat(tickets.taken()).isZero();
        assertThat(tickets.take()).isEqualTo(1);
        assertThat(tickets.take()).isEqualTo(2);
        assertThat(tickets.take()).isEqualTo(3);
        assertThat(tickets.taken()).isEqualTo(3);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("LatencyStats pairs the count with the total; the mean of nothing is 0")
    void statsPairCountAndTotal() {
        LatencyStats stats = new LatencyStats();
        assertThat(stats.snapshot()).isEqualTo(new Snapshot(0, 0));
        assertThat(stats.snapshot().meanMicros()).isZero();
        stats.record(100);
        stats.record(300);
        stats.record(0);
        assertThat(stats.snapshot()).isEqualTo(new Snapshot(3, 400));
        assertThat(stats.snapshot().meanMicros()).isEqualTo(400.0 / 3);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("LatencyStats rejects a negative latency and records nothing")
    void statsRejectNegative() {
        LatencyStats stats = new LatencyStats();
        assertThatThrownBy(() -> stats.record(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("micros");
        assertThat(stats.snapshot()).isEqualTo(new Snapshot(0, 0));
    }

    // ---- concurrency: Lincheck explores thread switches at every shared access ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("HitCounter loses no hit when threads hit at once")
    void hitCounterIsLinearizable() {
        Linearizability.of(HitCounterOperations.class).startedBy(() -> new HitCounter().hit())
                .iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).modelCheck();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("TicketDispenser never gives two callers the same number")
    void ticketsAreLinearizable() {
        Linearizability.of(TicketOperations.class).startedBy(() -> new TicketDispenser().take())
                .iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).modelCheck();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("LatencyStats snapshots never pair a count with another moment's total")
    void statsAreLinearizable() {
        Linearizability.of(StatsOperations.class).startedBy(() -> new LatencyStats().snapshot())
                .iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).modelCheck();
    }

    /** The operations Lincheck runs concurrently on one {@link HitCounter}. */
    public static class HitCounterOperations {
        private final HitCounter counter = new HitCounter();

        @Operation
        public void hit() {
            counter.hit();
        }

        @Operation
        public long total() {
            return counter.total();
        }
    }

    /** The operations Lincheck runs concurrently on one {@link TicketDispenser}. */
    public static class TicketOperations {
        private final TicketDispenser tickets = new TicketDispenser();

        @Operation
        public long take() {
            return tickets.take();
        }

        @Operation
        public long taken() {
            return tickets.taken();
        }
    }

    /** The operations Lincheck runs concurrently on one {@link LatencyStats}: two latencies, and a snapshot. */
    public static class StatsOperations {
        private final LatencyStats stats = new LatencyStats();

        @Operation
        public void recordFast() {
            stats.record(10);
        }

        @Operation
        public void recordSlow() {
            stats.record(250);
        }

        @Operation
        public Snapshot snapshot() {
            return stats.snapshot();
        }
    }
}

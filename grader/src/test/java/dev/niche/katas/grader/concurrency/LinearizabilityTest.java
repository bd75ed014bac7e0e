package dev.niche.katas.grader.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.niche.katas.grader.NotStarted;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

class LinearizabilityTest {

    /** A counter with the classic lost update. */
    public static class RacyCounter {
        private long value;

        @Operation
        public void increment() {
            value++;
        }

        @Operation
        public long get() {
            return value;
        }
    }

    /** The same counter, correct. */
    public static class AtomicCounter {
        private final AtomicLong value = new AtomicLong();

        @Operation
        public void increment() {
            value.incrementAndGet();
        }

        @Operation
        public long get() {
            return value.get();
        }
    }

    /** Correct but blocking: linearizable, not lock-free. */
    public static class LockedCounter {
        private long value;

        @Operation
        public synchronized void increment() {
            value++;
        }

        @Operation
        public synchronized long get() {
            return value;
        }
    }

    @Test
    void findsTheLostUpdateAndShowsTheTrimmedInterleaving() {
        Throwable failure = catchThrowable(() -> Linearizability.of(RacyCounter.class).startedBy(() -> { })
                .iterations(10).invocationsPerIteration(200).modelCheck());
        assertThat(failure).isInstanceOf(ConcurrencyFailure.class)
                .hasMessageStartingWith("not linearizable: no one-at-a-time order")
                .hasMessageContaining("The interleaving that does it")
                .hasMessageContaining("switch")
                .hasMessageNotContaining("Detailed trace")
                .hasMessageNotContaining("All operations above the horizontal line");
        assertThat(failure.getStackTrace()).isEmpty();
    }

    @Test
    void passesACorrectObject() {
        Linearizability.of(AtomicCounter.class).startedBy(() -> { }).iterations(5).invocationsPerIteration(100)
                .modelCheck();
    }

    @Test
    void lockFreeRejectsALockAndAcceptsItWithoutTheRequirement() {
        Linearizability.of(LockedCounter.class).startedBy(() -> { }).iterations(5).invocationsPerIteration(100)
                .modelCheck();
        Throwable failure = catchThrowable(() -> Linearizability.of(LockedCounter.class).startedBy(() -> { })
                .iterations(5).invocationsPerIteration(100).lockFree().modelCheck());
        assertThat(failure).isInstanceOf(ConcurrencyFailure.class).hasMessageStartingWith("not lock-free");
    }

    @Test
    void aStubIsNotStartedAndAMissingSmokeIsTheAuthorsMistake() {
        Throwable stub = catchThrowable(() -> Linearizability.of(AtomicCounter.class)
                .startedBy(() -> {
                    throw new UnsupportedOperationException("TODO: count");
                }).modelCheck());
        assertThat(NotStarted.isNotStarted(stub)).isTrue();
        assertThatThrownBy(() -> Linearizability.of(AtomicCounter.class).modelCheck())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs startedBy");
    }

    @Test
    void trimmingKeepsTheHeaderExplainedAndCutsLongReports() {
        String hung = "= The execution has hung =\n| a | b |\n\nDetailed trace:\n| x |";
        assertThat(LincheckReport.trim(hung)).startsWith("the threads stopped making progress")
                .contains("| a | b |").doesNotContain("| x |");
        StringBuilder longReport = new StringBuilder("= Invalid execution results =\n");
        for (int i = 0; i < 200; i++) {
            longReport.append("| row ").append(i).append(" |\n");
        }
        assertThat(LincheckReport.trim(longReport.toString()).lines().count())
                .isEqualTo(LincheckReport.MAX_LINES + 1);
    }
}

package dev.niche.katas.grader.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.niche.katas.grader.NotStarted;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundCallTest {

    @Test
    void watchesACallBlockThenReturnOnceWoken() {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(1);
        BackgroundCall take = BackgroundCall.start("take() on an empty queue", queue::take);
        take.awaitBlocked();
        queue.add("job");
        take.awaitDone();
        assertThat(take.failure()).isNull();
    }

    @Test
    void aCallThatReturnsAtOnceIsNotWaiting() {
        BackgroundCall quick = BackgroundCall.start("poll()", () -> { });
        assertThat(catchThrowable(quick::awaitBlocked)).hasMessage("poll() returned at once; it must wait");
        assertThat(BackgroundCall.start("poll()", () -> { }).blocksWithin(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void aBusyWaitIsNamed() {
        AtomicBoolean stop = new AtomicBoolean();
        BackgroundCall spin = BackgroundCall.start("spinning take()", () -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        });
        assertThat(spin.blocksWithin(Duration.ofMillis(100))).isFalse();
        stop.set(true);
        spin.awaitDone();
    }

    @Test
    void aCallNobodyWakesIsReportedWithWhereItWaits() {
        Object monitor = new Object();
        BackgroundCall stuck = BackgroundCall.start("await()", () -> {
            synchronized (monitor) {
                monitor.wait();
            }
        }).awaitBlocked();
        assertThat(stuck.finishesWithin(Duration.ofMillis(50))).isFalse();
        stuck.thread().interrupt();
        assertThat(stuck.finishesWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(catchThrowable(stuck::rethrow)).hasMessageContaining("await() threw")
                .hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    void aStubStaysNotStarted() {
        BackgroundCall stub = BackgroundCall.start("take()", () -> {
            throw new UnsupportedOperationException("TODO: take");
        });
        assertThat(NotStarted.isNotStarted(catchThrowable(stub::awaitBlocked))).isTrue();
    }
}

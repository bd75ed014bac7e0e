package dev.niche.katas.grader.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.niche.katas.grader.NotStarted;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class StressTest {

    @Test
    void runsEveryThreadOnceAndPassesWhenAllFinish() {
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger indexSum = new AtomicInteger();
        Stress.threads(6).run("counting", thread -> {
            ran.incrementAndGet();
            indexSum.addAndGet(thread);
        });
        assertThat(ran).hasValue(6);
        assertThat(indexSum).hasValue(0 + 1 + 2 + 3 + 4 + 5);
    }

    @Test
    void releasesTheThreadsTogether() {
        CountDownLatch allInside = new CountDownLatch(4);
        Stress.threads(4).run("meeting", thread -> {
            allInside.countDown();
            allInside.await();
        });
        assertThat(allInside.getCount()).isZero();
    }

    @Test
    void reportsALockOrderDeadlockAsSoonAsItFormsWithBothLocks() {
        Object first = new Object();
        Object second = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> Stress.threads(2).timeLimit(Duration.ofSeconds(10))
                .run("two threads locking in opposite orders", thread -> {
                    Object mine = thread == 0 ? first : second;
                    Object theirs = thread == 0 ? second : first;
                    synchronized (mine) {
                        bothHoldOne.countDown();
                        bothHoldOne.await();
                        synchronized (theirs) {
                            thread++;
                        }
                    }
                }));
        assertThat(failure).isInstanceOf(ConcurrencyFailure.class)
                .hasMessageStartingWith("deadlock in two threads locking in opposite orders:")
                .hasMessageContaining("thread-0 holds").hasMessageContaining("held by thread-1")
                .hasMessageContaining("StressTest");
        assertThat(failure.getStackTrace()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void findsDeadlocksOnExplicitLocksToo() {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Throwable failure = catchThrowable(() -> Stress.threads(2).run("explicit locks", thread -> {
            ReentrantLock mine = thread == 0 ? a : b;
            ReentrantLock theirs = thread == 0 ? b : a;
            mine.lock();
            bothHoldOne.countDown();
            bothHoldOne.await();
            theirs.lock();
        }));
        assertThat(failure).hasMessageStartingWith("deadlock in explicit locks:").hasMessageContaining("ReentrantLock");
    }

    @Test
    void reportsThreadsStillWaitingAtTheLimitWithTheirState() {
        Object monitor = new Object();
        Throwable failure = catchThrowable(() -> Stress.threads(3).timeLimit(Duration.ofMillis(300))
                .run("a wait nobody signals", thread -> {
                    if (thread > 0) {
                        synchronized (monitor) {
                            monitor.wait();
                        }
                    }
                }));
        assertThat(failure).isInstanceOf(ConcurrencyFailure.class)
                .hasMessageStartingWith("a wait nobody signals did not finish within 300 ms: 2 of 3 threads")
                .hasMessageContaining("thread-1 WAITING").hasMessageContaining("thread-2 WAITING")
                .hasMessageContaining("StressTest.lambda");
    }

    @Test
    void namesTheThreadThatFailedAndKeepsTheCause() {
        Throwable failure = catchThrowable(() -> Stress.threads(3).run("checking", thread -> {
            if (thread == 2) {
                throw new IllegalStateException("queue size -1");
            }
        }));
        assertThat(failure).isInstanceOf(ConcurrencyFailure.class)
                .hasMessage("in checking, thread-2 failed: java.lang.IllegalStateException: queue size -1")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedThreadIsReportedBeforeTheThreadsItLeftWaiting() {
        CountDownLatch neverOpened = new CountDownLatch(1);
        Throwable failure = catchThrowable(() -> Stress.threads(2).timeLimit(Duration.ofMillis(300))
                .run("hand-off", thread -> {
                    if (thread == 0) {
                        throw new IllegalStateException("size went negative");
                    }
                    neverOpened.await();
                }));
        assertThat(failure).hasMessageStartingWith("in hand-off, thread-0 failed: java.lang.IllegalStateException:"
                + " size went negative").hasMessageContaining("and then 1 threads were still running or waiting")
                .hasMessageContaining("thread-1 WAITING");
    }

    @Test
    void aStubInAThreadReadsAsNotStarted() {
        Throwable failure = catchThrowable(() -> Stress.threads(2).run("stub", thread -> {
            throw new UnsupportedOperationException("TODO: take an item");
        }));
        assertThat(NotStarted.isNotStarted(failure)).isTrue();
        assertThat(failure).isInstanceOf(UnsupportedOperationException.class);
    }
}

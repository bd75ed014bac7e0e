package dev.niche.concurrency.rwlock;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A read-write lock that does not starve writers.
 *
 * <p>One {@link ReentrantLock} guards the state (who reads, who writes, how many writers wait), and two
 * conditions say who may be woken: readers wait on {@code readersMayEnter}, writers on {@code writerMayEnter}.
 * Writer preference is one extra count: a reader enters only when no writer is inside <em>and none waits</em>.
 * When the last reader leaves it signals one writer; a writer leaving hands over to the next writer if one waits,
 * else wakes every reader (they may all enter together). Two conditions mean no one is woken just to go back to
 * sleep, and no signal meant for a writer is swallowed by a reader. Every wait sits in a loop, since a woken
 * thread must check again: another thread may have come in first, and wake-ups can be spurious.
 */
public class RwLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readersMayEnter = lock.newCondition();
    private final Condition writerMayEnter = lock.newCondition();
    private final Set<Thread> readers = new HashSet<>();
    private Thread writer;
    private int waitingWriters;

    /** Takes the read lock once no writer holds it or waits for it. */
    public void lockRead() throws InterruptedException {
        lock.lock();
        try {
            refuseSecondHold();
            while (writer != null || waitingWriters > 0) {
                readersMayEnter.await();
            }
            readers.add(Thread.currentThread());
        } finally {
            lock.unlock();
        }
    }

    /** Releases the read lock; the last reader out signals a waiting writer. */
    public void unlockRead() {
        lock.lock();
        try {
            if (!readers.remove(Thread.currentThread())) {
                throw new IllegalMonitorStateException(
                        Thread.currentThread().getName() + " does not hold the read lock");
            }
            if (readers.isEmpty()) {
                writerMayEnter.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Counts itself as waiting (which stops new readers), then waits for an empty lock. */
    public void lockWrite() throws InterruptedException {
        lock.lock();
        try {
            refuseSecondHold();
            waitingWriters++;
            try {
                while (writer != null || !readers.isEmpty()) {
                    writerMayEnter.await();
                }
            } catch (InterruptedException e) {
                // Giving up: readers held back by this writer may go in, and a signal it took passes on.
                readersMayEnter.signalAll();
                writerMayEnter.signal();
                throw e;
            } finally {
                waitingWriters--;
            }
            writer = Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    /** Releases the write lock to the next waiting writer, or else to all waiting readers. */
    public void unlockWrite() {
        lock.lock();
        try {
            if (writer != Thread.currentThread()) {
                throw new IllegalMonitorStateException(
                        Thread.currentThread().getName() + " does not hold the write lock");
            }
            writer = null;
            if (waitingWriters > 0) {
                writerMayEnter.signal();
            } else {
                readersMayEnter.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void refuseSecondHold() {
        Thread me = Thread.currentThread();
        if (writer == me || readers.contains(me)) {
            throw new IllegalStateException(me.getName() + " already holds this lock (it is not reentrant)");
        }
    }
}

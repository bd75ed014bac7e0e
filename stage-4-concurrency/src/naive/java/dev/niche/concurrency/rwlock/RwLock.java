package dev.niche.concurrency.rwlock;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A read-write lock with reader preference: the classic version that starves writers.
 *
 * <p>Naive on purpose: a reader enters whenever no writer is <em>inside</em>, without asking whether one waits.
 * Mutual exclusion holds, and each reader or writer gets in eventually when traffic pauses. But while readers
 * overlap without a pause, the reader count never drops to zero and a waiting writer never gets in.
 */
public class RwLock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readersMayEnter = lock.newCondition();
    private final Condition writerMayEnter = lock.newCondition();
    private final Set<Thread> readers = new HashSet<>();
    private Thread writer;

    /** Takes the read lock as soon as no writer is inside. */
    public void lockRead() throws InterruptedException {
        lock.lock();
        try {
            refuseSecondHold();
            while (writer != null) {
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

    /** Waits for an empty lock; readers arriving meanwhile go in first. */
    public void lockWrite() throws InterruptedException {
        lock.lock();
        try {
            refuseSecondHold();
            try {
                while (writer != null || !readers.isEmpty()) {
                    writerMayEnter.await();
                }
            } catch (InterruptedException e) {
                writerMayEnter.signal();
                throw e;
            }
            writer = Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    /** Releases the write lock to all waiting readers and one waiting writer. */
    public void unlockWrite() {
        lock.lock();
        try {
            if (writer != Thread.currentThread()) {
                throw new IllegalMonitorStateException(
                        Thread.currentThread().getName() + " does not hold the write lock");
            }
            writer = null;
            readersMayEnter.signalAll();
            writerMayEnter.signal();
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

package dev.niche.concurrency.rwlock;

/**
 * A read-write lock that does not starve writers.
 *
 * <p><b>Modes.</b> Any number of threads may hold the read lock at once; the write lock is held by one thread
 * alone, with no reader. A thread holds at most one of the two, once: the lock is not reentrant.
 *
 * <p><b>Writer preference.</b> Once a writer waits, threads that ask for the read lock wait behind it, even though
 * readers are inside. The readers inside finish, the writer goes in, and only then do new readers enter (or the
 * next waiting writer). So a writer is never starved by a stream of overlapping readers. The price: readers may
 * wait while writers keep coming.
 *
 * <p><b>Ownership.</b> Only the thread that took a lock may release it. Releasing a lock the calling thread does
 * not hold throws {@link IllegalMonitorStateException} and changes nothing. Asking for either lock while the
 * calling thread already holds one throws {@link IllegalStateException} and changes nothing (a reader that asked
 * for the write lock would otherwise wait for itself forever).
 *
 * <p><b>Interruption.</b> {@link #lockRead()} and {@link #lockWrite()} throw {@link InterruptedException} when
 * the thread is interrupted while it waits; it then holds nothing, and a writer that gave up no longer holds
 * back readers.
 *
 * <p>Every method may be called by many threads at once.
 */
public class RwLock {

    /**
     * Takes the read lock: waits while a writer holds the lock or waits for it.
     *
     * @throws InterruptedException  if interrupted while waiting (nothing is held then)
     * @throws IllegalStateException if the calling thread already holds the read or the write lock
     */
    public void lockRead() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait while a writer holds or awaits the lock, then enter");
    }

    /**
     * Releases the read lock; the last reader out lets a waiting writer in.
     *
     * @throws IllegalMonitorStateException if the calling thread does not hold the read lock
     */
    public void unlockRead() {
        throw new UnsupportedOperationException("TODO: check ownership, count yourself out, wake a writer if last");
    }

    /**
     * Takes the write lock: announces itself as waiting (from then on new readers wait), then waits until no
     * reader and no writer is inside.
     *
     * @throws InterruptedException  if interrupted while waiting (nothing is held, and readers may enter again)
     * @throws IllegalStateException if the calling thread already holds the read or the write lock
     */
    public void lockWrite() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: register as a waiting writer, wait for an empty lock");
    }

    /**
     * Releases the write lock and lets the next waiting writer in, or, if none waits, all waiting readers.
     *
     * @throws IllegalMonitorStateException if the calling thread does not hold the write lock
     */
    public void unlockWrite() {
        throw new UnsupportedOperationException("TODO: check ownership, then wake the next writer or all readers");
    }
}

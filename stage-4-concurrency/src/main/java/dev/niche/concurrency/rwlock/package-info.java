/**
 * <b>A read-write lock that does not starve writers</b> (checkpoint 4.1: spot a race and pick the primitive).
 *
 * <p>A pricing service keeps its price table behind a read-write lock: hundreds of request threads read it,
 * and once a minute a refresher thread writes the new prices. The lock someone wrote lets a reader in whenever
 * other readers are inside. At peak traffic there is always a reader inside, so the refresher waits for minutes
 * and customers see stale prices: the writer starves, and no exception or deadlock ever says so.
 *
 * <p><b>Your task:</b> build {@link dev.niche.concurrency.rwlock.RwLock} from a monitor
 * ({@code synchronized}, {@code wait}, {@code notifyAll}) or from a {@link java.util.concurrent.locks.Lock}
 * with {@link java.util.concurrent.locks.Condition}s, not from the JDK's read-write locks. Many readers at once,
 * a writer alone, and writer preference: as soon as a writer waits, new readers queue behind it.
 *
 * <p>The examples check ownership (releasing a lock you do not hold), re-locking, interruption, and that a writer
 * and a reader wait for each other. The concurrency checks see two readers inside at once, keep counters of who is
 * inside under a stress run (a writer must always be alone), hold a reader inside while a writer waits to see that
 * a new reader queues behind the writer, and finally run a continuous stream of overlapping readers: a writer that
 * starts waiting must get in before the readers have taken the read lock 100 more times.
 */
package dev.niche.concurrency.rwlock;

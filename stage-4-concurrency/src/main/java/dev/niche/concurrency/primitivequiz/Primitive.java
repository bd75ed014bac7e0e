package dev.niche.concurrency.primitivequiz;

/**
 * The tools to choose from. Given code: do not change it. A tool may answer several scenarios, or none.
 */
public enum Primitive {
    /**
     * {@code synchronized} or a {@code ReentrantLock}: one thread at a time runs the guarded code, and what it
     * wrote is visible to the next thread that takes the lock.
     */
    LOCK,
    /**
     * {@code AtomicInteger}, {@code AtomicLong}, {@code AtomicReference}: one variable read, changed and written
     * in one indivisible step ({@code incrementAndGet}, {@code compareAndSet}), without a lock.
     */
    ATOMIC,
    /**
     * {@code LongAdder}: a sum spread over cells that different threads add to; {@code add} rarely contends,
     * {@code sum} adds the cells up and is not an atomic snapshot.
     */
    LONG_ADDER,
    /**
     * A {@code volatile} field: a read sees the latest write, and a write publishes everything the writer did
     * before it. No read-modify-write: {@code v++} is still a read and a separate write.
     */
    VOLATILE,
    /**
     * Readers take an immutable snapshot through one volatile reference and never lock; a writer builds a new
     * copy and swaps the reference ({@code CopyOnWriteArrayList}, or a volatile field holding an immutable
     * object).
     */
    COPY_ON_WRITE,
    /**
     * An object whose fields are all final, set in the constructor and never changed: any thread may read it
     * with no synchronization at all.
     */
    IMMUTABILITY,
    /**
     * Mutable state that only one thread ever touches (a local variable, an object that never escapes its
     * thread, a {@code ThreadLocal}): nothing to synchronize.
     */
    THREAD_CONFINEMENT,
    /**
     * {@code ConcurrentHashMap}: a map many threads read and update at once, with atomic per-key operations
     * ({@code computeIfAbsent}, {@code merge}).
     */
    CONCURRENT_MAP,
    /**
     * {@code ArrayBlockingQueue}, {@code LinkedBlockingQueue}: a hand-off between threads; {@code put} waits
     * while a bounded queue is full, {@code take} waits while it is empty.
     */
    BLOCKING_QUEUE,
    /**
     * {@code CountDownLatch}: {@code await} blocks until {@code countDown} has been called N times. One-shot:
     * once open, it stays open.
     */
    COUNT_DOWN_LATCH,
    /**
     * {@code CyclicBarrier}: N threads wait for each other at a point, are released together, and the barrier
     * resets for the next round.
     */
    CYCLIC_BARRIER,
    /**
     * {@code Semaphore}: N permits; {@code acquire} waits while none is free, {@code release} gives one back. At
     * most N threads hold a permit at a time.
     */
    SEMAPHORE,
    /**
     * The lazy holder idiom: a static final field of a nested class, which the JVM initializes once, under its
     * class-initialization lock, on first access; every later read is a plain read of a final field.
     */
    HOLDER_CLASS
}

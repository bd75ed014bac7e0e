package dev.niche.concurrency.primitivequiz;

/** The answer key: each choice with the reason it fits best. */
public final class Answers {
    private Answers() {
    }

    /**
     * {@link Scenario#PAGE_HITS}: writers add to separate cells, so 64 threads stop fighting over one; the rare reader
     * sums the cells.
     */
    public static Primitive pageHits() {
        return Primitive.LONG_ADDER;
    }

    /**
     * {@link Scenario#ORDER_IDS}: incrementAndGet returns the value this caller's own increment produced, in one step,
     * without a lock.
     */
    public static Primitive orderIds() {
        return Primitive.ATOMIC;
    }

    /**
     * {@link Scenario#ACCOUNT_LEDGER}: a check and two writes, one to an ArrayList, must be one indivisible step; only
     * mutual exclusion gives that cheaply.
     */
    public static Primitive accountLedger() {
        return Primitive.LOCK;
    }

    /**
     * {@link Scenario#CONFIG_RELOAD}: build a new immutable rules object and swap one volatile reference: readers
     * never wait and always see one version.
     */
    public static Primitive configReload() {
        return Primitive.COPY_ON_WRITE;
    }

    /**
     * {@link Scenario#EVENT_LISTENERS}: CopyOnWriteArrayList: every delivery iterates over an immutable snapshot
     * without locking; the rare subscribe pays for the copy.
     */
    public static Primitive eventListeners() {
        return Primitive.COPY_ON_WRITE;
    }

    /**
     * {@link Scenario#RESIZE_PIPELINE}: a bounded queue of capacity 100: put waits while it is full, take sleeps while
     * it is empty.
     */
    public static Primitive resizePipeline() {
        return Primitive.BLOCKING_QUEUE;
    }

    /**
     * {@link Scenario#STARTUP_GATE}: a latch of 5: each service counts down once, readiness awaits, and once open it
     * stays open.
     */
    public static Primitive startupGate() {
        return Primitive.COUNT_DOWN_LATCH;
    }

    /**
     * {@link Scenario#SIMULATION_STEPS}: a barrier of 4 parties that every thread awaits after each step; it resets
     * itself for the next step.
     */
    public static Primitive simulationSteps() {
        return Primitive.CYCLIC_BARRIER;
    }

    /**
     * {@link Scenario#DATABASE_CONNECTIONS}: 10 permits: a call acquires one before using the library and releases it
     * in a finally block.
     */
    public static Primitive databaseConnections() {
        return Primitive.SEMAPHORE;
    }

    /**
     * {@link Scenario#TOKENIZER_SINGLETON}: the JVM initializes the holder class once, under its own lock, on first
     * use; every later read is a plain read.
     */
    public static Primitive tokenizerSingleton() {
        return Primitive.HOLDER_CLASS;
    }

    /**
     * {@link Scenario#REQUEST_MEMO}: the map never leaves the request's thread, so a plain HashMap needs no
     * synchronization at all.
     */
    public static Primitive requestMemo() {
        return Primitive.THREAD_CONFINEMENT;
    }

    /**
     * {@link Scenario#CANCEL_BUTTON}: one write, read in a loop by another thread: volatile makes the write visible
     * and stops the JIT from hoisting the read out of the loop.
     */
    public static Primitive cancelButton() {
        return Primitive.VOLATILE;
    }

    /**
     * {@link Scenario#PROFILE_CACHE}: computeIfAbsent loads each profile once, and only callers of the same key wait
     * for each other.
     */
    public static Primitive profileCache() {
        return Primitive.CONCURRENT_MAP;
    }

    /**
     * {@link Scenario#MONEY_VALUES}: final fields set in a constructor that does not leak this: every thread that sees
     * the object sees them set.
     */
    public static Primitive moneyValues() {
        return Primitive.IMMUTABILITY;
    }
}

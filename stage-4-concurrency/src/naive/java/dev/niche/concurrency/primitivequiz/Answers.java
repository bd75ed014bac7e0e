package dev.niche.concurrency.primitivequiz;

/**
 * Naive variant: the reflexes of someone who has just learned locks and atomics. A lock or an atomic for
 * anything shared, a concurrent map wherever there is a map, a latch for every kind of waiting and a queue
 * for every kind of limit. Five of the fourteen are right.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#PAGE_HITS}. */
    public static Primitive pageHits() {
        return Primitive.ATOMIC;
    }

    /** {@link Scenario#ORDER_IDS}. */
    public static Primitive orderIds() {
        return Primitive.ATOMIC;
    }

    /** {@link Scenario#ACCOUNT_LEDGER}. */
    public static Primitive accountLedger() {
        return Primitive.LOCK;
    }

    /** {@link Scenario#CONFIG_RELOAD}. */
    public static Primitive configReload() {
        return Primitive.LOCK;
    }

    /** {@link Scenario#EVENT_LISTENERS}. */
    public static Primitive eventListeners() {
        return Primitive.LOCK;
    }

    /** {@link Scenario#RESIZE_PIPELINE}. */
    public static Primitive resizePipeline() {
        return Primitive.BLOCKING_QUEUE;
    }

    /** {@link Scenario#STARTUP_GATE}. */
    public static Primitive startupGate() {
        return Primitive.COUNT_DOWN_LATCH;
    }

    /** {@link Scenario#SIMULATION_STEPS}. */
    public static Primitive simulationSteps() {
        return Primitive.COUNT_DOWN_LATCH;
    }

    /** {@link Scenario#DATABASE_CONNECTIONS}. */
    public static Primitive databaseConnections() {
        return Primitive.BLOCKING_QUEUE;
    }

    /** {@link Scenario#TOKENIZER_SINGLETON}. */
    public static Primitive tokenizerSingleton() {
        return Primitive.LOCK;
    }

    /** {@link Scenario#REQUEST_MEMO}. */
    public static Primitive requestMemo() {
        return Primitive.CONCURRENT_MAP;
    }

    /** {@link Scenario#CANCEL_BUTTON}. */
    public static Primitive cancelButton() {
        return Primitive.ATOMIC;
    }

    /** {@link Scenario#PROFILE_CACHE}. */
    public static Primitive profileCache() {
        return Primitive.CONCURRENT_MAP;
    }

    /** {@link Scenario#MONEY_VALUES}. */
    public static Primitive moneyValues() {
        return Primitive.LOCK;
    }
}

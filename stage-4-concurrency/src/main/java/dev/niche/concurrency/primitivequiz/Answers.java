package dev.niche.concurrency.primitivequiz;

/**
 * Your choices: one method per {@link Scenario}, each returning the {@link Primitive} you would reach for first,
 * for example {@code return Primitive.LOCK;}. A wrong choice is reported with the reason it does not fit that
 * scenario.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#PAGE_HITS}. */
    public static Primitive pageHits() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.PAGE_HITS");
    }

    /** {@link Scenario#ORDER_IDS}. */
    public static Primitive orderIds() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.ORDER_IDS");
    }

    /** {@link Scenario#ACCOUNT_LEDGER}. */
    public static Primitive accountLedger() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.ACCOUNT_LEDGER");
    }

    /** {@link Scenario#CONFIG_RELOAD}. */
    public static Primitive configReload() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.CONFIG_RELOAD");
    }

    /** {@link Scenario#EVENT_LISTENERS}. */
    public static Primitive eventListeners() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.EVENT_LISTENERS");
    }

    /** {@link Scenario#RESIZE_PIPELINE}. */
    public static Primitive resizePipeline() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.RESIZE_PIPELINE");
    }

    /** {@link Scenario#STARTUP_GATE}. */
    public static Primitive startupGate() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.STARTUP_GATE");
    }

    /** {@link Scenario#SIMULATION_STEPS}. */
    public static Primitive simulationSteps() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.SIMULATION_STEPS");
    }

    /** {@link Scenario#DATABASE_CONNECTIONS}. */
    public static Primitive databaseConnections() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.DATABASE_CONNECTIONS");
    }

    /** {@link Scenario#TOKENIZER_SINGLETON}. */
    public static Primitive tokenizerSingleton() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.TOKENIZER_SINGLETON");
    }

    /** {@link Scenario#REQUEST_MEMO}. */
    public static Primitive requestMemo() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.REQUEST_MEMO");
    }

    /** {@link Scenario#CANCEL_BUTTON}. */
    public static Primitive cancelButton() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.CANCEL_BUTTON");
    }

    /** {@link Scenario#PROFILE_CACHE}. */
    public static Primitive profileCache() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.PROFILE_CACHE");
    }

    /** {@link Scenario#MONEY_VALUES}. */
    public static Primitive moneyValues() {
        throw new UnsupportedOperationException("TODO: the primitive for Scenario.MONEY_VALUES");
    }
}

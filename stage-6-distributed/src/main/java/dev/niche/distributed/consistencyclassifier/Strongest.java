package dev.niche.distributed.consistencyclassifier;

/** The models of this kata, strongest first. Given code: do not change. */
public enum Strongest {
    /** One order of all operations, consistent with real time: each takes effect inside its interval. */
    LINEARIZABLE,
    /** One order of all operations that keeps each client's own order, but may ignore real time. */
    SEQUENTIAL,
    /**
     * Each client sees every write, in some order of its own, that keeps cause before effect: a client's earlier
     * operations before its later ones, and a write before any read that returned its value (and so on,
     * transitively). Different clients may see concurrent writes in different orders.
     */
    CAUSAL,
    /** Not even causal: some client saw an effect without its cause. */
    NONE_OF_THESE
}

package dev.niche.distributed.vectorclocks;

/**
 * A key-value store that never loses a concurrent write: one replica, as in Dynamo or Riak, where each key holds a
 * set of <em>siblings</em>, values that no write has replaced yet, each stamped with a vector clock.
 *
 * <p>A client reads a key ({@link #get}), gets every sibling and a <em>context</em> (the merge of their clocks),
 * and later writes with that context ({@link #put}). The write replaces exactly the siblings the client saw, the
 * ones whose clock is at most the context, and leaves every other sibling in place: a write that saw nothing (the
 * empty context) replaces nothing. Two clients that read the same state and both write leave two siblings; the
 * next write whose context covers both resolves them into one.
 *
 * <p>A new sibling's clock is the context with this replica's entry moved past every entry this replica has
 * issued for the key (so two writes never get the same clock, even with the same context). Contexts come only
 * from {@link #get}: {@link #put} returns nothing, and a client that wants to write again reads again.
 */
public final class VersionedStore {

    /**
     * An empty store on the replica named {@code node}, whose entry it increments for each write.
     *
     * @throws IllegalArgumentException if {@code node} is null (the message names {@code node})
     */
    public VersionedStore(String node) {
        throw new UnsupportedOperationException("TODO: keep the replica's name and an empty map of siblings");
    }

    /**
     * Every sibling of {@code key}, sorted, and the merge of their clocks ({@link VectorClock#empty()} and no
     * values for a key never written).
     *
     * @throws IllegalArgumentException if {@code key} is null (the message names {@code key})
     */
    public Siblings get(String key) {
        throw new UnsupportedOperationException("TODO: the key's sibling values and the merge of their clocks");
    }

    /**
     * Writes {@code value} to {@code key} as a client that has seen {@code context}: every sibling whose clock is
     * at most {@code context} is replaced; the others stay beside the new value.
     *
     * @throws IllegalArgumentException if {@code key}, {@code value} or {@code context} is null (the message names
     *                                  it)
     */
    public void put(String key, String value, VectorClock context) {
        throw new UnsupportedOperationException("TODO: drop the siblings the context covers, add the new one");
    }
}

/**
 * <h2>Consistent hashing: a ring with virtual nodes</h2>
 *
 * <p>A session store runs on ten cache servers, and every web server decides on its own which cache holds a
 * session. When a cache joins or dies, only the sessions it gains or loses may move; the rest must stay where they
 * are, or the whole store goes cold at once. Placing servers and keys on a ring gives that: a key belongs to the
 * first server clockwise from it, so a newcomer takes only the arc in front of it, and a leaver hands only its own
 * arcs to the next server.
 *
 * <p>One point per server is not enough. Ten random points cut the ring into very unequal arcs, so one server can
 * hold three times the average while another holds almost nothing, and a failed server dumps all its keys on a
 * single neighbour. The fix is to give each server many <em>virtual nodes</em>: V points each, spread at random.
 * A server's share is then the sum of V small arcs, and its spread around the mean shrinks like 1/sqrt(V): with
 * V = 200 one standard deviation is about 7% of the mean. The keys of a leaver, too, are then spread over all the
 * survivors.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.consistenthashing.HashRing}: add and remove nodes, find the owner
 * of a key, and the list of distinct nodes clockwise from it that a replicated store would copy the key to (the
 * "preference list" of Dynamo). The positions come from the given
 * {@link dev.niche.distributed.consistenthashing.RingHash}, laid out exactly as the class documentation says, so
 * every client computes the same ring.
 *
 * <p><b>The checks.</b> Examples and bad input. Then, over 100 000 keys on 10 nodes with 200 virtual nodes each:
 * no node holds more than 1.25 times the mean (at V = 200 that is more than 3 standard deviations, and because the
 * layout is fixed a correct ring always passes); when an eleventh node joins, every key that moves goes to it and
 * it takes between 0.75 and 1.25 of 1/11 of the keys; when a node leaves, only its keys move, and no survivor
 * takes more than a third of them; the replica lists hold distinct nodes and change only as little as a join or a
 * leave forces them to.
 */
package dev.niche.distributed.consistenthashing;

/**
 * <h2>Vector clocks and siblings: keep the write nobody has seen</h2>
 *
 * <p>Two people edit the same shopping cart at the same moment, through a store that keeps the last write by
 * timestamp. One of the edits vanishes, silently, and whichever it is depends on clock skew. A timestamp can say
 * which write came later; it cannot say whether the later writer had <em>seen</em> the earlier one. That is what
 * a vector clock records: one counter per node, so that "a happened before b" can be told apart from "a and b
 * happened concurrently, neither knew of the other".
 *
 * <p><b>Build</b>
 * <ul>
 *   <li>{@link dev.niche.distributed.vectorclocks.VectorClock}: an immutable clock with {@code increment},
 *       {@code merge} (the entry-wise maximum) and {@code compare}, which answers
 *       {@link dev.niche.distributed.vectorclocks.Order#BEFORE}, {@code AFTER}, {@code EQUAL} or
 *       {@code CONCURRENT}. Clocks form a partial order, not a total one: that is the point.</li>
 *   <li>{@link dev.niche.distributed.vectorclocks.VersionedStore}: a replica in the style of Dynamo and Riak. A
 *       read returns every <em>sibling</em> (concurrent values) of a key and a context; a write brings back the
 *       context it read and replaces exactly the siblings that context covers. Concurrent writes are never lost:
 *       they wait as siblings until a client that has seen them all writes the resolved value (for a cart, the
 *       union of the items).</li>
 * </ul>
 *
 * <p><b>The checks.</b> Examples and bad input. Properties (jqwik, a few hundred random cases each, shrunk to a
 * small one on failure): {@code compare} agrees with the entries; the order is reflexive, antisymmetric and
 * transitive; {@code merge} is commutative, associative, idempotent and the least upper bound, and leaves its
 * inputs alone; on random histories of 2 to 4 nodes exchanging messages, {@code compare} says BEFORE exactly when
 * a chain of events and messages leads from one event to the other, and CONCURRENT exactly when none does; and
 * random reads and writes of three clients leave exactly the siblings a model predicts.
 */
package dev.niche.distributed.vectorclocks;

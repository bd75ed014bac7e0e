/**
 * <h2>Jump hash and rendezvous hashing: move as few keys as possible</h2>
 *
 * <p>A cache tier spreads keys over N servers. The obvious {@code hash(key) % N} spreads them evenly, until a
 * server is added: then almost every key changes server, and the whole cache misses at once. A <em>consistent</em>
 * assignment moves only the keys it must: adding a server moves about 1/(N+1) of the keys, all of them to the new
 * server; removing one moves only the keys it held.
 *
 * <p><b>Build</b> two such assignments:
 * <ul>
 *   <li>{@link dev.niche.distributed.jumphash.JumpHash#bucket} (Lamping and Veach): buckets are numbered 0 to N - 1
 *       and can only be added or removed at the end. No memory, a few multiplications per key: walk the key
 *       through a pseudo-random sequence of "jumps" and stop at the last one below N.</li>
 *   <li>{@link dev.niche.distributed.jumphash.Rendezvous#owner} (highest random weight): any set of named nodes,
 *       any node may leave. Score every (key, node) pair with a good hash and pick the highest score: O(N) per
 *       key, no shared state to keep in sync.</li>
 * </ul>
 *
 * <p><b>The checks.</b> Examples and bad input; over 100 000 keys: every bucket or node within 10% of the mean
 * load; on growth from N to N + 1 exactly the keys that move go to the newcomer, and they are about 1/(N+1) of
 * all keys; a node that leaves gives away only its own keys.
 */
package dev.niche.distributed.jumphash;

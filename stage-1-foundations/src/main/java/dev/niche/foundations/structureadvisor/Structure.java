package dev.niche.foundations.structureadvisor;

/**
 * The structures to answer with, and what each one does well (n = the number of elements it holds). A
 * structure may be the answer to several scenarios, or to none.
 */
public enum Structure {
    /** A fixed-length array: read or write slot i in O(1). Its length is chosen when it is created. */
    ARRAY,
    /**
     * A growable array (like {@code ArrayList}): append in amortized O(1), read or write index i in O(1);
     * inserting or removing anywhere but the end shifts what follows, O(n).
     */
    DYNAMIC_ARRAY,
    /**
     * A doubly linked list: insert next to, or unlink, a node you already hold in O(1); reaching the i-th node
     * walks i links.
     */
    LINKED_LIST,
    /** A stack: push and pop at the same end (last in, first out), O(1). */
    STACK,
    /** A FIFO queue: add at the back, take from the front (first in, first out), O(1). */
    QUEUE,
    /** A double-ended queue, for example a ring buffer: add and remove at either end, O(1). */
    DEQUE,
    /**
     * A hash table: a hash map, or a hash set when there are no values. Put, get, remove and contains in O(1)
     * expected; the keys have no order.
     */
    HASH_MAP,
    /**
     * A hash map whose entries are also threaded on a doubly linked list, in insertion or in access order
     * (like {@code LinkedHashMap}): the costs of a hash map, plus the oldest entry, and moving an entry to the
     * newest end, in O(1).
     */
    LINKED_HASH_MAP,
    /**
     * A balanced binary search tree (like {@code TreeMap} or {@code TreeSet}): put, get, remove, first, last,
     * floor and ceiling in O(log n); keys in sorted order, the keys of a range in O(log n + how many there are).
     */
    ORDERED_MAP,
    /**
     * A binary heap (like {@code PriorityQueue}): add, and take the smallest (or the largest), in O(log n);
     * look at it in O(1); build from n items in O(n). Stored in one array.
     */
    BINARY_HEAP,
    /**
     * A trie: a tree with one edge per letter, so that words sharing a prefix share the path that spells it.
     * Insert or find a word of length m in O(m).
     */
    TRIE,
    /**
     * A Bloom filter: a bit array and k hash functions. Add and might-contain in O(k); "no" is always right,
     * "maybe" is wrong with a small probability set by its size (about 10 bits per element for 1 %), however
     * big the elements are. Elements cannot be listed or removed.
     */
    BLOOM_FILTER,
    /**
     * Union-find (disjoint sets): merge the sets of two elements, and ask whether two elements are in the same
     * set, in nearly O(1) amortized (with union by rank and path compression).
     */
    UNION_FIND
}

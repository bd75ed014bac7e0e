package dev.niche.foundations.structureadvisor;

/**
 * The problems to advise on. For each one, pick the {@link Structure} at its core and answer in the method of
 * {@link Answers} that has the same name in camel case ({@code LRU_CACHE} is {@code Answers.lruCache()}).
 *
 * <p>Read every requirement: the bounds are there to rule structures out. Exactly one structure meets all the
 * requirements of a scenario while doing the least beyond them. When two would both work, the one with fewer
 * powers is the answer: a stack or a queue rather than a deque, a deque rather than a linked list, an array
 * rather than a dynamic array, either of them rather than a hash map, a hash map rather than a linked hash map
 * or an ordered map, a binary heap rather than an ordered map.
 */
public enum Scenario {
    /**
     * A cache in front of a slow service holds at most c entries. {@code get(key)} and {@code put(key, value)}
     * each take O(1), and a put into a full cache first evicts the entry that was least recently read or
     * written.
     */
    LRU_CACHE,

    /**
     * About 10^10 numbers stream past once, far too many to keep. When the stream ends, report the k largest
     * (k is at most 1,000; any order), using O(k) memory and O(log k) time per number.
     */
    TOP_K_OF_STREAM,

    /**
     * A dictionary of 10^6 words answers "every word that starts with p". A query costs O(|p|) plus the total
     * length of the words it lists, however many words the dictionary holds, and the memory used grows with
     * the total number of letters in the dictionary.
     */
    PREFIX_LOOKUP,

    /**
     * Jobs arrive at any time, each with a deadline, and a worker repeatedly takes the waiting job with the
     * earliest deadline (ties in any order). Nothing else is ever asked. Adding a job and taking one are each
     * O(log n), n being the number of jobs waiting.
     */
    JOBS_BY_DEADLINE,

    /**
     * An editor keeps its last 100 edits for undo. Recording an edit when 100 are kept forgets the oldest one;
     * undo takes back the most recent one. Both in O(1).
     */
    BOUNDED_UNDO,

    /**
     * Check, in one pass over a string of length n and O(n) time in all, that its brackets {@code ( [ {} are
     * balanced and properly nested: {@code "([]{})"} is, {@code "([)]"} is not.
     */
    BALANCED_BRACKETS,

    /**
     * Before a slow disk lookup, a service checks whether a 64-bit id might be among the 10^9 ids it has
     * seen. It has 1.5 GB for this, 12 bits per id; ids are never removed. About 1 % of answers may be a
     * wrong "maybe", but an id that was seen must never get "no".
     */
    BILLION_IDS_SEEN,

    /**
     * Find the fewest hops from one member of a social network to every other (each link is one hop), by
     * visiting members in order of their distance from the start. Adding a member to the frontier and taking
     * the next one are O(1) each.
     */
    BFS_FRONTIER,

    /**
     * Links between 10^6 computers are added one at a time and never removed. After each link, answer "are
     * computers a and b connected now, directly or through others?". Each link and each question costs nearly
     * O(1) amortized.
     */
    CONNECTED_YET,

    /**
     * Count how many times each user id (an arbitrary 64-bit number) occurs in 10^8 log events, then answer
     * "how many events had id u?". The order of the ids never matters. Each count and each answer is O(1)
     * expected.
     */
    EVENTS_PER_USER,

    /**
     * Events arrive with timestamps in any order (late ones too; no two share a timestamp), interleaved with
     * queries "every event from t1 to t2, in time order". Adding an event is O(log n), a query O(log n + the
     * number of events it returns).
     */
    EVENTS_IN_TIME_RANGE,

    /**
     * Count requests per minute of one day: 1,440 counters, where minute m (0 to 1,439) says which one to
     * increment, and any counter can be read. O(1) each, and nothing stored but the counts.
     */
    REQUESTS_PER_MINUTE,

    /**
     * Read an unknown number of measurements from a file, appending each in amortized O(1), then answer
     * "what was the i-th measurement?" in O(1).
     */
    READINGS_BY_INDEX
}

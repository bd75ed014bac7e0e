package dev.niche.dsa.fenwicktree;

/**
 * Totals over ranges of meter readings that keep being corrected.
 *
 * <p>A power company keeps one number per meter slot: the energy used in that slot, n slots in all. Two things
 * happen millions of times a day, mixed together: a correction adds an amount (possibly negative) to one slot,
 * and a dashboard asks for the total over a range of slots. With up to 10^6 slots, a request that walks the
 * whole range, or a correction that rewrites every total after it, is far too slow.
 *
 * <h2>Contract</h2>
 * Slots are numbered 0 to n - 1 and start at 0.
 * <ul>
 *   <li>{@code add(index, delta)} adds {@code delta} to slot {@code index}.</li>
 *   <li>{@code sum(from, to)} returns the total of slots {@code from} (included) to {@code to} (excluded), so
 *       {@code sum(0, size())} is the grand total and {@code sum(i, i)} is 0.</li>
 * </ul>
 * Totals wrap around like Java long arithmetic: adding 1 to a slot that holds Long.MAX_VALUE makes it
 * Long.MIN_VALUE, and every total is the wrapped sum of its slots.
 *
 * <h2>Required complexity (n = number of slots)</h2>
 * {@code add} and {@code sum}: O(log n) time each. The constructor: O(n) time; O(n) space in all. The grader
 * times one correction, one total over at least half the slots and the correction undone, for n from 2^10 to
 * 2^16, and requires the time not to grow in proportion to n.
 *
 * <h2>Bad input</h2>
 * A negative n throws {@link IllegalArgumentException} naming n and its value. An index outside 0..n - 1
 * throws {@link IndexOutOfBoundsException} naming index and its value; a range that does not fit
 * 0 &lt;= from &lt;= to &lt;= n throws {@link IndexOutOfBoundsException} naming from and to and their values.
 * A rejected call changes nothing.
 */
public final class RangeSums {

    /** n slots, all 0. */
    public RangeSums(int n) {
        throw new UnsupportedOperationException("TODO: check n, then set up n slots holding 0");
    }

    /** The number of slots. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return n");
    }

    /** Adds {@code delta} to slot {@code index}. */
    public void add(int index, long delta) {
        throw new UnsupportedOperationException(
                "TODO: check the index, then update the few stored totals that cover this slot");
    }

    /** The total of slots {@code from} (included) to {@code to} (excluded). */
    public long sum(int from, int to) {
        throw new UnsupportedOperationException(
                "TODO: check the range; it is the total of the slots before to minus that of the slots before from");
    }
}

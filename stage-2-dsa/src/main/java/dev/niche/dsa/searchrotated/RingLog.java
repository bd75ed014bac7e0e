package dev.niche.dsa.searchrotated;

/**
 * Which slot holds this id?
 *
 * <p>A device records event ids in a ring of n slots. The ids are distinct and were written in increasing
 * order, but the ring was started at a slot nobody remembers, so reading the slots from 0 to n - 1 shows an
 * ascending run followed by a second ascending run of smaller ids, for example {@code [40, 52, 77, 3, 9, 15]}.
 * The start may also be slot 0, and then the whole ring is ascending: {@code [3, 9, 15, 40, 52, 77]}. Each read
 * crosses a slow bus, and the ring can hold a million slots, so reading them all to answer one query is
 * too slow.
 *
 * <h2>Contract</h2>
 * {@code slotOf(slots, id)} returns the index of the slot that holds {@code id}, or -1 when no slot does
 * (always -1 for an empty ring). The ids are distinct and form one ascending run rotated by some unknown
 * amount, as above; any int is a valid id, {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE} included.
 * For slots that do not have that shape the answer is unspecified (checking it would take n reads).
 *
 * <h2>Required complexity (n = number of slots)</h2>
 * O(log n) time and O(1) extra space. The grader counts calls to {@link Slots#get}: at most
 * {@code 3 * (floor(log2 n) + 1)} reads per query, rotation and id whatever they are (for a million slots
 * that is 60 reads; for 1,000 slots, 30). Reading the same slot twice counts twice.
 *
 * <h2>Bad input</h2>
 * A null {@code slots} throws {@link NullPointerException} with a message naming it ("slots"); a negative
 * {@code slots.size()} throws {@link IllegalArgumentException} naming the size.
 */
public final class RingLog {
    private RingLog() {
    }

    /** The index of the slot holding {@code id}, or -1 if no slot holds it. */
    public static int slotOf(Slots slots, int id) {
        throw new UnsupportedOperationException("TODO: find the slot holding id without reading every slot");
    }
}

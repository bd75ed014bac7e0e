package dev.niche.dsa.searchrotated;

/**
 * Read access to the slots of a ring (provided: you use it, you do not write it). Each {@link #get} is one
 * read over the device's slow bus, and the grader counts them.
 */
public interface Slots {
    /** The number of slots, n; slots are numbered 0 to n - 1. */
    int size();

    /** The id stored in slot {@code index}, for 0 &lt;= index &lt; size(). */
    int get(int index);
}

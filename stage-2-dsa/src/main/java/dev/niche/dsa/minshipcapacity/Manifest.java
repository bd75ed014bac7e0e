package dev.niche.dsa.minshipcapacity;

/**
 * The package weights, as the warehouse scanner reports them (provided: you use it, you do not write it).
 * Each {@link #weight} call is one scan, and the grader counts them.
 */
public interface Manifest {
    /** The number of packages, n; the front of the queue is package 0. */
    int size();

    /** The weight of package {@code index}, for 0 &lt;= index &lt; size(). */
    int weight(int index);
}

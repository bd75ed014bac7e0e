package dev.niche.dsa.dijkstranegative;

import java.util.List;

/**
 * Thrown when a loop of legs whose costs add up to less than zero can be reached from the source: going round
 * it again and again makes a trip as cheap as you like, so no cheapest cost exists.
 */
public class NegativeCycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<Integer> cycle;

    /**
     * @param cycle the loop's ports c0, c1, ..., c(k-1), all different: there is a leg from each to the next
     *              and from c(k-1) back to c0, and those legs cost less than zero in total
     */
    public NegativeCycleException(List<Integer> cycle) {
        super("a loop of legs costing less than zero in total can be reached from the source: " + cycle);
        this.cycle = List.copyOf(cycle);
    }

    /** The ports on the loop, in the order the legs go round it. */
    public List<Integer> cycle() {
        return cycle;
    }
}

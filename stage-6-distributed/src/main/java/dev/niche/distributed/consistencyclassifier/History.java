package dev.niche.distributed.consistencyclassifier;

import static dev.niche.distributed.consistencyclassifier.Op.r;
import static dev.niche.distributed.consistencyclassifier.Op.w;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ten histories to classify. Given code: do not change. Registers start at 0 and every write writes a value
 * no other write to that key writes, so a read names the write it saw. Intervals are [call, return]; two
 * intervals that do not overlap are ordered in real time.
 */
public enum History {
    /** {@code c1 w(x, 1) [0, 2]}; {@code c2 r(x) = 1 [3, 4]} */
    H1(w("c1", "x", 1, 0, 2), r("c2", "x", 1, 3, 4)),
    /** {@code c1 w(x, 1) [0, 2]}; {@code c2 r(x) = 0 [3, 4]} */
    H2(w("c1", "x", 1, 0, 2), r("c2", "x", 0, 3, 4)),
    /** {@code c1 w(x, 1) [0, 10]}; {@code c2 r(x) = 1 [1, 2]}; {@code c3 r(x) = 0 [1, 4]} */
    H3(w("c1", "x", 1, 0, 10), r("c2", "x", 1, 1, 2), r("c3", "x", 0, 1, 4)),
    /** {@code c1 w(x, 1) [0, 10]}; {@code c2 r(x) = 1 [1, 2]}; {@code c3 r(x) = 0 [3, 4]} */
    H4(w("c1", "x", 1, 0, 10), r("c2", "x", 1, 1, 2), r("c3", "x", 0, 3, 4)),
    /**
     * {@code c1 w(x, 1) [0, 1]}; {@code c2 w(y, 1) [0, 1]}; {@code c3 r(x) = 1 [2, 3]}, then
     * {@code c3 r(y) = 0 [4, 5]}; {@code c4 r(y) = 1 [2, 3]}, then {@code c4 r(x) = 0 [4, 5]}
     */
    H5(w("c1", "x", 1, 0, 1), w("c2", "y", 1, 0, 1), r("c3", "x", 1, 2, 3), r("c3", "y", 0, 4, 5),
            r("c4", "y", 1, 2, 3), r("c4", "x", 0, 4, 5)),
    /**
     * {@code c1 w(x, 1) [0, 1]}; {@code c2 r(x) = 1 [2, 3]}, then {@code c2 w(y, 2) [4, 5]};
     * {@code c3 r(y) = 2 [6, 7]}, then {@code c3 r(x) = 0 [8, 9]}
     */
    H6(w("c1", "x", 1, 0, 1), r("c2", "x", 1, 2, 3), w("c2", "y", 2, 4, 5), r("c3", "y", 2, 6, 7),
            r("c3", "x", 0, 8, 9)),
    /**
     * {@code c1 w(x, 1) [0, 2]}, then {@code c1 r(y) = 2 [5, 6]}; {@code c2 w(y, 2) [1, 3]}, then
     * {@code c2 r(x) = 1 [5, 6]}
     */
    H7(w("c1", "x", 1, 0, 2), r("c1", "y", 2, 5, 6), w("c2", "y", 2, 1, 3), r("c2", "x", 1, 5, 6)),
    /**
     * {@code c1 w(x, 1) [0, 1]}, then {@code c1 r(y) = 0 [2, 3]}; {@code c2 w(y, 1) [0, 1]}, then
     * {@code c2 r(x) = 0 [2, 3]}
     */
    H8(w("c1", "x", 1, 0, 1), r("c1", "y", 0, 2, 3), w("c2", "y", 1, 0, 1), r("c2", "x", 0, 2, 3)),
    /**
     * {@code c1 w(x, 1) [0, 1]}, then {@code c1 w(x, 2) [2, 3]}; {@code c2 r(x) = 2 [4, 5]}, then
     * {@code c2 r(x) = 1 [6, 7]}
     */
    H9(w("c1", "x", 1, 0, 1), w("c1", "x", 2, 2, 3), r("c2", "x", 2, 4, 5), r("c2", "x", 1, 6, 7)),
    /**
     * {@code c1 w(x, 1) [0, 4]}; {@code c2 w(x, 2) [1, 5]}; {@code c3 r(x) = 2 [2, 3]}, then
     * {@code c3 r(x) = 1 [6, 7]}
     */
    H10(w("c1", "x", 1, 0, 4), w("c2", "x", 2, 1, 5), r("c3", "x", 2, 2, 3), r("c3", "x", 1, 6, 7));

    private final List<Op> ops;

    History(Op... ops) {
        this.ops = List.of(ops);
    }

    /** The operations, in the order written above. */
    public List<Op> ops() {
        return ops;
    }

    /** The operations by call time, one per line. */
    public String describe() {
        return ops.stream().sorted(Comparator.comparingLong(Op::call)).map(op -> "  " + op)
                .collect(Collectors.joining("\n"));
    }
}

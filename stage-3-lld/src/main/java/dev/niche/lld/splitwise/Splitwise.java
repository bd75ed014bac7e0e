package dev.niche.lld.splitwise;

import java.util.List;
import java.util.Map;

/**
 * The entry point and composition root: the tests build every group and every built-in strategy here. Keep
 * these signatures; write the classes they return (the brief is in {@code package-info.java}).
 */
public final class Splitwise {
    private Splitwise() {
    }

    /** A group of these members (1 to 8 distinct, non-blank names), every balance 0. */
    public static Group newGroup(List<String> members) {
        throw new UnsupportedOperationException("TODO: validate the members, then build your group behind Group");
    }

    /** Equal shares, the leftover cents to the first participants: 1000 among three is 334, 333, 333. */
    public static SplitStrategy equally() {
        throw new UnsupportedOperationException("TODO: a SplitStrategy of equal shares");
    }

    /** The amounts given, in cents, one per participant; they must sum to the expense. */
    public static SplitStrategy exactly(Map<String, Long> cents) {
        throw new UnsupportedOperationException("TODO: a SplitStrategy of exact amounts");
    }

    /** Whole percentages, one per participant, summing to 100; rounded as the brief says. */
    public static SplitStrategy byPercent(Map<String, Integer> percent) {
        throw new UnsupportedOperationException("TODO: a SplitStrategy by percentages");
    }

    /** Weights, one per participant (2:1:1 gives one half and two quarters); rounded as the brief says. */
    public static SplitStrategy byShares(Map<String, Integer> shares) {
        throw new UnsupportedOperationException("TODO: a SplitStrategy by shares");
    }
}

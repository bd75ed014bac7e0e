package dev.niche.lld.splitwise;

import java.util.List;
import java.util.Map;

/** The composition root: the one place that names the concrete group and strategies. */
public final class Splitwise {
    private Splitwise() {
    }

    public static Group newGroup(List<String> members) {
        return new Ledger(members);
    }

    public static SplitStrategy equally() {
        return ProportionalSplit.equal();
    }

    public static SplitStrategy exactly(Map<String, Long> cents) {
        return new ExactSplit(cents);
    }

    public static SplitStrategy byPercent(Map<String, Integer> percent) {
        return ProportionalSplit.byPercent(percent);
    }

    public static SplitStrategy byShares(Map<String, Integer> shares) {
        return ProportionalSplit.byShares(shares);
    }
}

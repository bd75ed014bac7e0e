package dev.niche.lld.splitwise;

import java.util.List;
import java.util.Map;

/** Naive: every strategy is a tagged SplitRequest, and the group does the splitting itself. */
public final class Splitwise {
    private Splitwise() {
    }

    public static Group newGroup(List<String> members) {
        return new GroupManager(members);
    }

    public static SplitStrategy equally() {
        return new SplitRequest(SplitType.EQUAL, Map.of());
    }

    public static SplitStrategy exactly(Map<String, Long> cents) {
        return new SplitRequest(SplitType.EXACT, GroupManager.checked(cents, "cents", Long.MAX_VALUE));
    }

    public static SplitStrategy byPercent(Map<String, Integer> percent) {
        Map<String, Long> weights = GroupManager.checked(percent, "percent", 100);
        if (weights.values().stream().mapToLong(Long::longValue).sum() != 100) {
            throw new IllegalArgumentException("percent must sum to 100");
        }
        return new SplitRequest(SplitType.PERCENT, weights);
    }

    public static SplitStrategy byShares(Map<String, Integer> shares) {
        Map<String, Long> weights = GroupManager.checked(shares, "shares", 1_000_000);
        if (weights.values().stream().allMatch(w -> w == 0)) {
            throw new IllegalArgumentException("shares are all 0");
        }
        return new SplitRequest(SplitType.SHARES, weights);
    }
}

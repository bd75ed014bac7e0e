package dev.niche.lld.splitwise;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shares in proportion to weights: each participant gets the rounded-down part, and the leftover cents go one
 * each to the participants with a weight above 0, in the order given. Equal shares are weights of 1.
 */
final class ProportionalSplit implements SplitStrategy {
    private static final int MAX_SHARE = 1_000_000;

    /** The weight of each participant, or null when every participant weighs 1. */
    private final Map<String, Integer> weights;

    private ProportionalSplit(Map<String, Integer> weights) {
        this.weights = weights;
    }

    static ProportionalSplit equal() {
        return new ProportionalSplit(null);
    }

    static ProportionalSplit byPercent(Map<String, Integer> percent) {
        Map<String, Integer> copy = copy(percent, "percent");
        if (copy.values().stream().mapToLong(Integer::longValue).sum() != 100) {
            throw new IllegalArgumentException("percent must sum to 100, was " + copy);
        }
        return new ProportionalSplit(copy);
    }

    static ProportionalSplit byShares(Map<String, Integer> shares) {
        Map<String, Integer> copy = copy(shares, "shares");
        if (copy.values().stream().anyMatch(w -> w > MAX_SHARE) || copy.values().stream().allMatch(w -> w == 0)) {
            throw new IllegalArgumentException("shares must be at most " + MAX_SHARE + " and not all 0: " + copy);
        }
        return new ProportionalSplit(copy);
    }

    private static Map<String, Integer> copy(Map<String, Integer> weights, String argument) {
        Objects.requireNonNull(weights, argument);
        Map<String, Integer> copy = new LinkedHashMap<>();
        weights.forEach((name, weight) -> {
            if (name == null || weight == null || weight < 0) {
                throw new IllegalArgumentException(argument + " needs a name and a weight of at least 0 for each"
                        + " entry, got " + name + "=" + weight);
            }
            copy.put(name, weight);
        });
        return copy;
    }

    @Override
    public Map<String, Long> split(long amountCents, String payer, List<String> participants) {
        if (weights != null && !weights.keySet().equals(new HashSet<>(participants))) {
            throw new IllegalArgumentException("participants " + participants + " do not match the weights "
                    + weights.keySet());
        }
        long[] weight = participants.stream().mapToLong(p -> weights == null ? 1 : weights.get(p)).toArray();
        long total = 0;
        for (long w : weight) {
            total += w;
        }
        Map<String, Long> shares = new LinkedHashMap<>();
        long left = amountCents;
        for (int i = 0; i < weight.length; i++) {
            long share = amountCents * weight[i] / total;
            shares.put(participants.get(i), share);
            left -= share;
        }
        for (int i = 0; left > 0; i++) {
            if (weight[i] > 0) {
                shares.merge(participants.get(i), 1L, Long::sum);
                left--;
            }
        }
        return shares;
    }
}

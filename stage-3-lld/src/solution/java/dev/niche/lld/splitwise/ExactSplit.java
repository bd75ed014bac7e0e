package dev.niche.lld.splitwise;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The amounts the caller gave, checked against the expense when it is split. */
final class ExactSplit implements SplitStrategy {
    private final Map<String, Long> cents;

    ExactSplit(Map<String, Long> cents) {
        Objects.requireNonNull(cents, "cents");
        cents.forEach((name, amount) -> {
            if (name == null || amount == null || amount < 0) {
                throw new IllegalArgumentException("cents needs a name and an amount of at least 0 for each entry,"
                        + " got " + name + "=" + amount);
            }
        });
        this.cents = Map.copyOf(cents);
    }

    @Override
    public Map<String, Long> split(long amountCents, String payer, List<String> participants) {
        if (!cents.keySet().equals(new HashSet<>(participants))) {
            throw new IllegalArgumentException("participants " + participants + " do not match the amounts "
                    + cents.keySet());
        }
        long sum = cents.values().stream().mapToLong(Long::longValue).sum();
        if (sum != amountCents) {
            throw new IllegalArgumentException("amountCents is " + amountCents + " but the exact amounts sum to "
                    + sum);
        }
        return cents;
    }
}

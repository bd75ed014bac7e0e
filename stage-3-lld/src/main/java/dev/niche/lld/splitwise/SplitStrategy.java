package dev.niche.lld.splitwise;

import java.util.List;
import java.util.Map;

/**
 * Extension point: how an expense is shared. Given code: do not change this interface. The tests add strategies
 * of their own through it, and the group must use them without being edited.
 */
public interface SplitStrategy {
    /**
     * Each participant's share of {@code amountCents}, which {@code payer} paid.
     *
     * @param participants the members who share the expense, at least one, in the order the caller gave
     * @return a share of at least 0 for every participant and nobody else, summing to {@code amountCents}
     * @throws IllegalArgumentException when this strategy cannot split this expense
     */
    Map<String, Long> split(long amountCents, String payer, List<String> participants);
}

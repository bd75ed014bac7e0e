package dev.niche.lld.splitwise;

import java.util.List;
import java.util.Map;

/**
 * The facade the tests drive: one group of people sharing expenses. Given code: do not change it. The brief is
 * in {@code package-info.java}.
 */
public interface Group {
    /**
     * Records that {@code payer} paid {@code amountCents} for {@code participants}, split by {@code strategy}.
     *
     * @return each participant's share, in cents; the shares sum to {@code amountCents}
     * @throws IllegalArgumentException when an argument is bad (see the brief)
     * @throws IllegalStateException    when the strategy's result is not a split of the expense
     */
    Map<String, Long> addExpense(String payer, long amountCents, List<String> participants, SplitStrategy strategy);

    /** Records that {@code from} paid {@code to} directly: {@code from}'s balance goes up, {@code to}'s down. */
    void pay(String from, String to, long cents);

    /**
     * Every member's balance in cents: above 0 when the others owe them, below 0 when they owe. The balances
     * always sum to 0.
     */
    Map<String, Long> balances();

    /** The fewest transfers that would bring every balance to 0. Changes nothing. */
    List<Transfer> settleUp();
}

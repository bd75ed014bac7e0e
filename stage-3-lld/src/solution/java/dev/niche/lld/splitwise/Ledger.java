package dev.niche.lld.splitwise;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A group's balances. It knows splitting only through {@link SplitStrategy} and checks what a strategy returns. */
final class Ledger implements Group {
    private static final int MAX_MEMBERS = 8;
    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    private final Map<String, Long> balances = new LinkedHashMap<>();

    Ledger(List<String> members) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("members must be 1 to " + MAX_MEMBERS + " names, were " + members);
        }
        for (String member : members) {
            if (member == null || member.isBlank() || balances.put(member, 0L) != null) {
                throw new IllegalArgumentException("members must be distinct, non-blank names: " + members);
            }
        }
    }

    @Override
    public Map<String, Long> addExpense(String payer, long amountCents, List<String> participants,
            SplitStrategy strategy) {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(strategy, "strategy");
        requireMember(payer);
        if (amountCents < 1 || amountCents > MAX_AMOUNT) {
            throw new IllegalArgumentException("amountCents must be 1 to " + MAX_AMOUNT + ", was " + amountCents);
        }
        if (participants.isEmpty() || new HashSet<>(participants).size() != participants.size()) {
            throw new IllegalArgumentException("participants must be at least one member, each once: "
                    + participants);
        }
        participants.forEach(this::requireMember);
        List<String> who = List.copyOf(participants);
        Map<String, Long> shares = strategy.split(amountCents, payer, who);
        checkSplit(shares, amountCents, who);
        Map<String, Long> result = new LinkedHashMap<>();
        who.forEach(p -> result.put(p, shares.get(p)));
        balances.merge(payer, amountCents, Long::sum);
        result.forEach((p, share) -> balances.merge(p, -share, Long::sum));
        return Collections.unmodifiableMap(result);
    }

    private static void checkSplit(Map<String, Long> shares, long amountCents, List<String> participants) {
        if (shares == null || !shares.keySet().equals(Set.copyOf(participants))
                || shares.values().stream().anyMatch(share -> share == null || share < 0)
                || shares.values().stream().mapToLong(Long::longValue).sum() != amountCents) {
            throw new IllegalStateException("the strategy's split " + shares + " is not a split of " + amountCents
                    + " among " + participants);
        }
    }

    @Override
    public void pay(String from, String to, long cents) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireMember(from);
        requireMember(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("to must differ from from, both were " + from);
        }
        if (cents < 1 || cents > MAX_AMOUNT) {
            throw new IllegalArgumentException("cents must be 1 to " + MAX_AMOUNT + ", was " + cents);
        }
        balances.merge(from, cents, Long::sum);
        balances.merge(to, -cents, Long::sum);
    }

    @Override
    public Map<String, Long> balances() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(balances));
    }

    @Override
    public List<Transfer> settleUp() {
        return Settlement.fewestTransfers(balances);
    }

    private void requireMember(String name) {
        if (!balances.containsKey(name)) {
            throw new IllegalArgumentException(name + " is not a member of the group " + balances.keySet());
        }
    }
}

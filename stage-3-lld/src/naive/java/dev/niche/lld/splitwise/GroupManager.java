package dev.niche.lld.splitwise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Naive: a god class. It splits, keeps the balances and settles, and it knows every way to split by its tag: a
 * new way to split means an edit here, and until then an exception.
 */
final class GroupManager implements Group {
    private final Map<String, Long> balances = new LinkedHashMap<>();

    GroupManager(List<String> members) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty() || members.size() > 8) {
            throw new IllegalArgumentException("members: 1 to 8 please");
        }
        for (String m : members) {
            if (m == null || m.isBlank() || balances.put(m, 0L) != null) {
                throw new IllegalArgumentException("members: bad name " + m);
            }
        }
    }

    static Map<String, Long> checked(Map<String, ? extends Number> values, String name, long max) {
        Objects.requireNonNull(values, name);
        Map<String, Long> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k == null || v == null || v.longValue() < 0 || v.longValue() > max) {
                throw new IllegalArgumentException(name + ": bad entry " + k + "=" + v);
            }
            copy.put(k, v.longValue());
        });
        return copy;
    }

    static Map<String, Long> split(SplitRequest request, long amount, List<String> participants) {
        if (request.type() != SplitType.EQUAL && !request.values().keySet().equals(new HashSet<>(participants))) {
            throw new IllegalArgumentException("participants do not match " + request.values().keySet());
        }
        Map<String, Long> shares = new LinkedHashMap<>();
        switch (request.type()) {
            case EQUAL, PERCENT, SHARES -> {
                long total = 0;
                for (String p : participants) {
                    total += request.type() == SplitType.EQUAL ? 1 : request.values().get(p);
                }
                long left = amount;
                for (String p : participants) {
                    long w = request.type() == SplitType.EQUAL ? 1 : request.values().get(p);
                    shares.put(p, amount * w / total);
                    left -= amount * w / total;
                }
                for (int i = 0; left > 0; i++) {
                    String p = participants.get(i);
                    if (request.type() == SplitType.EQUAL || request.values().get(p) > 0) {
                        shares.put(p, shares.get(p) + 1);
                        left--;
                    }
                }
            }
            case EXACT -> {
                long sum = 0;
                for (String p : participants) {
                    shares.put(p, request.values().get(p));
                    sum += request.values().get(p);
                }
                if (sum != amount) {
                    throw new IllegalArgumentException("amountCents does not match the exact amounts");
                }
            }
            default -> throw new IllegalArgumentException("unknown split type " + request.type());
        }
        return shares;
    }

    @Override
    public Map<String, Long> addExpense(String payer, long amountCents, List<String> participants,
            SplitStrategy strategy) {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(strategy, "strategy");
        if (!balances.containsKey(payer)) {
            throw new IllegalArgumentException(payer + " is not a member");
        }
        if (amountCents < 1 || amountCents > 1_000_000_000_000L) {
            throw new IllegalArgumentException("amountCents out of range");
        }
        if (participants.isEmpty() || new HashSet<>(participants).size() != participants.size()) {
            throw new IllegalArgumentException("participants: empty or repeated");
        }
        for (String p : participants) {
            if (!balances.containsKey(p)) {
                throw new IllegalArgumentException(p + " is not a member");
            }
        }
        if (!(strategy instanceof SplitRequest request)) {
            throw new IllegalArgumentException("unknown split strategy " + strategy.getClass().getName());
        }
        Map<String, Long> shares = split(request, amountCents, participants);
        balances.put(payer, balances.get(payer) + amountCents);
        for (String p : participants) {
            balances.put(p, balances.get(p) - shares.get(p));
        }
        return shares;
    }

    @Override
    public void pay(String from, String to, long cents) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!balances.containsKey(from) || !balances.containsKey(to)) {
            throw new IllegalArgumentException((balances.containsKey(from) ? to : from) + " is not a member");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("to: cannot pay yourself");
        }
        if (cents < 1 || cents > 1_000_000_000_000L) {
            throw new IllegalArgumentException("cents out of range");
        }
        balances.put(from, balances.get(from) + cents);
        balances.put(to, balances.get(to) - cents);
    }

    @Override
    public Map<String, Long> balances() {
        return new LinkedHashMap<>(balances);
    }

    /** Tries every way to cut the people who are not settled into groups that sum to 0; keeps the most groups. */
    @Override
    public List<Transfer> settleUp() {
        List<String> names = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        balances.forEach((n, b) -> {
            if (b != 0) {
                names.add(n);
                amounts.add(b);
            }
        });
        List<List<Integer>> best = bestCut(amounts, new ArrayList<>(List.of()), 0);
        List<Transfer> transfers = new ArrayList<>();
        for (List<Integer> group : best) {
            List<long[]> people = new ArrayList<>();
            for (int i : group) {
                people.add(new long[] {i, amounts.get(i)});
            }
            while (people.size() > 1) {
                long[] debtor = people.stream().filter(p -> p[1] < 0).findFirst().orElseThrow();
                long[] creditor = people.stream().filter(p -> p[1] > 0).findFirst().orElseThrow();
                long cents = Math.min(-debtor[1], creditor[1]);
                transfers.add(new Transfer(names.get((int) debtor[0]), names.get((int) creditor[0]), cents));
                debtor[1] += cents;
                creditor[1] -= cents;
                people.removeIf(p -> p[1] == 0);
            }
        }
        return transfers;
    }

    /** The partition of people start.. (with those in {@code used} taken) into the most zero-sum groups. */
    private static List<List<Integer>> bestCut(List<Long> amounts, List<Integer> used, int start) {
        int first = start;
        while (first < amounts.size() && used.contains(first)) {
            first++;
        }
        if (first == amounts.size()) {
            return new ArrayList<>();
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = first + 1; i < amounts.size(); i++) {
            if (!used.contains(i)) {
                rest.add(i);
            }
        }
        List<List<Integer>> best = null;
        for (int mask = 0; mask < 1 << rest.size(); mask++) {
            List<Integer> group = new ArrayList<>(List.of(first));
            long sum = amounts.get(first);
            for (int b = 0; b < rest.size(); b++) {
                if ((mask & 1 << b) != 0) {
                    group.add(rest.get(b));
                    sum += amounts.get(rest.get(b));
                }
            }
            if (sum != 0) {
                continue;
            }
            List<Integer> nowUsed = new ArrayList<>(used);
            nowUsed.addAll(group);
            List<List<Integer>> cut = bestCut(amounts, nowUsed, first + 1);
            cut.add(0, group);
            if (best == null || cut.size() > best.size()) {
                best = cut;
            }
        }
        return best;
    }
}

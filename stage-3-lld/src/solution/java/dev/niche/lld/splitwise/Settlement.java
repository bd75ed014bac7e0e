package dev.niche.lld.splitwise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fewest transfers that settle a set of balances summing to 0. With k people who are not settled, and the
 * largest number g of groups they can be cut into so that each group sums to 0, the fewest transfers are k - g:
 * a group of s people needs s - 1 transfers and never fewer. A dynamic program over the subsets (2^k, k at most
 * 8) finds g; the transfers inside each group go from debtors to creditors.
 */
final class Settlement {
    private Settlement() {
    }

    static List<Transfer> fewestTransfers(Map<String, Long> balances) {
        List<String> names = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        balances.forEach((name, balance) -> {
            if (balance != 0) {
                names.add(name);
                amounts.add(balance);
            }
        });
        int k = names.size();
        int full = (1 << k) - 1;
        long[] sum = new long[full + 1];
        int[] groups = new int[full + 1];
        for (int mask = 1; mask <= full; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            sum[mask] = sum[mask & (mask - 1)] + amounts.get(low);
            int best = 0;
            for (int i = 0; i < k; i++) {
                if ((mask & 1 << i) != 0) {
                    best = Math.max(best, groups[mask ^ 1 << i]);
                }
            }
            groups[mask] = best + (sum[mask] == 0 ? 1 : 0);
        }
        int[] order = new int[k];
        for (int mask = full, position = k - 1; mask != 0; position--) {
            int closes = sum[mask] == 0 ? 1 : 0;
            for (int i = 0; i < k; i++) {
                if ((mask & 1 << i) != 0 && groups[mask ^ 1 << i] + closes == groups[mask]) {
                    order[position] = i;
                    mask ^= 1 << i;
                    break;
                }
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        long running = 0;
        for (int person : order) {
            group.add(person);
            running += amounts.get(person);
            if (running == 0) {
                settle(group, names, amounts, transfers);
                group.clear();
            }
        }
        return transfers;
    }

    /** Settles one group summing to 0 with at most size - 1 transfers, each from a debtor to a creditor. */
    private static void settle(List<Integer> group, List<String> names, List<Long> amounts, List<Transfer> out) {
        List<Integer> debtors = group.stream().filter(p -> amounts.get(p) < 0).toList();
        List<Integer> creditors = group.stream().filter(p -> amounts.get(p) > 0).toList();
        long[] owes = debtors.stream().mapToLong(p -> -amounts.get(p)).toArray();
        long[] owed = creditors.stream().mapToLong(amounts::get).toArray();
        int d = 0;
        int c = 0;
        while (d < owes.length && c < owed.length) {
            long cents = Math.min(owes[d], owed[c]);
            out.add(new Transfer(names.get(debtors.get(d)), names.get(creditors.get(c)), cents));
            owes[d] -= cents;
            owed[c] -= cents;
            if (owes[d] == 0) {
                d++;
            }
            if (owed[c] == 0) {
                c++;
            }
        }
    }
}

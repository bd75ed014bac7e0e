package dev.niche.lld.splitwise;

import java.util.List;
import java.util.Map;

/** Naive: a strategy that is only data; the group reads its tag and does the work. */
record SplitRequest(SplitType type, Map<String, Long> values) implements SplitStrategy {
    @Override
    public Map<String, Long> split(long amountCents, String payer, List<String> participants) {
        return GroupManager.split(this, amountCents, participants);
    }
}

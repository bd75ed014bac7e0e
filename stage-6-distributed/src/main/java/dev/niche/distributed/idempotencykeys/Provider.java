package dev.niche.distributed.idempotencykeys;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment provider: slow, and careful only about attempts. Given code: do not change.
 *
 * <p>A {@link Protocol.Debit} takes {@link #MIN_LATENCY_MILLIS} to {@link #MAX_LATENCY_MILLIS} to execute; then the
 * charge is written in the {@link #ledger()} and a {@link Protocol.Receipt} goes back. A copy of a debit whose
 * attempt it has seen is not charged again: it is answered with the same receipt once that charge is done. A debit
 * with a new attempt is a new charge, whatever its key. The provider never crashes.
 */
public final class Provider implements Node {
    static final long MIN_LATENCY_MILLIS = 20;
    static final long MAX_LATENCY_MILLIS = 150;

    /** One charge the provider made, at {@code at} ms. */
    public record Entry(long at, String attempt, String key, String account, long amount, String chargeId) {
    }

    private final Map<String, Protocol.Receipt> done = new HashMap<>();
    private final Map<String, Address> executing = new HashMap<>();
    private final List<Entry> ledger = new ArrayList<>();

    /** Every charge made so far, in order. */
    public List<Entry> ledger() {
        return List.copyOf(ledger);
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (!(message instanceof Protocol.Debit debit)) {
            return;
        }
        Protocol.Receipt receipt = done.get(debit.attempt());
        if (receipt != null) {
            context.send(from, receipt);
        } else if (executing.putIfAbsent(debit.attempt(), from) == null) {
            long latency = MIN_LATENCY_MILLIS
                    + (long) (context.random().nextDouble() * (MAX_LATENCY_MILLIS - MIN_LATENCY_MILLIS + 1));
            context.setTimer(latency, debit);
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        Protocol.Debit debit = (Protocol.Debit) timer;
        String chargeId = "ch-" + (ledger.size() + 1);
        ledger.add(new Entry(context.now(), debit.attempt(), debit.key(), debit.account(), debit.amount(), chargeId));
        Protocol.Receipt receipt = new Protocol.Receipt(debit.attempt(), debit.key(), chargeId);
        done.put(debit.attempt(), receipt);
        context.send(executing.remove(debit.attempt()), receipt);
    }
}

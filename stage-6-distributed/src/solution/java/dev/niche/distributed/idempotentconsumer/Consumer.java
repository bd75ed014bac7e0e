package dev.niche.distributed.idempotentconsumer;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deduplication by a low-water mark plus the few applied numbers above it, per producer. The whole state (ledger
 * and dedup memory) is one immutable value, stored with one put before any acknowledgement, so a crash either
 * loses a payment and its acknowledgement together (the producer resends it) or keeps both.
 */
public final class Consumer implements Node {

    /** Per producer: everything up to {@code mark} is applied, and so is every number in {@code above}. */
    record Window(long mark, Set<Long> above) {
        static final Window EMPTY = new Window(0, Set.of());

        boolean applied(long sequence) {
            return sequence <= mark || above.contains(sequence);
        }

        /** Records {@code sequence} as applied, raising the mark past every number that now follows without a gap. */
        Window with(long sequence) {
            TreeSet<Long> next = new TreeSet<>(above);
            next.add(sequence);
            long newMark = mark;
            while (next.remove(newMark + 1)) {
                newMark++;
            }
            return new Window(newMark, Set.copyOf(next));
        }
    }

    /** What survives a crash: balances and the dedup memory, always written together. */
    record State(Map<String, Long> balances, Map<Address, Window> windows) {
        static final State EMPTY = new State(Map.of(), Map.of());
    }

    private static final String STATE = "consumer/state";

    private State state;

    @Override
    public void onStart(Context context) {
        state = context.storage().<State>get(STATE).orElse(State.EMPTY);
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (!(message instanceof Protocol.Payment payment)) {
            return;
        }
        if (payment.id() == null || payment.account() == null || payment.sequence() < 1) {
            context.log("ignoring a malformed payment from " + from + ": " + payment);
            return;
        }
        Window window = state.windows().getOrDefault(from, Window.EMPTY);
        if (!window.applied(payment.sequence())) {
            Map<String, Long> balances = new TreeMap<>(state.balances());
            balances.merge(payment.account(), payment.amount(), Long::sum);
            Map<Address, Window> windows = new HashMap<>(state.windows());
            windows.put(from, window.with(payment.sequence()));
            state = new State(Map.copyOf(balances), Map.copyOf(windows));
            context.storage().put(STATE, state); // one write: the payment and the memory of it, atomically
        }
        // acknowledge duplicates too: the producer may have missed the first acknowledgement
        context.send(from, new Protocol.Ack(payment.sequence()));
    }

    public Map<String, Long> balances() {
        return state.balances();
    }

    public int remembered() {
        return state.windows().values().stream().mapToInt(w -> 1 + w.above().size()).sum();
    }
}

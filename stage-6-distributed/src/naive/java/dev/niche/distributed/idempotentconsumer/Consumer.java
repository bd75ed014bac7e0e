package dev.niche.distributed.idempotentconsumer;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The classic shortcut: remember the id of every payment ever applied. The ledger is right, durably and
 * atomically, but the set of ids grows by one with every payment and is never trimmed: a long-running consumer
 * runs out of memory, and every write copies a larger set.
 */
public final class Consumer implements Node {

    record State(Map<String, Long> balances, Set<String> seen) {
        static final State EMPTY = new State(Map.of(), Set.of());
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
        if (!state.seen().contains(payment.id())) {
            Map<String, Long> balances = new TreeMap<>(state.balances());
            balances.merge(payment.account(), payment.amount(), Long::sum);
            Set<String> seen = new HashSet<>(state.seen());
            seen.add(payment.id());
            state = new State(Map.copyOf(balances), Set.copyOf(seen));
            context.storage().put(STATE, state);
        }
        context.send(from, new Protocol.Ack(payment.sequence()));
    }

    public Map<String, Long> balances() {
        return state.balances();
    }

    public int remembered() {
        return state.seen().size();
    }
}

package dev.niche.distributed.idempotentconsumer;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.Map;

/**
 * The consumer: applies each producer's payments to a ledger of balances exactly once, although each may arrive
 * many times, and acknowledges them (see the package statement).
 *
 * <p>Contract:
 * <ul>
 *   <li>On a {@link Protocol.Payment} from a producer: if it is new, add its amount to its account's balance;
 *       new or not, answer the producer with {@link Protocol.Ack} of its sequence number, after the payment is
 *       safely stored.</li>
 *   <li>Exactly once: every payment changes the ledger once, whatever the network duplicates, reorders or loses,
 *       and across crashes: keep the ledger and what you remember of applied payments in
 *       {@link Context#storage()}, written together in <b>one</b> {@code put} per payment applied (a crash can
 *       fall between two writes), and none for a duplicate.</li>
 *   <li>Bounded memory: remember at most {@link Producer#WINDOW} + 1 numbers or ids per producer, however long the
 *       run. The producers' window makes this possible.</li>
 *   <li>A payment with a null account or id, or a sequence number below 1, is a producer bug: apply nothing,
 *       acknowledge nothing, and {@code context.log} why.</li>
 * </ul>
 */
public final class Consumer implements Node {

    @Override
    public void onStart(Context context) {
        throw new UnsupportedOperationException("TODO: load the ledger and the dedup memory from context.storage()");
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        throw new UnsupportedOperationException("TODO: apply new payments once, store, then acknowledge every copy");
    }

    /** The balance of every account that has received a payment. */
    public Map<String, Long> balances() {
        throw new UnsupportedOperationException("TODO: return the balances of the ledger");
    }

    /**
     * How many sequence numbers or ids your dedup memory holds now, over all producers; a low-water mark (a number
     * below which everything is applied) counts as one.
     */
    public int remembered() {
        throw new UnsupportedOperationException("TODO: count the numbers or ids you remember");
    }
}

package dev.niche.distributed.idempotencykeys;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;

/**
 * The payments API: executes each idempotency key's charge at most once, however often and however concurrently
 * clients retry it (see the package statement).
 *
 * <p>Contract, for a {@link Protocol.Charge} from a client:
 * <ul>
 *   <li>Bad input: a null or blank key, a key longer than {@link Protocol#MAX_KEY_LENGTH} characters, a null
 *       account or an amount below 1 is answered with {@link Protocol.Rejected} whose reason names the argument
 *       ({@code key}, {@code account} or {@code amount}); nothing is charged or stored.</li>
 *   <li>A new key: store a record of it (the key, its body, and the attempt you are about to make) <b>before</b>
 *       sending the provider a {@link Protocol.Debit}; resend that same debit until its
 *       {@link Protocol.Receipt} comes (the network loses messages). Then store the response,
 *       {@link Protocol.Charged} with the provider's charge id, and send it to the client.</li>
 *   <li>A known key with the same body (account and amount): if its charge completed, send the stored response
 *       again, identical; if it is still executing, answer {@link Protocol.InProgress}. Never a second debit.</li>
 *   <li>A known key with a different body: answer {@link Protocol.Conflict} naming the key, whether that key's
 *       charge completed or not.</li>
 *   <li>Crashes: keep the records in {@link Context#storage()}. A record still executing when the node crashed is
 *       finished after the restart by resending its stored debit: the provider answers a copy of an attempt with
 *       the receipt of its one charge.</li>
 *   <li>Expiry: a completed record expires {@link Protocol#KEY_TTL_MILLIS} after its charge completed; after that
 *       its key is new again. Remove expired records from memory and storage no later than when handling the next
 *       client request.</li>
 * </ul>
 */
public final class PaymentsApi implements Node {

    /** @param provider the payment provider's address */
    public PaymentsApi(Address provider) {
    }

    @Override
    public void onStart(Context context) {
        throw new UnsupportedOperationException("TODO: load the key records and resend the debits still executing");
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        throw new UnsupportedOperationException("TODO: validate, then execute, replay, refuse or say in progress");
    }

    @Override
    public void onTimer(Context context, Object timer) {
        throw new UnsupportedOperationException("TODO: resend the debit of a key still executing");
    }

    /** How many key records (executing or completed, not yet removed) this node holds now. */
    public int remembered() {
        throw new UnsupportedOperationException("TODO: count the key records you hold");
    }
}

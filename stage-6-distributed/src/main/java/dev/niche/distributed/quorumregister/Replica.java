package dev.niche.distributed.quorumregister;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;

/**
 * One replica of the quorum register. It stores a (timestamp, value) per key, answers other replicas' queries and
 * stores, and coordinates the client requests it receives (see the package statement).
 *
 * <p>Contract: answer a {@link Protocol.Read} with a {@link Protocol.ReadOk} and a {@link Protocol.Write} with a
 * {@link Protocol.WriteOk}, sent to the client's address, once a majority of replicas has taken part; never
 * answer a request twice. A null key is a client bug: answer nothing and {@code context.log} why.
 */
public final class Replica implements Node {

    @Override
    public void onStart(Context context) {
        throw new UnsupportedOperationException("TODO: load this replica's registers from context.storage()");
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        throw new UnsupportedOperationException("TODO: coordinate client requests; answer queries and stores");
    }

    @Override
    public void onTimer(Context context, Object timer) {
        throw new UnsupportedOperationException("TODO: resend to the replicas that have not answered yet");
    }
}

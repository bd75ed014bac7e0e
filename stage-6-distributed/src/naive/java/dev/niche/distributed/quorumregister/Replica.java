package dev.niche.distributed.quorumregister;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The classic shortcut: writes go to a majority, but a read answers from this replica's own copy. It is fast and
 * right whenever this replica was in the write's majority; a replica that missed a write (cut off, or its store
 * lost) answers an older value after the write has returned.
 */
public final class Replica implements Node {

    /**
     * Timestamps order writes: by counter, ties broken by the coordinator's name and then by the operation, so two
     * writes never share a timestamp, not even two that one replica coordinates at once.
     */
    record Stamp(long counter, String writer, long op) implements Comparable<Stamp> {
        static final Stamp ZERO = new Stamp(0, "", 0);

        @Override
        public int compareTo(Stamp other) {
            int byCounter = Long.compare(counter, other.counter);
            int byWriter = byCounter != 0 ? byCounter : writer.compareTo(other.writer);
            return byWriter != 0 ? byWriter : Long.compare(op, other.op);
        }
    }

    record Versioned(Stamp stamp, long value) {
        static final Versioned INITIAL = new Versioned(Stamp.ZERO, 0);
    }

    // replica-to-replica messages; op identifies the coordinator's operation
    record Query(long op, String key) {
    }

    record QueryReply(long op, Versioned current) {
    }

    record Store(long op, String key, Versioned versioned) {
    }

    record StoreAck(long op) {
    }

    record Resend(long op) {
    }

    private static final long RESEND_MILLIS = 40;

    /** An operation this replica coordinates. */
    private static final class Pending {
        final Address client;
        final Object request;
        final String key;
        final Set<Address> answered = new HashSet<>();
        boolean storing;
        Versioned newest = Versioned.INITIAL;
        Versioned toStore;

        Pending(Address client, Object request, String key) {
            this.client = client;
            this.request = request;
            this.key = key;
        }
    }

    private final Map<Long, Pending> pending = new HashMap<>();

    @Override
    public void onStart(Context context) {
        // registers are read from storage when needed; nothing else survives a crash
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.Read read) {
            if (read.key() != null) {
                context.send(from, new Protocol.ReadOk(read.key(), current(context, read.key()).value()));
            }
        } else if (message instanceof Protocol.Write write) {
            begin(context, from, write, write.key());
        } else if (message instanceof Query query) {
            context.send(from, new QueryReply(query.op(), current(context, query.key())));
        } else if (message instanceof Store store) {
            if (store.versioned().stamp().compareTo(current(context, store.key()).stamp()) > 0) {
                context.storage().put("register/" + store.key(), store.versioned());
            }
            context.send(from, new StoreAck(store.op()));
        } else if (message instanceof QueryReply reply) {
            Pending op = pending.get(reply.op());
            if (op != null && !op.storing && op.answered.add(from)) {
                if (reply.current().stamp().compareTo(op.newest.stamp()) > 0) {
                    op.newest = reply.current();
                }
                if (isMajority(context, op.answered)) {
                    startStore(context, reply.op(), op);
                }
            }
        } else if (message instanceof StoreAck ack) {
            Pending op = pending.get(ack.op());
            if (op != null && op.storing && op.answered.add(from) && isMajority(context, op.answered)) {
                pending.remove(ack.op());
                context.send(op.client, op.request instanceof Protocol.Read
                        ? new Protocol.ReadOk(op.key, op.toStore.value()) : new Protocol.WriteOk(op.key));
            }
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        long op = ((Resend) timer).op();
        Pending pendingOp = pending.get(op);
        if (pendingOp != null) {
            sendPhase(context, op, pendingOp);
            context.setTimer(RESEND_MILLIS, timer);
        }
    }

    private void begin(Context context, Address client, Object request, String key) {
        if (key == null) {
            context.log("ignoring " + request + " from " + client + ": the key is null");
            return;
        }
        long op = context.random().nextLong();
        Pending pendingOp = new Pending(client, request, key);
        pending.put(op, pendingOp);
        sendPhase(context, op, pendingOp);
        context.setTimer(RESEND_MILLIS, new Resend(op));
    }

    private void startStore(Context context, long op, Pending pendingOp) {
        pendingOp.storing = true;
        pendingOp.answered.clear();
        if (pendingOp.request instanceof Protocol.Write write) {
            Stamp above = new Stamp(pendingOp.newest.stamp().counter() + 1, context.self().name(), op);
            pendingOp.toStore = new Versioned(above, write.value());
        } else {
            pendingOp.toStore = pendingOp.newest; // write back what we read, so no later read sees older
        }
        sendPhase(context, op, pendingOp);
    }

    /** Sends the current phase's message to every replica that has not answered it yet. */
    private static void sendPhase(Context context, long op, Pending pendingOp) {
        for (Address replica : context.nodes()) {
            if (!pendingOp.answered.contains(replica)) {
                context.send(replica, pendingOp.storing ? new Store(op, pendingOp.key, pendingOp.toStore)
                        : new Query(op, pendingOp.key));
            }
        }
    }

    private static Versioned current(Context context, String key) {
        return context.storage().<Versioned>get("register/" + key).orElse(Versioned.INITIAL);
    }

    private static boolean isMajority(Context context, Set<Address> answered) {
        return answered.size() * 2 > context.nodes().size();
    }
}

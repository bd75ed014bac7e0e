package dev.niche.distributed.idempotentconsumer;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A producer: sends its payments to the consumer at least once, in a sliding window. Given code: do not change.
 *
 * <p>A new payment becomes due every {@link #PACE_MILLIS}. Payment {@code s} is sent only once every payment below
 * {@code s - WINDOW + 1} has been acknowledged: at most {@link #WINDOW} payments are unacknowledged at any time.
 * Unacknowledged payments are sent again every {@link #RESEND_MILLIS} until they are acknowledged, so the consumer
 * may receive any payment several times, late, and out of order, but never payment {@code s} before it has
 * acknowledged every payment up to {@code s - WINDOW}.
 */
public final class Producer implements Node {
    /** At most this many payments are unacknowledged at a time. */
    public static final int WINDOW = 8;
    static final long PACE_MILLIS = 4;
    static final long RESEND_MILLIS = 60;

    private record Tick() {
    }

    private final Address consumer;
    private final List<Protocol.Payment> payments;
    private int due;
    private long firstUnacknowledged = 1;
    private long nextToSend = 1;
    private final Set<Long> acknowledgedAhead = new HashSet<>();
    private long lastResend;

    /**
     * @param payments numbered 1, 2, 3, ... in this order
     * @throws IllegalArgumentException if the sequence numbers are not 1, 2, 3, ...
     */
    public Producer(Address consumer, List<Protocol.Payment> payments) {
        for (int i = 0; i < payments.size(); i++) {
            if (payments.get(i).sequence() != i + 1) {
                throw new IllegalArgumentException("payment " + i + " must have sequence " + (i + 1) + ", got "
                        + payments.get(i));
            }
        }
        this.consumer = consumer;
        this.payments = List.copyOf(payments);
    }

    /** Whether the consumer has acknowledged every payment. */
    public boolean finished() {
        return firstUnacknowledged > payments.size();
    }

    @Override
    public void onStart(Context context) {
        context.setTimer(PACE_MILLIS, new Tick());
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.Ack ack && from.equals(consumer) && ack.sequence() >= firstUnacknowledged
                && ack.sequence() < nextToSend) {
            acknowledgedAhead.add(ack.sequence());
            while (acknowledgedAhead.remove(firstUnacknowledged)) {
                firstUnacknowledged++;
            }
            sendNew(context);
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        due = Math.min(due + 1, payments.size());
        sendNew(context);
        if (context.now() - lastResend >= RESEND_MILLIS) {
            lastResend = context.now();
            for (long s = firstUnacknowledged; s < nextToSend; s++) {
                if (!acknowledgedAhead.contains(s)) {
                    context.send(consumer, payments.get((int) s - 1));
                }
            }
        }
        if (!finished()) {
            context.setTimer(PACE_MILLIS, timer);
        }
    }

    private void sendNew(Context context) {
        while (nextToSend <= due && nextToSend < firstUnacknowledged + WINDOW) {
            context.send(consumer, payments.get((int) nextToSend - 1));
            nextToSend++;
        }
    }
}

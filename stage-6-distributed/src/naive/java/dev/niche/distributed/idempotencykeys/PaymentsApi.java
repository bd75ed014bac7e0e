package dev.niche.distributed.idempotencykeys;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashMap;
import java.util.Map;

/**
 * The classic check-then-act: look the key up, find nothing, charge, and store the response when the receipt
 * comes. Replays and conflicts after completion work, but nothing marks a key while its charge is on its way: a
 * retry arriving in that window, or after a crash in it, finds nothing and charges again.
 */
public final class PaymentsApi implements Node {

    record Entry(String account, long amount, Protocol.Charged response, long expiresAt) {
    }

    /** A charge on its way, kept in memory only. */
    private record Pending(Protocol.Debit debit, Address client) {
    }

    private record Resend(String attempt) {
    }

    private static final String RECORDS = "api/records";
    static final long RESEND_MILLIS = 100;

    private final Address provider;
    private Map<String, Entry> records;
    private final Map<String, Pending> pending = new HashMap<>();

    public PaymentsApi(Address provider) {
        this.provider = provider;
    }

    @Override
    public void onStart(Context context) {
        records = context.storage().<Map<String, Entry>>get(RECORDS).orElse(Map.of());
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.Charge charge) {
            handle(context, from, charge);
        } else if (message instanceof Protocol.Receipt receipt) {
            complete(context, receipt);
        }
    }

    private void handle(Context context, Address from, Protocol.Charge charge) {
        if (charge.key() == null || charge.key().isBlank()) {
            context.send(from, new Protocol.Rejected("key is missing"));
            return;
        }
        if (charge.key().length() > Protocol.MAX_KEY_LENGTH) {
            context.send(from, new Protocol.Rejected("key is longer than " + Protocol.MAX_KEY_LENGTH));
            return;
        }
        if (charge.account() == null || charge.amount() < 1) {
            context.send(from, new Protocol.Rejected(charge.account() == null ? "account is missing"
                    : "amount must be at least 1"));
            return;
        }
        expire(context);
        Entry entry = records.get(charge.key());
        if (entry == null) {
            String attempt = charge.key() + "@" + Long.toHexString(context.random().nextLong());
            Protocol.Debit debit = new Protocol.Debit(attempt, charge.key(), charge.account(), charge.amount());
            pending.put(attempt, new Pending(debit, from));
            context.send(provider, debit);
            context.setTimer(RESEND_MILLIS, new Resend(attempt));
        } else if (!entry.account().equals(charge.account()) || entry.amount() != charge.amount()) {
            context.send(from, new Protocol.Conflict(charge.key(), "key " + charge.key() + " has another body"));
        } else {
            context.send(from, entry.response());
        }
    }

    private void complete(Context context, Protocol.Receipt receipt) {
        Pending done = pending.remove(receipt.attempt());
        if (done == null) {
            return;
        }
        Protocol.Debit debit = done.debit();
        Protocol.Charged response = new Protocol.Charged(debit.key(), receipt.chargeId(), debit.account(),
                debit.amount());
        Map<String, Entry> next = new HashMap<>(records);
        next.put(debit.key(), new Entry(debit.account(), debit.amount(), response,
                context.now() + Protocol.KEY_TTL_MILLIS));
        records = Map.copyOf(next);
        context.storage().put(RECORDS, records);
        context.send(done.client(), response);
    }

    @Override
    public void onTimer(Context context, Object timer) {
        Pending waiting = pending.get(((Resend) timer).attempt());
        if (waiting != null) {
            context.send(provider, waiting.debit());
            context.setTimer(RESEND_MILLIS, timer);
        }
    }

    private void expire(Context context) {
        long now = context.now();
        if (records.values().stream().anyMatch(e -> e.expiresAt() <= now)) {
            Map<String, Entry> live = new HashMap<>(records);
            live.values().removeIf(e -> e.expiresAt() <= now);
            records = Map.copyOf(live);
            context.storage().put(RECORDS, records);
        }
    }

    public int remembered() {
        return records.size() + pending.size();
    }
}

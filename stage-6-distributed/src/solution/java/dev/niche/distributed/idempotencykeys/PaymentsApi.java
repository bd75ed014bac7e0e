package dev.niche.distributed.idempotencykeys;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashMap;
import java.util.Map;

/**
 * Claim first, act second. A new key's record, with the attempt id it will use, is stored before the debit leaves,
 * so a concurrent retry finds it (and gets "in progress") and a restart finds it (and resends the very same
 * attempt, which the provider charges at most once). All records live in one immutable map stored with one put.
 */
public final class PaymentsApi implements Node {

    /** One key's record; {@code response} is null while the charge executes. */
    record Entry(String account, long amount, String attempt, Protocol.Charged response, long expiresAt) {
        boolean sameBody(Protocol.Charge charge) {
            return account.equals(charge.account()) && amount == charge.amount();
        }

        Protocol.Debit debit(String key) {
            return new Protocol.Debit(attempt, key, account, amount);
        }
    }

    private record Resend(String key) {
    }

    private static final String RECORDS = "api/records";
    static final long RESEND_MILLIS = 100;

    private final Address provider;
    private Map<String, Entry> records;
    /** Who asked first, per executing key: in memory only, since after a crash nobody waits any more. */
    private final Map<String, Address> waiting = new HashMap<>();

    public PaymentsApi(Address provider) {
        this.provider = provider;
    }

    @Override
    public void onStart(Context context) {
        records = context.storage().<Map<String, Entry>>get(RECORDS).orElse(Map.of());
        // a charge that was executing at the crash may or may not have happened: ask again with the same attempt
        records.forEach((key, entry) -> {
            if (entry.response() == null) {
                sendDebit(context, key, entry);
            }
        });
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
        String problem = validate(charge);
        if (problem != null) {
            context.send(from, new Protocol.Rejected(problem));
            return;
        }
        expire(context);
        Entry entry = records.get(charge.key());
        if (entry == null) {
            String attempt = charge.key() + "@" + Long.toHexString(context.random().nextLong());
            entry = new Entry(charge.account(), charge.amount(), attempt, null, 0);
            save(context, charge.key(), entry); // the claim is durable before anything is charged
            waiting.put(charge.key(), from);
            sendDebit(context, charge.key(), entry);
        } else if (!entry.sameBody(charge)) {
            context.send(from, new Protocol.Conflict(charge.key(), "idempotency key " + charge.key()
                    + " was used for " + entry.amount() + " to " + entry.account() + "; this request asks "
                    + charge.amount() + " to " + charge.account() + ". Use a new key for a new payment."));
        } else if (entry.response() != null) {
            context.send(from, entry.response());
        } else {
            context.send(from, new Protocol.InProgress(charge.key()));
        }
    }

    private static String validate(Protocol.Charge charge) {
        if (charge.key() == null || charge.key().isBlank()) {
            return "key is missing: send an idempotency key, the same on every retry of a payment";
        }
        if (charge.key().length() > Protocol.MAX_KEY_LENGTH) {
            return "key is " + charge.key().length() + " characters long; at most " + Protocol.MAX_KEY_LENGTH
                    + " are allowed";
        }
        if (charge.account() == null) {
            return "account is missing";
        }
        if (charge.amount() < 1) {
            return "amount must be at least 1, got " + charge.amount();
        }
        return null;
    }

    private void complete(Context context, Protocol.Receipt receipt) {
        Entry entry = records.get(receipt.key());
        if (entry == null || entry.response() != null || !entry.attempt().equals(receipt.attempt())) {
            return; // a copy of a receipt already handled
        }
        Protocol.Charged response = new Protocol.Charged(receipt.key(), receipt.chargeId(), entry.account(),
                entry.amount());
        save(context, receipt.key(), new Entry(entry.account(), entry.amount(), entry.attempt(), response,
                context.now() + Protocol.KEY_TTL_MILLIS));
        Address client = waiting.remove(receipt.key());
        if (client != null) {
            context.send(client, response);
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        String key = ((Resend) timer).key();
        Entry entry = records.get(key);
        if (entry != null && entry.response() == null) {
            sendDebit(context, key, entry);
        }
    }

    private void sendDebit(Context context, String key, Entry entry) {
        context.send(provider, entry.debit(key));
        context.setTimer(RESEND_MILLIS, new Resend(key));
    }

    /** Drops completed records past their time to live (executing ones never expire). */
    private void expire(Context context) {
        long now = context.now();
        if (records.values().stream().anyMatch(e -> e.response() != null && e.expiresAt() <= now)) {
            Map<String, Entry> live = new HashMap<>(records);
            live.values().removeIf(e -> e.response() != null && e.expiresAt() <= now);
            records = Map.copyOf(live);
            context.storage().put(RECORDS, records);
        }
    }

    private void save(Context context, String key, Entry entry) {
        Map<String, Entry> next = new HashMap<>(records);
        next.put(key, entry);
        records = Map.copyOf(next);
        context.storage().put(RECORDS, records);
    }

    public int remembered() {
        return records.size();
    }
}

package dev.niche.distributed.idempotencykeys;

/** The messages of the payments API and of its provider. Given code: do not change. */
public final class Protocol {
    private Protocol() {
    }

    /** The longest idempotency key the API accepts, in characters. */
    public static final int MAX_KEY_LENGTH = 64;

    /** How long a completed key is remembered after its charge completed, in simulated milliseconds. */
    public static final long KEY_TTL_MILLIS = 5_000;

    // ---- client <-> API ----

    /**
     * Client to API: charge {@code amount} to {@code account}. {@code key} is the client's idempotency key, the same
     * on every retry of one payment; {@code account} and {@code amount} are the body.
     */
    public record Charge(String key, String account, long amount) {
    }

    /** API to client: the payment went through; {@code chargeId} is the provider's id of the one charge. */
    public record Charged(String key, String chargeId, String account, long amount) {
    }

    /** API to client: {@code key} was already used with a different body; nothing was charged for this request. */
    public record Conflict(String key, String reason) {
    }

    /** API to client: a request with {@code key} is still being executed; retry later. */
    public record InProgress(String key) {
    }

    /** API to client: the request is malformed; {@code reason} names the argument. Nothing was charged. */
    public record Rejected(String reason) {
    }

    // ---- API <-> provider ----

    /**
     * API to provider: charge {@code amount} to {@code account} for idempotency key {@code key}. The provider
     * charges each distinct {@code attempt} at most once (a copy of a debit it has seen is answered with the same
     * receipt), but two different attempts are two charges, even for the same key.
     */
    public record Debit(String attempt, String key, String account, long amount) {
    }

    /** Provider to API: {@code attempt} is charged, as {@code chargeId}. */
    public record Receipt(String attempt, String key, String chargeId) {
    }
}

package dev.niche.distributed.idempotentconsumer;

/** The messages between producers and the consumer. Given code: do not change. */
public final class Protocol {
    private Protocol() {
    }

    /**
     * Move {@code amount} into {@code account}. {@code id} names the payment, uniquely across producers;
     * {@code sequence} numbers it within its producer's stream: 1, 2, 3, ... with no gaps.
     */
    public record Payment(String id, long sequence, String account, long amount) {
    }

    /** The consumer has applied (or already had) payment {@code sequence} of the producer it sends this to. */
    public record Ack(long sequence) {
    }
}

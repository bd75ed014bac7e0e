package dev.niche.distributed.quorumregister;

/**
 * The messages between clients and replicas. Given code: do not change. Registers hold {@code long}s and start at
 * 0. Your replica-to-replica messages are yours to design (records, in your own files or nested in Replica).
 */
public final class Protocol {
    private Protocol() {
    }

    /** A client asks for the value of {@code key}. */
    public record Read(String key) {
    }

    /** A client asks to set {@code key} to {@code value}. */
    public record Write(String key, long value) {
    }

    /** The answer to a {@link Read}. */
    public record ReadOk(String key, long value) {
    }

    /** The answer to a {@link Write}: the value is stored on a majority. */
    public record WriteOk(String key) {
    }
}

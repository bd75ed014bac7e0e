package dev.niche.distributed.causalbroadcast;

/**
 * The messages between clients and members. Given code: do not change. Your member-to-member messages are yours
 * to design (records, in your own files or nested in {@link Member}).
 */
public final class Protocol {
    private Protocol() {
    }

    /** A client asks a member to broadcast {@code message} to the group. Every message text is used only once. */
    public record Broadcast(String message) {
    }

    /** The answer to a {@link Broadcast}: the member has delivered the message to itself and taken charge of it. */
    public record BroadcastOk(String message) {
    }
}

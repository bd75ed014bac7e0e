package dev.niche.concurrency.gochannel;

/**
 * Given code: do not change. What a receive got: Go's {@code v, ok := <-ch}.
 *
 * <p>{@code ok} is true when {@code value} was sent on the channel. It is false only when the channel is closed
 * and has nothing left to deliver; {@code value} is then null, Java's stand-in for Go's zero value.
 *
 * @param value the value received, or null when {@code ok} is false
 * @param ok    true for a value that was sent; false for "closed and drained"
 * @param <T>   the type of the channel's values
 */
public record Received<T>(T value, boolean ok) {
    public Received {
        if (ok && value == null) {
            throw new NullPointerException("value of a received message must not be null");
        }
        if (!ok && value != null) {
            throw new IllegalArgumentException("a receive from a closed channel carries no value, got " + value);
        }
    }

    /** A value that a sender sent. */
    public static <T> Received<T> of(T value) {
        return new Received<>(value, true);
    }

    /** The answer of a closed, drained channel: no value, {@code ok} false. */
    public static <T> Received<T> closed() {
        return new Received<>(null, false);
    }
}

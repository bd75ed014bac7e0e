package dev.niche.concurrency.gochannel;

/**
 * A Go channel: a typed pipe between threads that can be closed. Thread-safe: any number of threads may send,
 * receive, close and {@linkplain Select select} at once.
 *
 * <p><b>Unbuffered</b> ({@link #unbuffered()}, Go's {@code make(chan T)}): a send and a receive meet. The sender
 * waits until a receiver has taken its value, so when {@link #send} returns, the value is in a receiver's hands.
 * <b>Buffered</b> ({@link #buffered}, Go's {@code make(chan T, n)}): up to {@code capacity} values wait in the
 * channel, in order; a sender waits only while the buffer is full.
 *
 * <p><b>Close</b> says "no more values". Receivers still get every value sent before the close; after that,
 * every receive returns at once with {@code ok == false}. A send on a closed channel, and a second close, throw
 * {@link ChannelClosedException} (Go panics).
 *
 * <p>{@link Select} is written in this package and needs more than the public methods below: add the
 * package-private members it needs (a receive that never waits, and a way for a waiting select to be woken
 * when this channel may have become ready).
 *
 * @param <T> the type of the values; null is not a value
 */
public final class Channel<T> {

    /**
     * A new unbuffered channel: every send waits for a receiver.
     */
    public static <T> Channel<T> unbuffered() {
        throw new UnsupportedOperationException("TODO: create a channel with no buffer (capacity 0)");
    }

    /**
     * A new channel that holds up to {@code capacity} values no one has received yet.
     *
     * @throws IllegalArgumentException if {@code capacity} is less than 1 (the message names {@code capacity}; a
     *                                  channel without a buffer is {@link #unbuffered()})
     */
    public static <T> Channel<T> buffered(int capacity) {
        throw new UnsupportedOperationException("TODO: validate capacity and create a channel with that buffer");
    }

    /** How many values the buffer holds: 0 for an unbuffered channel (Go's {@code cap(ch)}). */
    public int capacity() {
        throw new UnsupportedOperationException("TODO: return the buffer's capacity, 0 when unbuffered");
    }

    /**
     * Sends {@code value}. On an unbuffered channel, waits until a receiver (a {@link #receive} or a
     * {@link Select}) has taken this very value. On a buffered one, waits while the buffer is full, then adds
     * the value after those already waiting.
     *
     * @throws NullPointerException    if {@code value} is null (the message names {@code value})
     * @throws ChannelClosedException  if the channel is closed when the send starts or while it waits; the value
     *                                 is then not delivered to anyone
     * @throws InterruptedException    if the thread is interrupted while it waits; the value is then not
     *                                 delivered (an unbuffered send whose value was already taken returns
     *                                 normally instead, with the thread's interrupt status set)
     */
    public void send(T value) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: hand the value over, or wait for room, or fail if closed");
    }

    /**
     * Receives the oldest value that is ready: from the buffer, or, on an unbuffered channel, from a waiting
     * sender (which may then return). Waits while there is none and the channel is open. Once the channel is
     * closed and holds nothing more, returns {@link Received#closed()} at once, every time.
     *
     * @throws InterruptedException if the thread is interrupted while it waits; nothing is then taken
     */
    public Received<T> receive() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: take a ready value, or wait, or report closed");
    }

    /**
     * Closes the channel. Every thread waiting in {@link #receive} wakes up (and gets what is left, or
     * {@code ok == false}); every thread waiting in {@link #send} wakes up and throws
     * {@link ChannelClosedException}; every waiting {@link Select} on this channel wakes up.
     *
     * @throws ChannelClosedException if the channel is already closed
     */
    public void close() {
        throw new UnsupportedOperationException("TODO: mark the channel closed and wake every thread waiting on it");
    }
}

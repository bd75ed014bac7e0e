package dev.niche.concurrency.gochannel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Naive: the classic port of a channel onto one Java monitor. Two mistakes, each invisible to a single thread:
 * <ul>
 *   <li>an unbuffered channel is a buffer of one slot, so {@link #send} returns as soon as the value is parked in
 *       the slot, before any receiver has it: there is no rendezvous;</li>
 *   <li>every wake-up is a single {@code notify()}, also in {@link #close}: only one waiting thread learns that
 *       the channel closed, and in normal use a sender can wake another sender instead of a receiver.</li>
 * </ul>
 */
public final class Channel<T> {
    /** A select waiting on this channel among others. */
    static final class Watcher {
        boolean woken;
    }

    private final int capacity;
    private final int slots;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private final List<Watcher> watchers = new ArrayList<>();
    private boolean closed;

    private Channel(int capacity) {
        this.capacity = capacity;
        this.slots = Math.max(capacity, 1);
    }

    public static <T> Channel<T> unbuffered() {
        return new Channel<>(0);
    }

    public static <T> Channel<T> buffered(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        return new Channel<>(capacity);
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void send(T value) throws InterruptedException {
        Objects.requireNonNull(value, "value");
        while (buffer.size() == slots && !closed) {
            wait();
        }
        if (closed) {
            throw new ChannelClosedException("send on closed channel");
        }
        buffer.addLast(value);
        notify();
        wakeWatchers();
    }

    public synchronized Received<T> receive() throws InterruptedException {
        Received<T> got = tryReceive();
        while (got == null) {
            wait();
            got = tryReceive();
        }
        return got;
    }

    public synchronized void close() {
        if (closed) {
            throw new ChannelClosedException("close of closed channel");
        }
        closed = true;
        notify();
        wakeWatchers();
    }

    synchronized Received<T> tryReceive() {
        if (!buffer.isEmpty()) {
            T value = buffer.removeFirst();
            notify();
            return Received.of(value);
        }
        return closed ? Received.closed() : null;
    }

    synchronized void watch(Watcher watcher) {
        watchers.add(watcher);
    }

    synchronized void unwatch(Watcher watcher) {
        watchers.remove(watcher);
    }

    private void wakeWatchers() {
        for (Watcher w : watchers) {
            synchronized (w) {
                w.woken = true;
                w.notifyAll();
            }
        }
    }
}

package dev.niche.concurrency.gochannel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Go channel: a typed pipe between threads that can be closed. Thread-safe.
 *
 * <p>One lock guards all the state, with one condition per reason to wait: receivers wait for something to
 * take, buffered senders for room, unbuffered senders for their own value to be taken. Waking is targeted
 * where one event serves one waiter ({@code signal}) and broad where a waiter must check whether the event was
 * its own, and on close, which concerns everyone ({@code signalAll}).
 *
 * <p>An unbuffered send is an {@link Offer} in a queue of waiting senders. A receiver takes the oldest offer
 * and marks it taken, and only then does its sender return: that mark is the rendezvous.
 *
 * @param <T> the type of the values; null is not a value
 */
public final class Channel<T> {
    /** A value whose unbuffered sender waits until a receiver takes it. Guarded by the channel's lock. */
    private static final class Offer<T> {
        final T value;
        boolean taken;

        Offer(T value) {
            this.value = value;
        }
    }

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readyToReceive = lock.newCondition();
    private final Condition roomInBuffer = lock.newCondition();
    private final Condition offerTaken = lock.newCondition();
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private final ArrayDeque<Offer<T>> offers = new ArrayDeque<>();
    /** Selects waiting on this channel among others; each is counted down when this channel may be ready. */
    private final List<CountDownLatch> watchers = new ArrayList<>();
    private boolean closed;

    private Channel(int capacity) {
        this.capacity = capacity;
    }

    /** A new unbuffered channel: every send waits for a receiver. */
    public static <T> Channel<T> unbuffered() {
        return new Channel<>(0);
    }

    /**
     * A new channel that holds up to {@code capacity} values no one has received yet.
     *
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public static <T> Channel<T> buffered(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1 (use unbuffered() for 0), was " + capacity);
        }
        return new Channel<>(capacity);
    }

    /** How many values the buffer holds: 0 for an unbuffered channel. */
    public int capacity() {
        return capacity;
    }

    /**
     * Sends {@code value}: hands it to a receiver (unbuffered) or puts it in the buffer once there is room.
     *
     * @throws NullPointerException   if {@code value} is null
     * @throws ChannelClosedException if the channel is or becomes closed before the value is delivered
     * @throws InterruptedException   if interrupted while waiting, before the value was delivered
     */
    public void send(T value) throws InterruptedException {
        Objects.requireNonNull(value, "value");
        lock.lockInterruptibly();
        try {
            failIfClosed();
            if (capacity == 0) {
                handOff(value);
            } else {
                enqueue(value);
            }
        } finally {
            lock.unlock();
        }
    }

    private void handOff(T value) throws InterruptedException {
        Offer<T> offer = new Offer<>(value);
        offers.addLast(offer);
        readyToReceive.signal();
        wakeWatchers();
        try {
            while (!offer.taken) {
                failIfClosed();
                offerTaken.await();
            }
        } catch (InterruptedException e) {
            if (offer.taken) {
                Thread.currentThread().interrupt();
                return;
            }
            offers.remove(offer);
            throw e;
        }
    }

    private void enqueue(T value) throws InterruptedException {
        while (buffer.size() == capacity) {
            roomInBuffer.await();
            failIfClosed();
        }
        buffer.addLast(value);
        readyToReceive.signal();
        wakeWatchers();
    }

    /**
     * Receives the oldest ready value, waiting while there is none and the channel is open.
     *
     * @throws InterruptedException if interrupted while waiting; nothing is taken then
     */
    public Received<T> receive() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Received<T> got = poll();
            while (got == null) {
                readyToReceive.await();
                got = poll();
            }
            return got;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the channel: waiting receivers get what is left or {@code ok == false}, waiting senders fail, and
     * waiting selects re-check. Offers not yet taken are withdrawn, so no receiver gets a value whose sender
     * failed.
     *
     * @throws ChannelClosedException if the channel is already closed
     */
    public void close() {
        lock.lock();
        try {
            if (closed) {
                throw new ChannelClosedException("close of closed channel");
            }
            closed = true;
            offers.clear();
            readyToReceive.signalAll();
            roomInBuffer.signalAll();
            offerTaken.signalAll();
            wakeWatchers();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A receive that never waits, for {@link Select}: the oldest ready value, {@link Received#closed()} when
     * closed and drained, or null when a receive would have to wait.
     */
    Received<T> tryReceive() {
        lock.lock();
        try {
            return poll();
        } finally {
            lock.unlock();
        }
    }

    /** Counts {@code wakeUp} down whenever this channel may have become ready, until {@link #unwatch}. */
    void watch(CountDownLatch wakeUp) {
        lock.lock();
        try {
            watchers.add(wakeUp);
        } finally {
            lock.unlock();
        }
    }

    void unwatch(CountDownLatch wakeUp) {
        lock.lock();
        try {
            watchers.remove(wakeUp);
        } finally {
            lock.unlock();
        }
    }

    /** Takes what a receive would take now, or returns null. Called with the lock held. */
    private Received<T> poll() {
        if (!buffer.isEmpty()) {
            T value = buffer.removeFirst();
            roomInBuffer.signal();
            return Received.of(value);
        }
        Offer<T> offer = offers.pollFirst();
        if (offer != null) {
            offer.taken = true;
            offerTaken.signalAll();
            return Received.of(offer.value);
        }
        return closed ? Received.closed() : null;
    }

    private void failIfClosed() {
        if (closed) {
            throw new ChannelClosedException("send on closed channel");
        }
    }

    private void wakeWatchers() {
        watchers.forEach(CountDownLatch::countDown);
    }
}

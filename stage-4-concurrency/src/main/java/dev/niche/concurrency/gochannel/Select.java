package dev.niche.concurrency.gochannel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Go's {@code select} over receive cases, with an optional default:
 *
 * <pre>{@code
 * Select.create()
 *         .receive(orders, got -> ship(got))          // case got := <-orders:
 *         .receive(cancels, got -> cancel(got))       // case got := <-cancels:
 *         .orDefault(() -> idle())                    // default:
 *         .run();
 * }</pre>
 *
 * <p>A case is <i>ready</i> when a receive on its channel would not wait: the buffer holds a value, a sender
 * waits on an unbuffered channel, or the channel is closed (the handler then gets {@code ok == false}).
 * {@link #run()} runs exactly one handler, once, with the value it took, and takes nothing from the other
 * channels. (Go's select also takes send cases; this one takes receives only.)
 *
 * <p>The builder methods are given code; {@link #run()} is yours. A {@code Select} is used by one thread.
 */
public final class Select {
    /** Given code: do not change. One {@code case v := <-channel:} and what to do with what it got. */
    private record Case<T>(Channel<T> channel, Consumer<? super Received<T>> handler) {
    }

    private final List<Case<?>> cases = new ArrayList<>();
    private Runnable otherwise;

    private Select() {
    }

    /** Given code: do not change. A select with no cases yet. */
    public static Select create() {
        return new Select();
    }

    /**
     * Given code: do not change. Adds a case: when {@code channel} is chosen, {@code handler} gets what the
     * receive got. The same channel may appear in several cases.
     *
     * @throws NullPointerException if {@code channel} or {@code handler} is null
     */
    public <T> Select receive(Channel<T> channel, Consumer<? super Received<T>> handler) {
        cases.add(new Case<>(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(handler, "handler")));
        return this;
    }

    /**
     * Given code: do not change. The default case: run when no case is ready, so that {@link #run()} never waits.
     *
     * @throws NullPointerException  if {@code action} is null
     * @throws IllegalStateException if a default was already given
     */
    public Select orDefault(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (otherwise != null) {
            throw new IllegalStateException("a select has at most one default");
        }
        otherwise = action;
        return this;
    }

    /**
     * Runs exactly one case. If some cases are ready, picks one of them at random, each ready case with the same
     * chance (so a busy channel cannot starve the others), takes one value from its channel and gives it to its
     * handler. If none is ready: runs the default if there is one, without waiting; otherwise waits until a case
     * is ready. Handlers and the default run on the calling thread, after the value was taken, and never while
     * a lock of a channel is held.
     *
     * @throws IllegalStateException if no receive case was added (the message says so)
     * @throws InterruptedException  if the thread is interrupted while it waits; nothing is then taken
     */
    public void run() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: run a random ready case, else the default, else wait");
    }
}

package dev.niche.concurrency.gochannel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Go's {@code select} over receive cases, with an optional default.
 *
 * <p>{@link #run()} tries the cases in a fresh random order and takes from the first ready one: the first ready
 * case of a random permutation is a uniformly random ready case. Each try is one {@link Channel#tryReceive()},
 * atomic under that channel's lock, so a value is taken by one select or receiver, never two, and a taken value
 * always reaches its handler.
 *
 * <p>To wait on several channels, the select registers one latch with all of them <i>before</i> it looks, then
 * waits on the latch. A channel that becomes ready after the look counts the latch down, so the wake-up cannot
 * fall into the gap between "nothing is ready" and "wait".
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
     * Runs exactly one case: a random ready one, else the default, else waits until one is ready.
     *
     * @throws IllegalStateException if no receive case was added
     * @throws InterruptedException  if interrupted while waiting; nothing is taken then
     */
    public void run() throws InterruptedException {
        if (cases.isEmpty()) {
            throw new IllegalStateException("a select needs at least one receive case");
        }
        List<Case<?>> order = new ArrayList<>(cases);
        Runnable chosen = takeFromReady(order);
        while (chosen == null && otherwise == null) {
            CountDownLatch wakeUp = new CountDownLatch(1);
            order.forEach(c -> c.channel().watch(wakeUp));
            try {
                chosen = takeFromReady(order);
                if (chosen == null) {
                    wakeUp.await();
                }
            } finally {
                order.forEach(c -> c.channel().unwatch(wakeUp));
            }
        }
        (chosen == null ? otherwise : chosen).run();
    }

    /** The handler call of a random ready case, its value already taken; null if no case is ready. */
    private static Runnable takeFromReady(List<Case<?>> order) {
        Collections.shuffle(order, ThreadLocalRandom.current());
        for (Case<?> c : order) {
            Runnable handled = tryTake(c);
            if (handled != null) {
                return handled;
            }
        }
        return null;
    }

    /** Takes from the case's channel if it is ready, and returns the handler's call on what it got; else null. */
    private static <T> Runnable tryTake(Case<T> c) {
        Received<T> got = c.channel().tryReceive();
        return got == null ? null : () -> c.handler().accept(got);
    }
}

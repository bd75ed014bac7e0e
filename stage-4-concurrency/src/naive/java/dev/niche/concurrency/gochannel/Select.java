package dev.niche.concurrency.gochannel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Naive variant: this select is sound; the mistakes are in {@link Channel}. */
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

    public void run() throws InterruptedException {
        if (cases.isEmpty()) {
            throw new IllegalStateException("a select needs at least one receive case");
        }
        List<Case<?>> order = new ArrayList<>(cases);
        while (true) {
            Channel.Watcher watcher = new Channel.Watcher();
            if (otherwise == null) {
                order.forEach(c -> c.channel().watch(watcher));
            }
            try {
                Collections.shuffle(order);
                for (Case<?> c : order) {
                    if (take(c)) {
                        return;
                    }
                }
                if (otherwise != null) {
                    otherwise.run();
                    return;
                }
                synchronized (watcher) {
                    while (!watcher.woken) {
                        watcher.wait();
                    }
                }
            } finally {
                order.forEach(c -> c.channel().unwatch(watcher));
            }
        }
    }

    private static <T> boolean take(Case<T> c) {
        Received<T> got = c.channel().tryReceive();
        if (got == null) {
            return false;
        }
        c.handler().accept(got);
        return true;
    }
}

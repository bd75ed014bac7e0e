package dev.niche.katas.grader.concurrency;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One call of the learner's code on a thread of its own, so a test can watch it: wait until it blocks (it must
 * sleep in a wait, not spin and not return), act, then wait until it returns. This is how deterministic checks
 * of blocking behaviour are written without sleeps: a consumer on an empty queue must be WAITING before the test
 * puts an item, and must return after.
 *
 * <pre>{@code
 * BackgroundCall take = BackgroundCall.start("take() on an empty queue", queue::take);
 * take.awaitBlocked();              // fails if take() returned at once or spins
 * queue.put("job");
 * take.awaitDone();                 // fails if nobody woke it up; rethrows what take() threw
 * }</pre>
 */
public final class BackgroundCall {
    /** A call that may throw anything. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /** How long a call may take to block or to return once it can: generous, because machines are loaded. */
    public static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 2;

    private final String what;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private BackgroundCall(String what, Call call) {
        this.what = Objects.requireNonNull(what, "what");
        Objects.requireNonNull(call, "call");
        this.thread = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, what);
        thread.setDaemon(true);
    }

    /** Starts {@code call} on a new daemon thread named {@code what}. */
    public static BackgroundCall start(String what, Call call) {
        BackgroundCall background = new BackgroundCall(what, call);
        background.thread.start();
        return background;
    }

    /**
     * Waits until the call sleeps in a wait (WAITING, TIMED_WAITING or BLOCKED on a monitor). Fails if it
     * returned instead (with what it threw; a stub's TODO passes through as "not started"), or if it is still
     * running after {@link #PATIENCE} (a busy wait).
     */
    public BackgroundCall awaitBlocked() {
        long deadline = System.nanoTime() + scaledPatience().toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (isBlocked(state)) {
                return this;
            }
            if (state == Thread.State.TERMINATED) {
                rethrowStub();
                throw new AssertionError(what + " returned at once" + (failure.get() == null ? ""
                        : " (it threw " + failure.get() + ")") + "; it must wait");
            }
            pause();
        }
        throw new AssertionError(what + " did not start waiting within " + scaledPatience().toMillis()
                + " ms (it is " + thread.getState() + ", " + where()
                + "): a thread that cannot go on must sleep in a wait, not spin");
    }

    /** True once the call blocks within {@code limit}; false if it returns first or is still running then. */
    public boolean blocksWithin(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (isBlocked(state)) {
                return true;
            }
            if (state == Thread.State.TERMINATED) {
                return false;
            }
            pause();
        }
        return false;
    }

    /** True when the call returns (or throws) within {@code limit}. */
    public boolean finishesWithin(Duration limit) {
        try {
            thread.join(Math.max(1, limit.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
        return !thread.isAlive();
    }

    /**
     * Waits until the call returns, then rethrows what it threw. Fails, naming where it waits, if it is still
     * waiting after {@link #PATIENCE}: whatever should have woken it did not.
     */
    public void awaitDone() {
        if (!finishesWithin(scaledPatience())) {
            String at = where();
            thread.interrupt();
            throw new AssertionError(what + " still waits " + scaledPatience().toMillis()
                    + " ms after it could go on (" + at + "): nobody woke it up");
        }
        rethrow();
    }

    /** What the call threw, once it ended; null if it returned normally or is still running. */
    public Throwable failure() {
        return failure.get();
    }

    /** The call's thread, for its state or to interrupt it. */
    public Thread thread() {
        return thread;
    }

    /** Where the call is: the JDK method it waits in and the learner's frames. */
    public String where() {
        return Stress.frames(thread.getStackTrace());
    }

    /** Rethrows what the call threw, unchanged (so a stub's TODO reads as "not started"); nothing if it did not. */
    public void rethrow() {
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
        if (thrown != null) {
            throw new AssertionError(what + " threw " + thrown, thrown);
        }
    }

    private void rethrowStub() {
        Throwable thrown = failure.get();
        if (thrown != null && dev.niche.katas.grader.NotStarted.isNotStarted(thrown)
                && thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
    }

    private static boolean isBlocked(Thread.State state) {
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                || state == Thread.State.BLOCKED;
    }

    private static Duration scaledPatience() {
        return dev.niche.katas.grader.TimeLimit.scaled(PATIENCE);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while watching a background call", e);
        }
    }
}

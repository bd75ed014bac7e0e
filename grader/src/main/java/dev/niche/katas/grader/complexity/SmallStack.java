package dev.niche.katas.grader.complexity;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a call on a thread with a small, fixed stack, to check that learner code does not recurse as deep as its
 * input (a winding island, a long chain of prerequisites). The stack-depth meter measures how depth grows;
 * this is the blunter check a contract such as "no recursion per element" needs.
 */
public final class SmallStack {
    private SmallStack() {
    }

    /**
     * Calls {@code call} on a fresh thread whose stack is {@code stackBytes} and returns its result. A
     * {@link StackOverflowError} becomes an {@link AssertionError} carrying {@code overflowMessage}, which
     * should say what input was used and what to do instead; any other exception is rethrown as it is (a
     * stub's TODO stays "not started").
     */
    public static <T> T call(int stackBytes, Callable<T> call, String overflowMessage) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(call.call());
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", stackBytes);
        small.start();
        try {
            small.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the small-stack call", e);
        }
        Throwable t = thrown.get();
        if (t instanceof StackOverflowError) {
            throw new AssertionError(overflowMessage, t);
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return result.get();
    }
}

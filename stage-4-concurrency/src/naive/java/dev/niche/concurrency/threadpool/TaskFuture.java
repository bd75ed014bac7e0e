package dev.niche.concurrency.threadpool;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Naive variant: {@link #run()} wakes waiters with {@code notify()}. With one waiter (the submitter) it works;
 * when several threads wait for the same future, one wakes and the others sleep forever.
 */
public class TaskFuture<T> {
    private final Callable<T> task;
    private boolean done;
    private T value;
    private Throwable failure;

    /** A future for {@code task}, not yet run. */
    public TaskFuture(Callable<T> task) {
        this.task = Objects.requireNonNull(task, "task");
    }

    /** Runs the task, then publishes the outcome and wakes a waiter. */
    void run() {
        T result = null;
        Throwable thrown = null;
        try {
            result = task.call();
        } catch (Throwable e) {
            thrown = e;
        }
        synchronized (this) {
            value = result;
            failure = thrown;
            done = true;
            notify();
        }
    }

    /** True once the task has finished, normally or with an exception. */
    public synchronized boolean isDone() {
        return done;
    }

    /** Waits until the task has finished, then returns its value or throws its exception wrapped. */
    public synchronized T get() throws InterruptedException, ExecutionException {
        while (!done) {
            wait();
        }
        return outcome();
    }

    /** Like {@link #get()}, waiting at most {@code timeout}. */
    public synchronized T get(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new TimeoutException("the task did not finish within " + timeout.toMillis() + " ms");
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return outcome();
    }

    private T outcome() throws ExecutionException {
        if (failure != null) {
            throw new ExecutionException(failure);
        }
        return value;
    }
}

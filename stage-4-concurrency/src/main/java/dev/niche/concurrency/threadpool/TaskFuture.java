package dev.niche.concurrency.threadpool;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The result of one task submitted to a {@link FixedThreadPool}: a worker calls {@link #run()} once, and any
 * number of threads may wait for the outcome with {@link #get()}.
 *
 * <p>Thread-safe. The outcome is set once, by {@link #run()}, and every thread that waits for it (however many,
 * whenever they started waiting) returns as soon as it is set, and sees the same value or exception.
 */
public class TaskFuture<T> {

    /**
     * A future for {@code task}, not yet run.
     *
     * @throws NullPointerException if {@code task} is null (the message names {@code task})
     */
    public TaskFuture(Callable<T> task) {
        throw new UnsupportedOperationException("TODO: keep the task; the future starts not done");
    }

    /**
     * Runs the task on the calling thread (a worker) and records its outcome: the value it returned, or the
     * exception it threw (which this method does not rethrow). Then wakes every thread waiting in
     * {@link #get()}. Called once per future, by the pool.
     */
    void run() {
        throw new UnsupportedOperationException("TODO: run the task, record its outcome, wake the waiters");
    }

    /** True once the task has finished, normally or with an exception. Never blocks. */
    public boolean isDone() {
        throw new UnsupportedOperationException("TODO: has the outcome been recorded?");
    }

    /**
     * Waits until the task has finished, then returns its value.
     *
     * @throws ExecutionException   if the task threw; its cause is the task's exception
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public T get() throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("TODO: wait for the outcome, then return or rethrow it");
    }

    /**
     * Like {@link #get()}, but waits at most {@code timeout}.
     *
     * @throws TimeoutException     if the task has not finished when the timeout has passed (the task keeps
     *                              running; a later call may still get its value)
     * @throws ExecutionException   if the task threw; its cause is the task's exception
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws NullPointerException if {@code timeout} is null
     */
    public T get(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        throw new UnsupportedOperationException("TODO: wait for the outcome at most timeout");
    }
}

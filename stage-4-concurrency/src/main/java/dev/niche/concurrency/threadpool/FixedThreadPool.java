package dev.niche.concurrency.threadpool;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * A fixed number of worker threads that run submitted tasks in the order they were accepted, with a bounded
 * queue of tasks waiting for a worker.
 *
 * <p>Thread-safe: any thread may call any method at any time, including {@link #submit} while another thread
 * calls {@link #shutdown}.
 *
 * <ul>
 *   <li><b>Workers.</b> The constructor creates exactly {@code threads} threads with the given factory and
 *       starts them; the pool never creates another. At most {@code threads} tasks run at the same time. A
 *       task that throws does not kill its worker: the exception goes to the task's future and the worker takes
 *       the next task. Workers do not react to interrupts; {@link #shutdown} is the way to stop them.</li>
 *   <li><b>Queue.</b> A task accepted while every worker is busy waits in the queue, which holds at most
 *       {@code queueCapacity} tasks. A task a worker has taken no longer counts against the capacity.</li>
 *   <li><b>Shutdown.</b> After {@link #shutdown} the pool accepts nothing new, but every task it accepted
 *       still runs. Each worker ends when the pool is shut down and the queue is empty.</li>
 *   <li><b>The one promise that matters most:</b> a task for which {@link #submit} returned a future runs
 *       exactly once, even when a shutdown happens at the same moment; a task for which {@code submit} threw
 *       never runs.</li>
 * </ul>
 */
public class FixedThreadPool {

    /**
     * A pool whose workers are plain threads named by the JVM. Given code: do not change.
     *
     * @throws IllegalArgumentException as {@link #FixedThreadPool(int, int, ThreadFactory)}
     */
    public FixedThreadPool(int threads, int queueCapacity) {
        this(threads, queueCapacity, Thread::new);
    }

    /**
     * Creates the workers with {@code threadFactory} and starts them.
     *
     * @param threads        the number of workers, at least 1
     * @param queueCapacity  how many accepted tasks may wait for a worker, at least 1
     * @param threadFactory  makes each worker thread from the worker's {@code Runnable}; called exactly
     *                       {@code threads} times, here in the constructor
     * @throws IllegalArgumentException if {@code threads} or {@code queueCapacity} is less than 1 (the message
     *                                  names the argument and its value)
     * @throws NullPointerException     if {@code threadFactory} is null (the message names it)
     */
    public FixedThreadPool(int threads, int queueCapacity, ThreadFactory threadFactory) {
        throw new UnsupportedOperationException("TODO: check the arguments, then create and start the workers");
    }

    /**
     * Accepts {@code task} to run on a worker and returns its future at once; never blocks and never waits for
     * room in the queue.
     *
     * @return the future of the task: it completes with the task's result or with its exception
     * @throws RejectedExecutionException if the pool is shut down (the message says so), or if the queue already
     *                                    holds {@code queueCapacity} tasks (the message names the capacity,
     *                                    e.g. "queue full (capacity 2)"); a rejected task never runs
     * @throws NullPointerException       if {@code task} is null (the message names {@code task})
     */
    public <T> TaskFuture<T> submit(Callable<T> task) {
        throw new UnsupportedOperationException("TODO: reject or enqueue the task, and wake a waiting worker");
    }

    /**
     * Stops accepting tasks. Tasks already accepted (running or queued) still run; each worker ends when the
     * queue is empty. Returns at once, without waiting for them. Calling it again does nothing.
     */
    public void shutdown() {
        throw new UnsupportedOperationException("TODO: refuse new tasks and let idle workers end");
    }

    /**
     * Waits until every worker thread has ended, or until {@code timeout} has passed.
     *
     * @return true if every worker has ended (so every accepted task has run), false if the time ran out
     *         first; always false for a pool that was never shut down, after waiting the timeout
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait for the workers to end, at most timeout");
    }
}

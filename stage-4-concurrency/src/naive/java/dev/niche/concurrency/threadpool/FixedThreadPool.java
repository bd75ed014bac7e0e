package dev.niche.concurrency.threadpool;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Naive variant: the pool itself is right; its futures are not (see {@link TaskFuture}). */
public class FixedThreadPool {
    private final int queueCapacity;
    private final List<Thread> workers = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition taskOrShutdown = lock.newCondition();
    private final Queue<TaskFuture<?>> queue = new ArrayDeque<>();
    private boolean shutdown;

    /** A pool whose workers are plain threads named by the JVM. Given code: do not change. */
    public FixedThreadPool(int threads, int queueCapacity) {
        this(threads, queueCapacity, Thread::new);
    }

    /** Creates the workers with {@code threadFactory} and starts them. */
    public FixedThreadPool(int threads, int queueCapacity, ThreadFactory threadFactory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
        }
        Objects.requireNonNull(threadFactory, "threadFactory");
        this.queueCapacity = queueCapacity;
        for (int i = 0; i < threads; i++) {
            workers.add(threadFactory.newThread(this::work));
        }
        workers.forEach(Thread::start);
    }

    /** Rejects or enqueues the task under the lock, so a concurrent shutdown sees it either before or after. */
    public <T> TaskFuture<T> submit(Callable<T> task) {
        TaskFuture<T> future = new TaskFuture<>(Objects.requireNonNull(task, "task"));
        lock.lock();
        try {
            if (shutdown) {
                throw new RejectedExecutionException("the pool is shut down");
            }
            if (queue.size() == queueCapacity) {
                throw new RejectedExecutionException("queue full (capacity " + queueCapacity + ")");
            }
            queue.add(future);
            taskOrShutdown.signal();
        } finally {
            lock.unlock();
        }
        return future;
    }

    /** Sets the flag and wakes every idle worker: each must see the flag to end. */
    public void shutdown() {
        lock.lock();
        try {
            shutdown = true;
            taskOrShutdown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A worker has ended when its thread has; joining them is the most direct way to know. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread worker : workers) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                TimeUnit.NANOSECONDS.timedJoin(worker, remaining);
            }
            if (worker.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** The worker loop: take the next task, run it outside the lock, until shut down with nothing left. */
    private void work() {
        TaskFuture<?> next;
        while ((next = take()) != null) {
            next.run();
        }
    }

    /** The next task, waiting while the queue is empty; null once the pool is shut down and drained. */
    private TaskFuture<?> take() {
        lock.lock();
        try {
            while (queue.isEmpty() && !shutdown) {
                taskOrShutdown.awaitUninterruptibly();
            }
            return queue.poll();
        } finally {
            lock.unlock();
        }
    }
}

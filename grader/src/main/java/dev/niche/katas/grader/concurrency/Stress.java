package dev.niche.katas.grader.concurrency;

import dev.niche.katas.grader.NotStarted;
import dev.niche.katas.grader.TimeLimit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * A bounded stress run: {@code n} threads released at the same moment run a body, and the run must finish
 * within a time limit. The kata's test then checks exact invariants on what the threads recorded (nothing
 * lost, nothing duplicated, capacity held). When threads do not finish, the failure says why, with the
 * learner's frames: a deadlock (found as soon as it forms, with who holds and who waits for which lock), or
 * threads still waiting when the limit ran out (typically a lost wake-up: {@code notify} where
 * {@code notifyAll} or a second condition was needed).
 *
 * <pre>{@code
 * Stress.threads(8).run("4 producers and 4 consumers", thread -> {
 *     if (thread < 4) produce(thread); else consume(thread);
 * });
 * }</pre>
 */
public final class Stress {
    /** The learner's part of each thread. */
    @FunctionalInterface
    public interface Body {
        void run(int thread) throws Exception;
    }

    /** Default limit per run: a run that needs more on a small machine has a bug, not bad luck. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;
    private static final int FRAMES_SHOWN = 3;

    private final int threadCount;
    private Duration limit = DEFAULT_LIMIT;

    private Stress(int threadCount) {
        if (threadCount <= 0) {
            throw new IllegalArgumentException("threads must be positive, was " + threadCount);
        }
        this.threadCount = threadCount;
    }

    /** A run on {@code count} threads, named {@code thread-0} to {@code thread-(count-1)}. */
    public static Stress threads(int count) {
        return new Stress(count);
    }

    /** How long the threads may take together (default 5 s, times {@code -Dkata.timeout.scale}). */
    public Stress timeLimit(Duration limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /**
     * Starts the threads together, waits for all of them, and fails with a report if one threw, if they
     * deadlocked, or if they did not finish in time. A stub's TODO exception is rethrown as it is, so the
     * check reads as not started.
     *
     * @param what what the threads do, for the report ("2 threads transferring in opposite directions")
     */
    public void run(String what, Body body) {
        Objects.requireNonNull(body, "body");
        Duration scaled = TimeLimit.scaled(limit);
        AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(threadCount);
        CountDownLatch ready = new CountDownLatch(threadCount);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < threadCount; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    body.run(index);
                } catch (Throwable e) {
                    failures.set(index, e);
                }
            }, "thread-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        awaitUninterruptibly(ready);
        go.countDown();
        long deadline = System.nanoTime() + scaled.toNanos();
        for (Thread t : threads) {
            while (t.isAlive() && System.nanoTime() < deadline) {
                join(t, POLL_MILLIS);
                String deadlock = deadlock(threads);
                if (deadlock != null) {
                    threads.forEach(Thread::interrupt);
                    throw new ConcurrencyFailure("deadlock in " + what + ":" + System.lineSeparator() + deadlock);
                }
            }
        }
        List<Thread> stuck = threads.stream().filter(Thread::isAlive).collect(Collectors.toList());
        String stuckReport = stuck.isEmpty() ? "" : stuck(stuck);
        Throwable[] failed = new Throwable[threadCount];
        for (int i = 0; i < threadCount; i++) {
            failed[i] = failures.get(i); // before the interrupt below adds InterruptedExceptions of its own
        }
        if (!stuck.isEmpty()) {
            threads.forEach(Thread::interrupt);
        }
        // A thread that failed is usually the cause of the others waiting: report it first.
        for (int i = 0; i < threadCount; i++) {
            Throwable failure = failed[i];
            if (failure == null) {
                continue;
            }
            if (NotStarted.isNotStarted(failure) && failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            String alsoStuck = stuck.isEmpty() ? "" : System.lineSeparator() + "and then " + stuck.size()
                    + " threads were still running or waiting at the limit:" + System.lineSeparator() + stuckReport;
            throw new ConcurrencyFailure("in " + what + ", thread-" + i + " failed: " + failure + alsoStuck, failure);
        }
        if (!stuck.isEmpty()) {
            throw new ConcurrencyFailure(what + " did not finish within " + scaled.toMillis() + " ms: "
                    + stuck.size() + " of " + threadCount + " threads are still running or waiting"
                    + " (a lost wake-up, a wait that nobody signals, or an endless retry):"
                    + System.lineSeparator() + stuckReport);
        }
    }

    /** Who holds and who waits, for the run's threads that the JVM reports as deadlocked; null if none. */
    private static String deadlock(List<Thread> threads) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = mx.findDeadlockedThreads();
        if (ids == null) {
            return null;
        }
        Set<Long> ours = threads.stream().map(Thread::getId).collect(Collectors.toSet());
        long[] mine = Arrays.stream(ids).filter(ours::contains).toArray();
        if (mine.length == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : mx.getThreadInfo(mine, true, true)) {
            if (info == null) {
                continue;
            }
            List<String> held = new ArrayList<>();
            Arrays.stream(info.getLockedMonitors()).forEach(m -> held.add(lockName(m.toString())));
            Arrays.stream(info.getLockedSynchronizers()).forEach(l -> held.add(lockName(l.toString())));
            out.append("  ").append(info.getThreadName()).append(" holds ")
                    .append(held.isEmpty() ? "no lock" : String.join(", ", held))
                    .append(" and waits for ").append(lockName(info.getLockName())).append(" held by ")
                    .append(info.getLockOwnerName()).append(", ").append(frames(info.getStackTrace()))
                    .append(System.lineSeparator());
        }
        return out.toString().stripTrailing();
    }

    /** A lock as a reader knows it: {@code ReentrantLock@1b2c} rather than the synchronizer's inner class. */
    private static String lockName(String raw) {
        String name = simpleName(raw == null ? "?" : raw);
        return name.replace("$NonfairSync", "").replace("$FairSync", "").replace("$Sync", "");
    }

    private static String stuck(List<Thread> stuck) {
        StringBuilder out = new StringBuilder();
        for (Thread t : stuck) {
            out.append("  ").append(t.getName()).append(' ').append(t.getState()).append(' ')
                    .append(frames(t.getStackTrace())).append(System.lineSeparator());
        }
        return out.toString().stripTrailing();
    }

    /** Where a thread is: the JDK method it waits in, then the first frames of the learner's and test's code. */
    static String frames(StackTraceElement[] stack) {
        List<String> shown = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.contains("$$Lambda")
                    || c.equals(Stress.class.getName()) || c.startsWith(Stress.class.getName() + "$")) {
                continue;
            }
            shown.add(simpleName(c) + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")");
            if (shown.size() == FRAMES_SHOWN) {
                break;
            }
        }
        String in = stack.length == 0 ? "" : "in " + simpleName(stack[0].getClassName()) + "."
                + stack[0].getMethodName() + ", ";
        return in + (shown.isEmpty() ? "no frame of the kata" : "at " + String.join(" < ", shown));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrencyFailure("interrupted while waiting for " + t.getName());
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrencyFailure("interrupted while starting the threads");
        }
    }
}

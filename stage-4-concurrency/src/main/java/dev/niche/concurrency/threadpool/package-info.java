/**
 * <b>Thread pool</b> (checkpoint 4.1: spot a data race and choose the primitive).
 *
 * <p>A report service renders PDFs on request. Starting a thread per request melted the machine on a busy
 * morning, so the team wants a fixed number of workers that take jobs from a bounded waiting line, refuse work
 * when the line is full (the caller shows "try again later" instead of queueing forever), and can be shut down
 * cleanly at deploy time without dropping a job it already accepted.
 *
 * <p><b>Your task:</b> build {@link dev.niche.concurrency.threadpool.FixedThreadPool} and its
 * {@link dev.niche.concurrency.threadpool.TaskFuture} from plain threads and one lock with its conditions (or
 * {@code synchronized} with {@code wait}/{@code notifyAll}). Do not use the executors of
 * {@code java.util.concurrent}: writing one is the point. Its exception types ({@code ExecutionException},
 * {@code RejectedExecutionException}, {@code TimeoutException}) and the {@code ThreadFactory} interface are
 * fine to use.
 *
 * <p>Every method's Javadoc is the contract. The hard parts are the moments when two threads meet: a submit
 * that races a shutdown, a worker that goes to sleep just as a task arrives, several threads waiting for the
 * same result.
 *
 * <p>The examples drive the pool from one test thread with latches, so they are deterministic. The concurrency
 * checks are stress runs with exact bookkeeping: many threads submit at once, and every accepted task must run
 * exactly once, no rejected task may run, no more than {@code threads} tasks may run at the same time, every
 * future must complete, and after {@code shutdown} and {@code awaitTermination} every worker thread must have
 * ended. One run makes {@code shutdown} race {@code submit}; another has several threads wait on one future.
 */
package dev.niche.concurrency.threadpool;

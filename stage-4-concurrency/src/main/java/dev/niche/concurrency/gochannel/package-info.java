/**
 * <b>Go channels in Java</b> (checkpoint 4.1: spot a data race and choose mutex, channel, atomic or CAS).
 *
 * <p>A team is porting a Go service to Java. Its goroutines talk over channels: a dispatcher hands each job to
 * whichever worker is free, workers wait on a job channel and a quit channel at once, and shutdown is "close the
 * job channel, let the workers drain it". The Java queues the team knows come close but do not fit:
 * <ul>
 *   <li>Go's <b>unbuffered</b> channel is a rendezvous, like {@link java.util.concurrent.SynchronousQueue#put}:
 *       the sender waits until a receiver has taken the value. A buffer of one is not the same thing: its
 *       sender returns while the value still sits in the channel, and nobody may ever take it.</li>
 *   <li>A <b>buffered</b> channel is a bounded FIFO, like {@link java.util.concurrent.ArrayBlockingQueue}:
 *       {@code send} is {@code put}, {@code receive} is {@code take}.</li>
 *   <li>Neither queue can be <b>closed</b>. A closed Go channel still delivers what it holds, then answers every
 *       receive at once with the zero value and {@code ok == false} (here {@link
 *       dev.niche.concurrency.gochannel.Received#closed()}); closing wakes every waiting receiver. A send on a
 *       closed channel, and a second close, panic (here {@link
 *       dev.niche.concurrency.gochannel.ChannelClosedException}).</li>
 *   <li>Neither queue can wait on <b>several</b> sources at once. Go's {@code select} takes one value from
 *       whichever channel is ready first (a random one when several are), or runs its {@code default} without
 *       waiting.</li>
 * </ul>
 *
 * <p><b>Your task:</b> write {@link dev.niche.concurrency.gochannel.Channel} (unbuffered and buffered channels
 * with send, receive and close) and {@link dev.niche.concurrency.gochannel.Select#run()}. Their Javadoc is the
 * contract. A lock with conditions fits the channel; the select is the hard part, because a thread can wait
 * on one condition only: think about how a channel can wake a select that waits on it and on others, without
 * a wake-up getting lost between "nothing is ready" and "now I wait".
 *
 * <p>The single-threaded examples check each rule one at a time. The concurrency checks put threads in known
 * states (waiting in {@code send}, waiting in {@code receive}) before acting, so they fail the same way every
 * run: an unbuffered send must not return before its value was taken; a close must wake every waiting
 * receiver and fail every waiting sender. Stress runs then check exact invariants with many threads: every
 * value sent is received exactly once, a send never gets ahead of the receivers by more than the capacity,
 * and every select runs one handler for one value.
 */
package dev.niche.concurrency.gochannel;

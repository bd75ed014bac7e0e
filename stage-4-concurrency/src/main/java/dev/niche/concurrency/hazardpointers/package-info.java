/**
 * <b>Hazard pointers</b> (checkpoint 4.3: explain ABA and how hazard pointers and RCU address reclamation).
 *
 * <p>A trading gateway keeps its latest price in a {@link dev.niche.concurrency.hazardpointers.SharedValue}:
 * readers follow a pointer to a node without taking a lock, and a writer swaps in a new node. To avoid
 * allocating on every tick, nodes come from a {@link dev.niche.concurrency.hazardpointers.NodePool} and go back
 * to it. That is where it goes wrong: a writer that returns the old node to the pool at once may pull it from
 * under a reader that loaded the pointer a moment earlier, and the reader then reads a recycled node (in C or
 * C++ that is freed memory; with a pool it is someone else's value). The pool here notices such a read and
 * throws.
 *
 * <p><b>Your task:</b> write {@link dev.niche.concurrency.hazardpointers.HazardPointers}, the reclamation scheme
 * {@code SharedValue} already calls. A reader announces the node it is about to use in its own hazard slot; a
 * writer retires the node it unlinked instead of recycling it; a scan recycles only the retired nodes that no
 * slot announces. The subtle step is in {@code protect}: think about what can happen between loading the pointer
 * and announcing it. {@code Node}, {@code NodePool} and {@code SharedValue} are given code: do not change them.
 *
 * <p>The examples check the bookkeeping with one thread. The concurrency checks run readers and writers on
 * {@code SharedValue}: Lincheck's model checker tries the thread switches one by one and prints the interleaving
 * that leads to a read after recycle, and a stress run with several threads checks the books at the end: no read
 * after recycle, and every retired node recycled exactly once after a final scan of every slot.
 */
package dev.niche.concurrency.hazardpointers;

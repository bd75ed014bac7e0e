/**
 * <b>Safe publication</b> (checkpoint 4.2: explain happens-before).
 *
 * <p>An API gateway starts fast by building its expensive parts on first use, and it swaps in a new routing
 * table whenever its configuration changes. Request threads read both without taking locks. On a laptop
 * everything works; the bug this kata is about may show up once a month on another CPU or after a JIT
 * change: a thread that sees a reference to a new object, but not yet the fields that object's constructor
 * wrote.
 *
 * <p><b>Your task:</b> build two classes that any thread can use without seeing half-built objects.
 * <ul>
 *   <li>{@link dev.niche.concurrency.safepublication.Lazy}: a value computed on first use. The supplier runs
 *       once even when many threads race for the first call, and after that {@code get} takes no lock.</li>
 *   <li>{@link dev.niche.concurrency.safepublication.RoutingTable}: an immutable table, safe to hand to other
 *       threads however it gets there. Neither the caller who built it nor anyone reading it can change it.</li>
 * </ul>
 *
 * <p>The examples check each class with one thread. The concurrency checks are different in kind: the bug
 * they look for is allowed by the Java Memory Model but does not show on an x86 test machine, and a model
 * checker that assumes sequential consistency cannot see it either. So they read your bytecode: every read
 * of a field that is neither {@code final} nor {@code volatile} and happens outside any lock is reported,
 * with the method and line. They also check by reflection that the table's fields are private and final,
 * change the map and list after building a table, and run many threads racing for the first value of many
 * {@code Lazy} objects, counting the supplier's calls exactly.
 */
package dev.niche.concurrency.safepublication;

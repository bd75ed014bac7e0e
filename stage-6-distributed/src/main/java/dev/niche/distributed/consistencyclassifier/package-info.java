/**
 * <h2>Consistency classifier: where on the spectrum does this history sit?</h2>
 *
 * <p>"Is it consistent?" has no answer until you say which model. For each of the ten small histories in {@link
 * dev.niche.distributed.consistencyclassifier.History}, name the <em>strongest</em> of the models in {@link
 * dev.niche.distributed.consistencyclassifier.Strongest} that it satisfies, in {@link
 * dev.niche.distributed.consistencyclassifier.Answers}. Each model allows everything the one above it allows:
 * linearizable histories are sequentially consistent, and sequentially consistent ones are causal.
 *
 * <p>How to decide, for a history:
 * <ol>
 *   <li><b>Linearizable?</b> Find one order of all operations in which every read returns the latest write to its
 *       key, and which respects real time: if A returned before B was called, A comes first.</li>
 *   <li><b>Sequential?</b> The same, but only each client's own order must be respected; real time between
 *       different clients may be ignored.</li>
 *   <li><b>Causal?</b> For each client separately, find an order of all writes plus that client's reads in which
 *       every read returns the latest write, respecting causality: each client's own order, a write before every
 *       read that returned it, and everything that follows from chaining those. Different clients may order
 *       concurrent writes differently.</li>
 *   <li>Otherwise: {@code NONE_OF_THESE}.</li>
 * </ol>
 *
 * <p><b>The checks.</b> One example check per history. The answer key is not written down: the test computes each
 * history's strongest model by searching for the orders above, and checks it against a hashed key, so the key is
 * verified every run. A wrong answer is told which model holds, with an order that proves it, and what breaks the
 * next stronger model.
 */
package dev.niche.distributed.consistencyclassifier;

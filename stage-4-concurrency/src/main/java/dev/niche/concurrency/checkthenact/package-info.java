/**
 * <b>Check-then-act</b> (refactoring kata; checkpoint 4.1: spot a data race and choose the primitive).
 *
 * <p>A currency service keeps exchange rates in a {@link dev.niche.concurrency.checkthenact.LoadingCache}.
 * Fetching a rate from the upstream provider is slow and billed per call, so each rate should be fetched once
 * and then served from memory until someone invalidates it. The cache is built from a thread-safe part, a
 * {@link java.util.concurrent.ConcurrentHashMap}, and it still goes wrong under load: the bill shows the same
 * rate fetched several times, two requests at the same moment quote different rates, and now and then a
 * request gets {@code null}.
 *
 * <p>Each map call is atomic on its own. The trouble is the sequence: look, then load and put, then read. Ask
 * what another thread can do between two of those steps.
 *
 * <p><b>Your task:</b> make {@code get} one atomic action, so that the loader runs at most once per key until
 * the key is invalidated and every caller gets the value of that one load. Keep the behaviour for one thread
 * exactly as it is: bad input, a failing loader and a loader that returns null are handled as the Javadoc
 * says.
 *
 * <p>The single-threaded examples pass from the start. The concurrency checks run the cache under Lincheck's
 * model checker with a loader that numbers its loads, so a second load of a key shows up as a different
 * value, and a stress run makes many threads ask for a few slow keys at once and counts the loads exactly.
 */
package dev.niche.concurrency.checkthenact;

/**
 * Rate limiter: design the classes behind {@link dev.niche.lld.ratelimiter.RateLimiter}.
 *
 * <h2>The brief</h2>
 * An API gateway must stop each client (a key such as {@code "user:42"} or {@code "ip:10.0.0.7"}) from calling
 * too often. Different clients get different rules: free users a small fixed window, paying users a token
 * bucket with bursts. You build four algorithms, a limiter that keeps one algorithm instance per key, and you
 * make it safe for many request threads at once.
 * <ul>
 *   <li>{@link dev.niche.lld.ratelimiter.RateLimiters} is the one entry point: a factory per algorithm, each
 *       returning a new {@link dev.niche.lld.ratelimiter.Limiter} (the state of one key), and
 *       {@link dev.niche.lld.ratelimiter.RateLimiters#perKey perKey}, the {@code RateLimiter} the gateway calls.
 *       Fill it in and add whatever classes you design behind it, in this package or below.</li>
 *   <li>{@link dev.niche.lld.ratelimiter.Policy} chooses the algorithm and its limits for a key the limiter
 *       has not seen before. The limiter asks it once per key and keeps that key's {@code Limiter}; keys never
 *       share a limiter, so one client's calls never change another's answers.</li>
 *   <li>Time comes from the injected {@link dev.niche.lld.ratelimiter.NanoClock}, read once per call and
 *       passed to the key's limiter. Nothing sleeps or waits: a refused call returns {@code false} at once.</li>
 *   <li>Thread-safe: any number of threads may call {@code tryAcquire} at once, on the same key or on
 *       different ones, and every bound below still holds exactly.</li>
 * </ul>
 *
 * <h2>The algorithms, exactly</h2>
 * Each limiter measures time from the first call it sees (its origin); {@code t} below is a call's time minus
 * the origin. A time earlier than one the limiter has already seen counts as that later time: time never runs
 * backwards for a limiter. Refused calls cost nothing; only granted calls are counted. W is the window, L the
 * limit, and "an interval of length W" is any [s, s + W).
 * <ul>
 *   <li><b>Token bucket</b> ({@code capacity} C, {@code refillPeriod} P): starts full with C tokens and gains
 *       one token at every t that is a positive multiple of P; a token that finds the bucket full is lost. A
 *       call is granted if it can take a token. Bound: the grants at times in any [s, s + d] number at most
 *       C + ceil(d / P), so bursts of C and a long-run rate of one per P.</li>
 *   <li><b>Fixed window</b>: the windows are [kW, (k+1)W) for k = 0, 1, 2...; a call is granted if fewer than
 *       L calls were granted in its window. Bound: at most L in each window, but an interval of length W that
 *       straddles a boundary can hold 2L (the burst the sliding log avoids).</li>
 *   <li><b>Sliding log</b>: a call at t is granted if fewer than L calls were granted at times in
 *       (t - W, t]; a grant exactly W ago no longer counts. Bound: at most L in every interval of length W,
 *       wherever it starts. The price: it remembers up to L times per key.</li>
 *   <li><b>Sliding counter</b>: with the windows of the fixed window, a call at t in window k, e = t - kW into
 *       it, is granted if {@code previous * (W - e) + current * W < L * W}, computed exactly in whole numbers,
 *       where current counts the grants of window k so far and previous those of window k - 1 (0 if the
 *       limiter saw no call then). It estimates the sliding log from two counters per key instead of a list
 *       of times. Bound: at most L in each window; an interval of length W can still hold 2L in the worst case,
 *       but on steady traffic it stays close to the sliding log's L.</li>
 * </ul>
 *
 * <h2>What the interviewer asks next</h2>
 * "Product wants a new algorithm, say a leaky bucket, and a rule that gives it to beta testers." The tests
 * write their own {@code Limiter} and a policy that hands it to some keys; your rate limiter must use it like
 * any other, with no edit to your code. A limiter that asks which algorithm it holds cannot.
 *
 * <h2>How it is checked</h2>
 * Scenarios and random call sequences against the rules above; threads released together on a clock the test
 * holds still, with every grant counted; the test's own algorithm. The design checks: no code asks a limiter
 * what it is (no {@code instanceof} on the kata's types, no switch over an enum such as a list of algorithms);
 * only {@code RateLimiters} names a concrete algorithm, everything else works with {@code Limiter}; no static
 * mutable state.
 *
 * <h2>Non-goals</h2>
 * Sharing limits between servers (a Redis script), waiting for a permit instead of refusing, forgetting keys
 * that went quiet, and reporting when the next permit will be free.
 *
 * <h2>Bad input</h2>
 * A null clock, policy, key, window or refill period throws {@link java.lang.NullPointerException} whose
 * message names it ("clock", "policy", "key", "window", "refillPeriod"). A limit or capacity outside 1 to
 * 100,000, or a window or refill period that is not positive or is longer than one day, throws
 * {@link java.lang.IllegalArgumentException} naming it ("limit", "capacity", "window", "refillPeriod") and its
 * value. A policy that returns null for a key makes {@code tryAcquire} throw {@code NullPointerException}
 * naming that key.
 */
package dev.niche.lld.ratelimiter;

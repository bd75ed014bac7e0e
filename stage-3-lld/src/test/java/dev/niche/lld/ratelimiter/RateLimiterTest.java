package dev.niche.lld.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/rate-limiter", title = "Rate limiter: four algorithms, per-key policies, thread-safe", order = 30,
        checkpoints = "3.1", naiveViolates = CheckKind.DESIGN)
class RateLimiterTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    /** The test's clock: moved by hand, read by any thread. */
    static final class ManualClock implements NanoClock {
        private final AtomicLong now = new AtomicLong(7_000_000_000L);

        @Override
        public long nanoTime() {
            return now.get();
        }

        void advance(Duration by) {
            now.addAndGet(by.toNanos());
        }

        void advanceNanos(long by) {
            now.addAndGet(by);
        }
    }

    private final ManualClock clock = new ManualClock();

    /** The answers of {@code count} calls of {@code key}, at the clock's current time. */
    private static List<Boolean> calls(RateLimiter limiter, String key, int count) {
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(limiter.tryAcquire(key));
        }
        return answers;
    }

    private RateLimiter everyKey(Limiter... oneLimiterPerKey) {
        List<Limiter> fresh = new ArrayList<>(List.of(oneLimiterPerKey));
        return RateLimiters.perKey(clock, key -> fresh.remove(0));
    }

    // ---- examples ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("token bucket: a burst of its capacity, then one call per refill period, never more than full")
    void tokenBucket() {
        RateLimiter limiter = everyKey(RateLimiters.tokenBucket(3, Duration.ofMillis(100)));
        assertThat(calls(limiter, "k", 4)).as("4 calls on a full bucket of 3").containsExactly(true, true, true, false);
        clock.advance(Duration.ofMillis(99));
        assertThat(limiter.tryAcquire("k")).as("99 ms later: no token yet").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(calls(limiter, "k", 2)).as("at 100 ms: one new token").containsExactly(true, false);
        clock.advance(Duration.ofSeconds(10));
        assertThat(calls(limiter, "k", 4)).as("after 10 s idle: full again, 3 tokens, not 100")
                .containsExactly(true, true, true, false);
    }

    @Test
    @DisplayName("fixed window: the count starts over at each boundary, so a burst can straddle it")
    void fixedWindow() {
        RateLimiter limiter = everyKey(RateLimiters.fixedWindow(2, SECOND));
        assertThat(limiter.tryAcquire("k")).as("the first call, at 0 ms").isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(calls(limiter, "k", 2)).as("at 999 ms, window [0, 1000)").containsExactly(true, false);
        clock.advance(Duration.ofMillis(1));
        assertThat(calls(limiter, "k", 3)).as("at 1000 ms, a new window: 4 grants within 1 ms of each other")
                .containsExactly(true, true, false);
    }

    @Test
    @DisplayName("sliding log: the last window exactly; a grant exactly one window old no longer counts")
    void slidingLog() {
        RateLimiter limiter = everyKey(RateLimiters.slidingLog(2, SECOND));
        assertThat(limiter.tryAcquire("k")).as("at 0 ms").isTrue();
        clock.advance(Duration.ofMillis(500));
        assertThat(calls(limiter, "k", 2)).as("at 500 ms").containsExactly(true, false);
        clock.advance(Duration.ofMillis(499));
        assertThat(limiter.tryAcquire("k")).as("at 999 ms: grants at 0 and 500 in (-1, 999]").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(calls(limiter, "k", 2)).as("at 1000 ms: the grant at 0 has left (0, 1000]")
                .containsExactly(true, false);
        clock.advance(Duration.ofMillis(499));
        assertThat(limiter.tryAcquire("k")).as("at 1499 ms: grants at 500 and 1000").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("k")).as("at 1500 ms: the grant at 500 has left").isTrue();
    }

    @Test
    @DisplayName("sliding counter: the previous window counts by how much of it the last window still covers")
    void slidingCounter() {
        RateLimiter limiter = everyKey(RateLimiters.slidingCounter(4, SECOND));
        assertThat(calls(limiter, "k", 5)).as("window 0: 4 of 5").containsExactly(true, true, true, true, false);
        clock.advance(Duration.ofMillis(1250));
        assertThat(calls(limiter, "k", 2)).as("at 1250 ms: 4 x 0.75 = 3 carried over, room for 1")
                .containsExactly(true, false);
        clock.advance(Duration.ofMillis(250));
        assertThat(calls(limiter, "k", 2)).as("at 1500 ms: 4 x 0.5 + 1 = 3, room for 1 more")
                .containsExactly(true, false);
        clock.advance(Duration.ofMillis(500));
        assertThat(calls(limiter, "k", 3)).as("at 2000 ms: window 1 had 2, all of it still counts")
                .containsExactly(true, true, false);
        clock.advance(Duration.ofMillis(4000));
        assertThat(calls(limiter, "k", 5)).as("at 6000 ms: windows 4 and 5 were quiet, a fresh start")
                .containsExactly(true, true, true, true, false);
    }

    @Test
    @DisplayName("each key gets its own limiter, chosen once by the policy")
    void perKeyPolicy() {
        Map<String, Integer> asked = new HashMap<>();
        RateLimiter limiter = RateLimiters.perKey(clock, key -> {
            asked.merge(key, 1, Integer::sum);
            return key.startsWith("paid:") ? RateLimiters.tokenBucket(3, SECOND) : RateLimiters.fixedWindow(1, SECOND);
        });
        assertThat(calls(limiter, "free:ada", 2)).as("free:ada, limit 1").containsExactly(true, false);
        assertThat(calls(limiter, "free:bob", 2)).as("free:bob is not slowed by ada").containsExactly(true, false);
        assertThat(calls(limiter, "paid:eve", 4)).as("paid:eve, a bucket of 3")
                .containsExactly(true, true, true, false);
        assertThat(limiter.tryAcquire("free:ada")).as("free:ada again").isFalse();
        assertThat(asked).as("how often the policy was asked, per key")
                .isEqualTo(Map.of("free:ada", 1, "free:bob", 1, "paid:eve", 1));
    }

    @Test
    @DisplayName("a clock reading older than one already seen counts as no time passing")
    void timeNeverRunsBackwards() {
        RateLimiter limiter = everyKey(RateLimiters.tokenBucket(1, SECOND));
        assertThat(limiter.tryAcquire("k")).as("at 0 s").isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("k")).as("at 5 s, refilled").isTrue();
        clock.advance(Duration.ofSeconds(-4));
        assertThat(limiter.tryAcquire("k")).as("a reading of 1 s after one of 5 s: still empty").isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("k")).as("at 6 s, the next refill").isTrue();
    }

    @Test
    @DisplayName("bad input is rejected by name")
    void badInput() {
        assertThatThrownBy(() -> RateLimiters.tokenBucket(0, SECOND)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity").hasMessageContaining("0");
        assertThatThrownBy(() -> RateLimiters.fixedWindow(100_001, SECOND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit")
                .hasMessageContaining("100001");
        assertThatThrownBy(() -> RateLimiters.slidingLog(-3, SECOND)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> RateLimiters.slidingCounter(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> RateLimiters.fixedWindow(5, Duration.ofDays(1).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> RateLimiters.tokenBucket(5, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refillPeriod");
        assertThatThrownBy(() -> RateLimiters.tokenBucket(5, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("refillPeriod");
        assertThatThrownBy(() -> RateLimiters.slidingLog(5, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> RateLimiters.perKey(null, key -> RateLimiters.fixedWindow(1, SECOND)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> RateLimiters.perKey(clock, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("policy");
        RateLimiter limiter = RateLimiters.perKey(clock, key -> key.equals("nobody") ? null
                : RateLimiters.fixedWindow(1, SECOND));
        assertThatThrownBy(() -> limiter.tryAcquire(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> limiter.tryAcquire("nobody")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("nobody");
        assertThat(RateLimiters.fixedWindow(100_000, Duration.ofDays(1))).as("the largest settings").isNotNull();
    }

    // ---- properties: each algorithm against a model written from the brief -----------------------------------

    /** The test's names for the four algorithms, with a factory for the real one and for its model. */
    enum Algorithm {
        TOKEN_BUCKET, FIXED_WINDOW, SLIDING_LOG, SLIDING_COUNTER;

        Limiter create(int limit, long nanos) {
            Duration d = Duration.ofNanos(nanos);
            return switch (this) {
                case TOKEN_BUCKET -> RateLimiters.tokenBucket(limit, d);
                case FIXED_WINDOW -> RateLimiters.fixedWindow(limit, d);
                case SLIDING_LOG -> RateLimiters.slidingLog(limit, d);
                case SLIDING_COUNTER -> RateLimiters.slidingCounter(limit, d);
            };
        }

        Model model(int limit, long nanos) {
            return new Model(this, limit, nanos);
        }
    }

    /**
     * One key's model, as literal as the brief: it keeps every grant time (since the key's first call) and
     * decides each call by counting them. Only the token bucket keeps a running count.
     */
    static final class Model {
        final Algorithm algorithm;
        final long limit;
        final long w;
        final List<Long> grants = new ArrayList<>();
        long origin = -1;
        long tokens;
        long lastT;

        Model(Algorithm algorithm, long limit, long w) {
            this.algorithm = algorithm;
            this.limit = limit;
            this.w = w;
            this.tokens = limit;
        }

        boolean tryAcquire(long now) {
            if (origin < 0) {
                origin = now;
            }
            long t = now - origin;
            boolean granted = switch (algorithm) {
                case TOKEN_BUCKET -> {
                    tokens = Math.min(limit, tokens + t / w - lastT / w);
                    yield tokens > 0;
                }
                case FIXED_WINDOW -> countIn(t / w * w, t) < limit;
                case SLIDING_LOG -> countIn(t - w + 1, t) < limit;
                case SLIDING_COUNTER -> {
                    long k = t / w;
                    long previous = k == 0 ? 0 : countIn((k - 1) * w, k * w - 1);
                    long current = countIn(k * w, t);
                    yield previous * (w - (t - k * w)) + current * w < limit * w;
                }
            };
            lastT = t;
            if (granted) {
                grants.add(t);
                tokens--;
            }
            return granted;
        }

        /** Grants at times in [from, to]. */
        long countIn(long from, long to) {
            return grants.stream().filter(g -> g >= from && g <= to).count();
        }

        /** The brief's bound for this algorithm, checked on every grant so far; null when it holds. */
        String broken() {
            for (int j = 0; j < grants.size(); j++) {
                long end = grants.get(j);
                for (int i = 0; i <= j; i++) {
                    long start = grants.get(i);
                    long inSpan = j - i + 1;
                    long bound = switch (algorithm) {
                        case TOKEN_BUCKET -> limit + (end - start + w - 1) / w;
                        case SLIDING_LOG -> end - start < w ? limit : Long.MAX_VALUE;
                        case FIXED_WINDOW, SLIDING_COUNTER -> start / w == end / w ? limit : Long.MAX_VALUE;
                    };
                    if (inSpan > bound) {
                        return inSpan + " grants between t = " + start + " and t = " + end + ", more than " + bound;
                    }
                }
            }
            return null;
        }
    }

    /** One call of the property: move the clock by {@code advance} nanoseconds, then call key number {@code key}. */
    record Step(long advance, int key) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Long> advance = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 12)),
                Tuple.of(1, Arbitraries.longs().between(13, 80)));
        return Combinators.combine(advance, Arbitraries.integers().between(0, 2)).as(Step::new).list().ofMaxSize(60);
    }

    private void matchesModel(Algorithm algorithm, int limit, long windowNanos, List<Step> steps) {
        String[] keys = {"a", "b", "c"};
        RateLimiter limiter = RateLimiters.perKey(clock, key -> algorithm.create(limit, windowNanos));
        Map<String, Model> models = new LinkedHashMap<>();
        List<String> trace = new ArrayList<>();
        for (Step step : steps) {
            clock.advanceNanos(step.advance());
            String key = keys[step.key()];
            Model model = models.computeIfAbsent(key, k -> algorithm.model(limit, windowNanos));
            boolean expected = model.tryAcquire(clock.nanoTime());
            trace.add("+" + step.advance() + " " + key);
            assertThat(limiter.tryAcquire(key)).as("%s(limit %d, %d ns): the answer to the last call of %s",
                    algorithm, limit, windowNanos, trace).isEqualTo(expected);
        }
        models.forEach((key, model) -> assertThat(model.broken()).as("the brief's bound of %s on the grants of key %s",
                algorithm, key).isNull());
    }

    @Property(tries = 250)
    @Label("token bucket: every answer is the one the brief's rule gives, on several keys")
    void tokenBucketMatchesTheRule(@ForAll @IntRange(min = 1, max = 4) int capacity,
            @ForAll @IntRange(min = 1, max = 10) int period, @ForAll("steps") List<Step> steps) {
        matchesModel(Algorithm.TOKEN_BUCKET, capacity, period, steps);
    }

    @Property(tries = 250)
    @Label("fixed window: every answer is the one the brief's rule gives, on several keys")
    void fixedWindowMatchesTheRule(@ForAll @IntRange(min = 1, max = 4) int limit,
            @ForAll @IntRange(min = 1, max = 30) int window, @ForAll("steps") List<Step> steps) {
        matchesModel(Algorithm.FIXED_WINDOW, limit, window, steps);
    }

    @Property(tries = 250)
    @Label("sliding log: every answer is the one the brief's rule gives, on several keys")
    void slidingLogMatchesTheRule(@ForAll @IntRange(min = 1, max = 4) int limit,
            @ForAll @IntRange(min = 1, max = 30) int window, @ForAll("steps") List<Step> steps) {
        matchesModel(Algorithm.SLIDING_LOG, limit, window, steps);
    }

    @Property(tries = 250)
    @Label("sliding counter: every answer is the one the brief's rule gives, on several keys")
    void slidingCounterMatchesTheRule(@ForAll @IntRange(min = 1, max = 4) int limit,
            @ForAll @IntRange(min = 1, max = 30) int window, @ForAll("steps") List<Step> steps) {
        matchesModel(Algorithm.SLIDING_COUNTER, limit, window, steps);
    }

    @Property(tries = 200)
    @Label("keys are isolated: a key's answers do not depend on other keys' calls, whatever their algorithms")
    void keysAreIsolated(@ForAll("algorithms") List<Algorithm> perKey, @ForAll("steps") List<Step> steps) {
        RateLimiter shared = RateLimiters.perKey(clock, key -> perKey.get(key.charAt(0) - 'a').create(2, 10));
        List<List<Boolean>> answers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Step step : steps) {
            clock.advanceNanos(step.advance());
            answers.get(step.key()).add(shared.tryAcquire(String.valueOf((char) ('a' + step.key()))));
            times.get(step.key()).add(clock.nanoTime());
        }
        for (int key = 0; key < 3; key++) {
            ManualClock alone = new ManualClock();
            Algorithm algorithm = perKey.get(key);
            RateLimiter single = RateLimiters.perKey(alone, k -> algorithm.create(2, 10));
            List<Boolean> expected = new ArrayList<>();
            long at = alone.nanoTime();
            for (long time : times.get(key)) {
                alone.advanceNanos(time - at);
                at = time;
                expected.add(single.tryAcquire("x"));
            }
            assertThat(answers.get(key)).as("key %s (%s) among the other keys' calls, against the same calls alone",
                    (char) ('a' + key), algorithm).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<Algorithm>> algorithms() {
        return Arbitraries.of(Algorithm.class).list().ofSize(3);
    }

    // ---- concurrent callers ---------------------------------------------------------------------------------

    private static final int RUNS = 8;
    private static final int THREADS = 8;
    private static final int CALLS_PER_KEY_PER_THREAD = 60;
    private static final int LIMIT = 300;

    /**
     * Rounds of calls from {@value #THREADS} threads released together, the clock fixed during a round and
     * moved by this thread between rounds. At one instant each algorithm grants its first few calls and refuses
     * the rest, so however the threads interleave, each key's number of grants in a round is exact: what the
     * model grants for the same number of calls at that time.
     */
    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("under concurrent callers every key gets exactly the grants its algorithm allows, never more")
    void concurrentCallersGetExactlyTheLimit() throws Exception {
        long[] roundsAtMillis = {0, 250, 1000, 1500, 2600, 2605};
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int run = 0; run < RUNS; run++) {
                RateLimiter limiter = RateLimiters.perKey(clock, key -> algorithmOf(key).create(LIMIT, nanosOf(key)));
                Map<String, Model> models = new HashMap<>();
                long start = clock.nanoTime();
                for (int round = 0; round < roundsAtMillis.length; round++) {
                    clock.advanceNanos(start + TimeUnit.MILLISECONDS.toNanos(roundsAtMillis[round]) - clock.nanoTime());
                    List<String> keys = new ArrayList<>();
                    for (Algorithm algorithm : Algorithm.values()) {
                        keys.add(algorithm + "-steady-1");
                        keys.add(algorithm + "-steady-2");
                        keys.add(algorithm + "-new-in-round-" + round);
                    }
                    Map<String, Integer> granted = concurrentRound(pool, limiter, keys);
                    for (String key : keys) {
                        Model model = models.computeIfAbsent(key, k -> algorithmOf(k).model(LIMIT, nanosOf(k)));
                        int expected = 0;
                        while (expected < THREADS * CALLS_PER_KEY_PER_THREAD && model.tryAcquire(clock.nanoTime())) {
                            expected++;
                        }
                        assertThat(granted.getOrDefault(key, 0)).as("grants to %s from %d concurrent calls at %d ms"
                                + " (round %d, run %d)", key, THREADS * CALLS_PER_KEY_PER_THREAD,
                                roundsAtMillis[round], round, run).isEqualTo(expected);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The algorithm of a key of the concurrent rounds: its name up to the first hyphen. */
    private static Algorithm algorithmOf(String key) {
        return Algorithm.valueOf(key.substring(0, key.indexOf('-')));
    }

    /** In the concurrent rounds, buckets gain a token every 10 ms and windows last 1 s. */
    private static long nanosOf(String key) {
        return (algorithmOf(key) == Algorithm.TOKEN_BUCKET ? Duration.ofMillis(10) : SECOND).toNanos();
    }

    /** Every thread calls each key {@value #CALLS_PER_KEY_PER_THREAD} times, all threads the keys in one order. */
    private static Map<String, Integer> concurrentRound(ExecutorService pool, RateLimiter limiter, List<String> keys)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Map<String, Integer>>> results = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            results.add(pool.submit(() -> {
                Map<String, Integer> mine = new HashMap<>();
                go.await();
                for (String key : keys) {
                    for (int call = 0; call < CALLS_PER_KEY_PER_THREAD; call++) {
                        if (limiter.tryAcquire(key)) {
                            mine.merge(key, 1, Integer::sum);
                        }
                    }
                }
                return mine;
            }));
        }
        go.countDown();
        Map<String, Integer> granted = new HashMap<>();
        for (Future<Map<String, Integer>> result : results) {
            result.get(10, TimeUnit.SECONDS).forEach((key, n) -> granted.merge(key, n, Integer::sum));
        }
        return granted;
    }

    // ---- design ---------------------------------------------------------------------------------------------

    /** The test's own algorithm: grants every other call, and remembers the times it was given. */
    static final class EveryOtherCall implements Limiter {
        final List<Long> times = new ArrayList<>();

        @Override
        public synchronized boolean tryAcquire(long nowNanos) {
            times.add(nowNanos);
            return times.size() % 2 == 1;
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a limiter algorithm written by the test works through a policy, with no edit (extension)")
    void algorithmWrittenByTheTestPlugsIn() {
        List<EveryOtherCall> made = new ArrayList<>();
        RateLimiter limiter = RateLimiters.perKey(clock, key -> {
            if (key.startsWith("beta:")) {
                EveryOtherCall mine = new EveryOtherCall();
                made.add(mine);
                return mine;
            }
            return RateLimiters.fixedWindow(1, SECOND);
        });
        List<Boolean> beta = DesignRules.extension("a limiter algorithm written by the test (every other call)",
                () -> {
                    List<Boolean> answers = new ArrayList<>(calls(limiter, "beta:ada", 2));
                    clock.advance(Duration.ofMillis(5));
                    answers.addAll(calls(limiter, "beta:ada", 2));
                    return answers;
                });
        assertThat(beta).as("beta:ada's four calls through the test's algorithm").containsExactly(true, false, true,
                false);
        assertThat(made).as("limiters the policy made for beta keys").hasSize(1);
        long start = clock.nanoTime() - Duration.ofMillis(5).toNanos();
        assertThat(made.get(0).times).as("the times the rate limiter passed to the test's algorithm")
                .containsExactly(start, start, clock.nanoTime(), clock.nanoTime());
        assertThat(calls(limiter, "free:bob", 2)).as("free:bob still uses a built-in algorithm")
                .containsExactly(true, false);
        assertThat(limiter.tryAcquire("beta:eve")).as("beta:eve gets a limiter of her own").isTrue();
        assertThat(made).as("limiters the policy made for beta keys").hasSize(2);
    }

    private void startedBy() {
        RateLimiters.perKey(clock, key -> RateLimiters.tokenBucket(1, SECOND)).tryAcquire("k");
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks which algorithm a limiter is: no instanceof, no switch over a type tag (open/closed)")
    void noTypeChecks() {
        DesignRules.design("dev.niche.lld.ratelimiter").startedBy(this::startedBy)
                .satisfies(DesignRules.noTypeChecks());
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("only the factories name an algorithm; the rest talks to Limiter (dependency inversion)")
    void algorithmsBehindOneInterface() {
        DesignRules.design("dev.niche.lld.ratelimiter").startedBy(this::startedBy)
                .satisfies(DesignRules.onlyThroughInterface(Limiter.class, RateLimiters.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no static mutable state: two rate limiters never share counters (explicit dependencies)")
    void noStaticMutableState() {
        DesignRules.design("dev.niche.lld.ratelimiter").startedBy(this::startedBy)
                .satisfies(DesignRules.noStaticMutableState());
    }
}

package dev.niche.concurrency.checkthenact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.Linearizability;
import dev.niche.katas.grader.concurrency.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/check-then-act", title = "Fix a cache's check-then-act", order = 2,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY, refactoring = true)
class CheckThenActTest {

    /** A loader that numbers its loads: "EUR#1", "USD#2", "EUR#3" (after an invalidate) ... */
    private static final class NumberingLoader implements Function<String, String> {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public String apply(String key) {
            return key + "#" + loads.incrementAndGet();
        }
    }

    // ---- examples: one thread, the behaviour to keep ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("get loads a key once and then serves it from memory")
    void loadsOnce() {
        NumberingLoader loader = new NumberingLoader();
        LoadingCache<String, String> cache = new LoadingCache<>(loader);
        assertThat(cache.size()).isZero();
        assertThat(cache.get("EUR")).isEqualTo("EUR#1");
        assertThat(cache.get("EUR")).isEqualTo("EUR#1");
        assertThat(cache.get("USD")).isEqualTo("USD#2");
        assertThat(cache.get("EUR")).isEqualTo("EUR#1");
        assertThat(loader.loads).hasValue(2);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("invalidate forgets one key, and the next get loads it again")
    void invalidateReloads() {
        NumberingLoader loader = new NumberingLoader();
        LoadingCache<String, String> cache = new LoadingCache<>(loader);
        cache.get("EUR");
        cache.get("USD");
        cache.invalidate("EUR");
        cache.invalidate("GBP");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("EUR")).isEqualTo("EUR#3");
        assertThat(cache.get("USD")).isEqualTo("USD#2");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a failing loader's exception reaches the caller, nothing is remembered, the next get retries")
    void failingLoaderCachesNothing() {
        AtomicInteger calls = new AtomicInteger();
        LoadingCache<String, String> cache = new LoadingCache<>(key -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("rate provider down");
            }
            return "rate of " + key;
        });
        assertThatThrownBy(() -> cache.get("EUR"))
                .isInstanceOf(IllegalStateException.class).hasMessage("rate provider down");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("EUR")).isEqualTo("rate of EUR");
        assertThat(calls).hasValue(2);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a loader that returns null gives a NullPointerException naming the key; nothing is remembered")
    void nullFromLoader() {
        LoadingCache<String, String> cache = new LoadingCache<>(key -> null);
        assertThatThrownBy(() -> cache.get("EUR"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("EUR");
        assertThat(cache.size()).isZero();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a null key or loader is rejected with a NullPointerException naming it")
    void nullArguments() {
        NumberingLoader loader = new NumberingLoader();
        LoadingCache<String, String> cache = new LoadingCache<>(loader);
        assertThatThrownBy(() -> cache.get(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> cache.invalidate(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> new LoadingCache<String, String>(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("loader");
        assertThat(loader.loads).hasValue(0);
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Two threads asking for the same key get the value of one load, never null")
    void cacheIsLinearizable() {
        Linearizability.of(CacheOperations.class)
                .startedBy(() -> new LoadingCache<String, String>(new NumberingLoader()).get("EUR"))
                .actorsPerThread(2).iterations(6).invocationsPerIteration(100)
                .modelCheck();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("8 threads asking for the same slow keys: each key is loaded exactly once")
    void slowKeysLoadOnce() {
        int threads = 8;
        int keys = 12;
        Map<Integer, AtomicInteger> loads = new ConcurrentHashMap<>();
        LoadingCache<Integer, String> cache = new LoadingCache<>(key -> {
            int load = loads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            pause(20);
            return "rate " + key + " (load " + load + ")";
        });
        AtomicReferenceArray<String> seen = new AtomicReferenceArray<>(threads * keys);
        Stress.threads(threads).run(threads + " threads reading keys 0.." + (keys - 1) + " in the same order",
                thread -> {
                    for (int key = 0; key < keys; key++) {
                        seen.set(thread * keys + key, cache.get(key));
                    }
                });
        Map<Integer, Integer> loadedTwice = new TreeMap<>();
        loads.forEach((key, count) -> {
            if (count.get() != 1) {
                loadedTwice.put(key, count.get());
            }
        });
        assertThat(loadedTwice)
                .as("each key must be loaded exactly once, but these keys were loaded more often (key=loads)")
                .isEmpty();
        for (int key = 0; key < keys; key++) {
            List<String> values = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                values.add(seen.get(thread * keys + key));
            }
            assertThat(values).as("the values the %d threads got for key %d", threads, key)
                    .containsOnly("rate " + key + " (load 1)");
        }
        assertThat(cache.size()).isEqualTo(keys);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The operations Lincheck runs concurrently on one cache over two keys. The loader numbers its loads, so
     * a key loaded twice in one generation returns two different values, which no one-at-a-time order allows.
     * {@code size} is left out: like {@code ConcurrentHashMap.size}, it is only an estimate while others write.
     */
    @Param(name = "key", gen = IntGen.class, conf = "1:2")
    public static class CacheOperations {
        private final AtomicInteger loads = new AtomicInteger();
        private final LoadingCache<Integer, String> cache =
                new LoadingCache<>(key -> key + "#" + loads.incrementAndGet());

        @Operation
        public String get(@Param(name = "key") int key) {
            return cache.get(key);
        }

        @Operation
        public void invalidate(@Param(name = "key") int key) {
            cache.invalidate(key);
        }
    }
}

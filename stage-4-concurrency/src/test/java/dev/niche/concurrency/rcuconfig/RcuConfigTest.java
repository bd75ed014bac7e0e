package dev.niche.concurrency.rcuconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.ConcurrencyFailure;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/rcu-config", title = "Read-copy-update holder: wait-free readers", order = 17,
        checkpoints = "4.3", naiveViolates = CheckKind.CONCURRENCY)
class RcuConfigTest {
    /** The settings every test update writes together; a reader checks that they agree with the version. */
    private static final List<String> STAMPED = List.of("route", "limit", "timeout");

    /** A change that sets every stamped setting to the version the update will publish. */
    static Config stampNextVersion(Config base) {
        String next = Long.toString(base.version() + 1);
        Config changed = base;
        for (String name : STAMPED) {
            changed = changed.with(name, next);
        }
        return changed;
    }

    /** Null when {@code config} is whole; otherwise what is torn about it. */
    static String tornPart(Config config) {
        String expected = config.version() == 0 ? null : Long.toString(config.version());
        Map<String, String> stamped = STAMPED.stream().filter(n -> config.get(n) != null)
                .collect(Collectors.toMap(n -> n, config::get));
        boolean whole = expected == null ? stamped.isEmpty()
                : stamped.size() == STAMPED.size() && stamped.values().stream().allMatch(expected::equals);
        return whole ? null : "version " + config.version() + " with settings " + config.settings();
    }

    // ---- examples: one thread ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("current() is the initial config until an update")
    void startsWithInitial() {
        Config initial = new Config(7, Map.of("route", "blue"));
        ConfigHolder holder = new ConfigHolder(initial);
        assertThat(holder.current()).isEqualTo(initial);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("update applies the change, numbers it version + 1, publishes and returns it")
    void updatePublishesNextVersion() {
        ConfigHolder holder = new ConfigHolder(Config.empty());
        Config first = holder.update(c -> c.with("route", "green"));
        assertThat(first).isEqualTo(new Config(1, Map.of("route", "green")));
        assertThat(holder.current()).isEqualTo(first);
        Config second = holder.update(c -> c.with("limit", "100").withVersion(42));
        assertThat(second).as("the holder numbers versions, whatever the change returned")
                .isEqualTo(new Config(2, Map.of("route", "green", "limit", "100")));
        assertThat(holder.current()).isEqualTo(second);
        assertThat(first.settings()).as("the earlier config is untouched").isEqualTo(Map.of("route", "green"));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("null initial config or change is rejected, naming it")
    void rejectsNulls() {
        assertThatThrownBy(() -> new ConfigHolder(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("initial");
        ConfigHolder holder = new ConfigHolder(Config.empty());
        assertThatThrownBy(() -> holder.update(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("change");
        assertThat(holder.current()).isEqualTo(Config.empty());
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a change that throws or returns null publishes nothing")
    void failedChangePublishesNothing() {
        ConfigHolder holder = new ConfigHolder(Config.empty());
        Config before = holder.update(c -> c.with("route", "blue"));
        IllegalStateException boom = new IllegalStateException("bad route");
        assertThatThrownBy(() -> holder.update(c -> {
            throw boom;
        })).isSameAs(boom);
        assertThatThrownBy(() -> holder.update(c -> null)).isInstanceOf(NullPointerException.class);
        assertThat(holder.current()).isEqualTo(before);
        assertThat(holder.update(c -> c).version()).as("the next update still gets version 2").isEqualTo(2);
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("readers never see a torn config while writers update; every update is applied once")
    void readersNeverSeeTornConfigs() {
        int writers = 2;
        int updatesEach = 5_000;
        ConfigHolder holder = new ConfigHolder(Config.empty());
        AtomicInteger writersDone = new AtomicInteger();
        ConcurrentLinkedQueue<Long> published = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong badReads = new AtomicLong();
        AtomicReference<String> firstBadRead = new AtomicReference<>();
        Stress.threads(4).timeLimit(Duration.ofSeconds(8)).run("2 writers updating while 2 readers read", thread -> {
            if (thread < writers) {
                try {
                    for (int i = 0; i < updatesEach; i++) {
                        published.add(holder.update(RcuConfigTest::stampNextVersion).version());
                    }
                } finally {
                    writersDone.incrementAndGet();
                }
                return;
            }
            long lastVersion = 0;
            while (writersDone.get() < writers) {
                Config seen = holder.current();
                reads.incrementAndGet();
                String problem = tornPart(seen);
                if (problem != null) {
                    problem = "a torn config, " + problem + " (written while it was being read)";
                } else if (seen.version() < lastVersion) {
                    problem = "version " + seen.version() + " after version " + lastVersion + " (an update built"
                            + " on an outdated config overwrote newer ones: a lost update)";
                }
                if (problem != null) {
                    badReads.incrementAndGet();
                    firstBadRead.compareAndSet(null, "thread-" + thread + " read " + problem);
                }
                lastVersion = Math.max(lastVersion, seen.version());
            }
        });
        long updates = (long) writers * updatesEach;
        if (badReads.get() > 0) {
            throw new ConcurrencyFailure(badReads.get() + " of " + reads.get() + " reads saw a config that was never"
                    + " published as it was read (every update sets " + STAMPED + " to its new version, together,"
                    + " and a reader's versions never go back); the first: " + firstBadRead.get());
        }
        assertThat(published.stream().sorted().collect(Collectors.toList()))
                .as("versions returned by %d updates (each must be applied once, to the config just before it)",
                        updates)
                .isEqualTo(LongStream.rangeClosed(1, updates).boxed().collect(Collectors.toList()));
        assertThat(holder.current().version()).as("final version after %d updates", updates).isEqualTo(updates);
        assertThat(tornPart(holder.current())).as("the final config").isNull();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("readers are not blocked by a slow update")
    void readersDoNotWaitForWriters() {
        int readers = 2;
        int readsEach = 1_000;
        ConfigHolder holder = new ConfigHolder(Config.empty());
        CountDownLatch changeRunning = new CountDownLatch(1);
        CountDownLatch readersDone = new CountDownLatch(readers);
        AtomicLong newVersionsSeen = new AtomicLong();
        Stress slowUpdate = Stress.threads(1 + readers).timeLimit(Duration.ofSeconds(3));
        try {
            slowUpdate.run("1 writer whose change waits for 2 readers to read 1000 times each", thread -> {
                if (thread == 0) {
                    holder.update(c -> {
                        changeRunning.countDown();
                        awaitReaders(readersDone);
                        return stampNextVersion(c);
                    });
                    return;
                }
                changeRunning.await();
                for (int i = 0; i < readsEach; i++) {
                    if (holder.current().version() != 0) {
                        newVersionsSeen.incrementAndGet();
                    }
                }
                readersDone.countDown();
            });
        } catch (ConcurrencyFailure stuck) {
            if (!stuck.getMessage().contains("did not finish")) {
                throw stuck;
            }
            throw new ConcurrencyFailure("readers could not read while an update was running: current() waits"
                    + " for update (a shared lock, a read lock, or a wait until the update is done), so every request"
                    + " stalls for as long as the slowest change. " + stuck.getMessage());
        }
        assertThat(newVersionsSeen.get()).as("reads that returned the update before it was published").isZero();
        assertThat(holder.current().version()).as("version once the slow update finished").isEqualTo(1);
    }

    /** Inside the slow change: wait for the readers, but not forever (the run's time limit reports them). */
    private static void awaitReaders(CountDownLatch readersDone) {
        try {
            readersDone.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.niche.concurrency.gochannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.TimeLimit;
import dev.niche.katas.grader.concurrency.BackgroundCall;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "concurrency/go-channel", title = "Go channels: rendezvous, buffer, close and select", order = 8,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the order of this file: one rule at a time, then stress
class GoChannelTest {
    /** Limit of the stress runs whose failure mode is a thread that never wakes up. */
    private static final Duration WAKE_UP_LIMIT = Duration.ofSeconds(4);

    // ---- examples: one thread, one rule at a time ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("capacity is 0 when unbuffered, n when buffered; a buffer below 1 is refused")
    void capacity() {
        assertThat(Channel.unbuffered().capacity()).isZero();
        assertThat(Channel.buffered(3).capacity()).isEqualTo(3);
        for (int bad : new int[] {0, -2}) {
            assertThatThrownBy(() -> Channel.buffered(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        }
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a buffered channel delivers its values in the order they were sent")
    void bufferedIsFifo() throws InterruptedException {
        Channel<String> jobs = Channel.buffered(3);
        jobs.send("a");
        jobs.send("b");
        jobs.send("c");
        assertThat(jobs.receive()).isEqualTo(Received.of("a"));
        jobs.send("d");
        assertThat(jobs.receive()).isEqualTo(Received.of("b"));
        assertThat(jobs.receive()).isEqualTo(Received.of("c"));
        assertThat(jobs.receive()).isEqualTo(Received.of("d"));
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("send(null) is refused before it could wait, on both kinds of channel")
    void nullIsRefused() {
        for (Channel<String> channel : List.of(Channel.<String>unbuffered(), Channel.<String>buffered(1))) {
            assertThatThrownBy(() -> channel.send(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
        }
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a closed channel still delivers what it holds, then answers ok == false every time")
    void closedChannelDrainsThenReportsClosed() throws InterruptedException {
        Channel<String> jobs = Channel.buffered(2);
        jobs.send("x");
        jobs.send("y");
        jobs.close();
        assertThat(jobs.receive()).isEqualTo(Received.of("x"));
        assertThat(jobs.receive()).isEqualTo(Received.of("y"));
        assertThat(jobs.receive()).isEqualTo(Received.closed());
        assertThat(jobs.receive()).isEqualTo(Received.closed());
        Channel<String> done = Channel.unbuffered();
        done.close();
        assertThat(done.receive()).isEqualTo(Received.closed());
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("send on a closed channel, and a second close, throw ChannelClosedException")
    void sendOnClosedAndCloseTwiceFail() throws InterruptedException {
        for (Channel<String> channel : List.of(Channel.<String>unbuffered(), Channel.<String>buffered(2))) {
            channel.close();
            assertThatThrownBy(() -> channel.send("late")).isInstanceOf(ChannelClosedException.class);
            assertThatThrownBy(channel::close).isInstanceOf(ChannelClosedException.class);
            assertThat(channel.receive()).isEqualTo(Received.closed());
        }
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("select runs its default, and takes nothing, when no case is ready")
    void selectDefault() throws InterruptedException {
        Channel<String> unbuffered = Channel.unbuffered();
        Channel<String> empty = Channel.buffered(2);
        List<String> ran = new ArrayList<>();
        Select.create()
                .receive(unbuffered, got -> ran.add("unbuffered " + got))
                .receive(empty, got -> ran.add("buffered " + got))
                .orDefault(() -> ran.add("default"))
                .run();
        assertThat(ran).containsExactly("default");
    }

    @Test
    @Order(7)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("select takes one value from the ready case only, and leaves the others alone")
    void selectTakesFromTheReadyCase() throws InterruptedException {
        Channel<String> quiet = Channel.buffered(2);
        Channel<String> busy = Channel.buffered(2);
        busy.send("b1");
        busy.send("b2");
        List<String> ran = new ArrayList<>();
        Select.create()
                .receive(quiet, got -> ran.add("quiet " + got))
                .receive(busy, got -> ran.add("busy " + got))
                .orDefault(() -> ran.add("default"))
                .run();
        assertThat(ran).containsExactly("busy " + Received.of("b1"));
        assertThat(busy.receive()).isEqualTo(Received.of("b2"));
    }

    @Test
    @Order(8)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a closed channel is a ready case: its handler gets ok == false and the default does not run")
    void selectSeesClose() throws InterruptedException {
        Channel<String> quit = Channel.unbuffered();
        quit.close();
        List<Object> ran = new ArrayList<>();
        Select.create().receive(quit, ran::add).orDefault(() -> ran.add("default")).run();
        assertThat(ran).containsExactly(Received.closed());
    }

    @Test
    @Order(9)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a select without a receive case is refused")
    void selectNeedsACase() {
        assertThatThrownBy(() -> Select.create().orDefault(() -> { }).run())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Order(10)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("select picks at random among ready cases, so a busy channel cannot starve another")
    void selectIsFair() throws InterruptedException {
        int each = 200;
        Channel<Integer> left = Channel.buffered(each);
        Channel<Integer> right = Channel.buffered(each);
        for (int i = 0; i < each; i++) {
            left.send(i);
            right.send(i);
        }
        List<Integer> fromLeft = new ArrayList<>();
        List<Integer> fromRight = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            Select.create().receive(left, got -> fromLeft.add(got.value()))
                    .receive(right, got -> fromRight.add(got.value())).run();
        }
        // Each side is expected 100 times with a spread of 7; under 50 is more than 7 spreads away.
        assertThat(fromLeft.size()).as("selects that chose the first case, of %d with both always ready", each)
                .isBetween(50, 150);
        assertThat(fromLeft).as("values from the first channel, in order").isEqualTo(prefix(fromLeft.size()));
        assertThat(fromRight).as("values from the second channel, in order").isEqualTo(prefix(fromRight.size()));
    }

    // ---- concurrency: threads put in known states first, so each check fails the same way every run ----

    @Test
    @Order(11)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("an unbuffered send waits until a receiver has taken its value (rendezvous)")
    void unbufferedSendWaitsForReceiver() throws InterruptedException {
        Channel<String> jobs = Channel.unbuffered();
        BackgroundCall sender = BackgroundCall.start("send(\"job-1\") on an unbuffered channel",
                () -> jobs.send("job-1"));
        awaitWaitingOrDone(sender);
        if (!sender.thread().isAlive()) {
            sender.rethrow();
            fail("send(\"job-1\") on an unbuffered channel returned while no receiver had taken the value: the"
                    + " sender must wait for the hand-off (a one-slot buffer is not a rendezvous)");
        }
        assertThat(jobs.receive()).isEqualTo(Received.of("job-1"));
        sender.awaitDone();
    }

    @Test
    @Order(12)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("an unbuffered receive waits for a sender, and a waiting select takes from one")
    void receiveAndSelectWaitForSender() throws InterruptedException {
        Channel<String> jobs = Channel.unbuffered();
        AtomicReference<Received<String>> got = new AtomicReference<>();
        BackgroundCall receiver = BackgroundCall.start("receive() on an empty unbuffered channel",
                () -> got.set(jobs.receive()));
        awaitWaitingOrDone(receiver);
        assertThat(receiver.thread().isAlive()).as("receive() returned from an empty open channel: %s", got.get())
                .isTrue();
        jobs.send("job-1");
        receiver.awaitDone();
        assertThat(got.get()).isEqualTo(Received.of("job-1"));

        Channel<String> other = Channel.buffered(1);
        ConcurrentLinkedQueue<String> handled = new ConcurrentLinkedQueue<>();
        BackgroundCall selector = BackgroundCall.start("select over two empty channels", () -> Select.create()
                .receive(jobs, r -> handled.add("jobs " + r.value()))
                .receive(other, r -> handled.add("other " + r.value())).run());
        awaitWaitingOrDone(selector);
        assertThat(selector.thread().isAlive())
                .as("a select without default returned with no case ready; it ran %s", handled).isTrue();
        jobs.send("job-2");
        selector.awaitDone();
        assertThat(handled).containsExactly("jobs job-2");
    }

    @Test
    @Order(13)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("a select with default takes the value of a sender waiting on an unbuffered channel")
    void selectDefaultTakesFromWaitingSender() throws InterruptedException {
        Channel<String> jobs = Channel.unbuffered();
        BackgroundCall sender = BackgroundCall.start("send(\"job-1\") on an unbuffered channel",
                () -> jobs.send("job-1"));
        awaitWaitingOrDone(sender);
        List<String> ran = new ArrayList<>();
        Select.create().receive(jobs, r -> ran.add(r.value())).orDefault(() -> ran.add("default")).run();
        assertThat(ran).as("a sender was waiting, so the case was ready").containsExactly("job-1");
        sender.awaitDone();
    }

    @Test
    @Order(14)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("close wakes every receiver and select waiting on the channel, and each gets ok == false")
    void closeWakesEveryReceiver() {
        for (Channel<String> channel : List.of(Channel.<String>unbuffered(), Channel.<String>buffered(2))) {
            int waiters = 4;
            AtomicReferenceArray<Thread> started = new AtomicReferenceArray<>(waiters);
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            String kind = channel.capacity() == 0 ? "unbuffered" : "buffered";
            Stress.threads(waiters + 1).timeLimit(WAKE_UP_LIMIT).run(waiters + " threads waiting on an empty "
                    + kind + " channel (3 in receive(), 1 in a select), then a close", thread -> {
                if (thread == waiters) {
                    awaitWaitingOrDone(started);
                    channel.close();
                    return;
                }
                started.set(thread, Thread.currentThread());
                if (thread == 0) {
                    AtomicReference<Received<String>> got = new AtomicReference<>();
                    Select.create().receive(channel, got::set).run();
                    check(wrong, "select", got.get());
                } else {
                    check(wrong, "receive()", channel.receive());
                }
            });
            assertThat(wrong).as("what the waiting threads got from the closed %s channel", kind).isEmpty();
        }
    }

    @Test
    @Order(15)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("close makes every waiting sender throw ChannelClosedException, and delivers none of their values")
    void closeFailsEverySender() throws InterruptedException {
        for (Channel<String> channel : List.of(Channel.<String>unbuffered(), Channel.<String>buffered(1))) {
            String kind = channel.capacity() == 0 ? "unbuffered" : "full buffered";
            if (channel.capacity() > 0) {
                channel.send("before");
            }
            int senders = 3;
            AtomicReferenceArray<Thread> started = new AtomicReferenceArray<>(senders);
            ConcurrentLinkedQueue<String> returned = new ConcurrentLinkedQueue<>();
            Stress.threads(senders + 1).timeLimit(WAKE_UP_LIMIT).run(senders + " threads waiting in send() on "
                    + (channel.capacity() == 0 ? "an " : "a ") + kind + " channel, then a close", thread -> {
                if (thread == senders) {
                    awaitWaitingOrDone(started);
                    channel.close();
                    return;
                }
                started.set(thread, Thread.currentThread());
                try {
                    channel.send("late-" + thread);
                    returned.add("late-" + thread);
                } catch (ChannelClosedException expected) {
                    // the sender learns that its value will never be received
                }
            });
            assertThat(returned).as("sends on the %s channel that returned normally although it was closed before"
                    + " any receiver took their value", kind).isEmpty();
            List<Received<String>> left = new ArrayList<>();
            for (Received<String> r = channel.receive(); r.ok(); r = channel.receive()) {
                left.add(r);
            }
            assertThat(left).as("what the closed %s channel still delivered", kind)
                    .isEqualTo(channel.capacity() == 0 ? List.of() : List.of(Received.of("before")));
        }
    }

    // ---- concurrency: stress runs with exact invariants ----

    @Test
    @Order(16)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("unbuffered, 3 senders and 3 receivers: every value received exactly once, no send ahead of a"
            + " receiver")
    void stressUnbuffered() {
        stressSendReceive(Channel.unbuffered());
    }

    @Test
    @Order(17)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("buffered (capacity 1, then 4), 3 senders and 3 receivers: every value received exactly once,"
            + " capacity never exceeded")
    void stressBuffered() {
        stressSendReceive(Channel.buffered(1));
        stressSendReceive(Channel.buffered(4));
    }

    @Test
    @Order(18)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("select over 3 channels: one handler per run, every value handled exactly once")
    void stressSelect() {
        List<Channel<Integer>> channels = List.of(Channel.unbuffered(), Channel.buffered(1), Channel.buffered(3));
        int perChannel = 300;
        int consumers = 3;
        Counts counts = new Counts(channels);
        ConcurrentLinkedQueue<Integer> handled = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        Stress.threads(channels.size() + consumers).run("3 senders, one per channel (unbuffered, buffered 1,"
                + " buffered 3), each closing its channel when done; 3 receivers selecting over the open ones",
                thread -> {
            if (thread < channels.size()) {
                Channel<Integer> channel = channels.get(thread);
                try {
                    for (int i = 0; i < perChannel; i++) {
                        counts.sent(channel, thread * perChannel + i, violations);
                    }
                } finally {
                    channel.close();
                }
                return;
            }
            List<Channel<Integer>> open = new ArrayList<>(channels);
            boolean withDefault = thread == channels.size();
            while (!open.isEmpty()) {
                List<Received<Integer>> got = new ArrayList<>();
                List<Channel<Integer>> from = new ArrayList<>();
                Select select = Select.create();
                for (Channel<Integer> channel : open) {
                    counts.entering(channel);
                    select.receive(channel, r -> {
                        got.add(r);
                        from.add(channel);
                    });
                }
                if (withDefault) {
                    select.orDefault(() -> { });
                }
                select.run();
                if (got.isEmpty() && withDefault) {
                    Channel<Integer> first = open.get(0);
                    counts.entering(first);
                    got.add(first.receive());
                    from.add(first);
                }
                if (got.size() != 1) {
                    violations.add("a select ran " + got.size() + " handlers in one run: " + got);
                }
                for (int i = 0; i < got.size(); i++) {
                    if (got.get(i).ok()) {
                        handled.add(got.get(i).value());
                    } else {
                        open.remove(from.get(i));
                    }
                }
            }
        });
        assertThat(violations).as("broken rules").isEmpty();
        assertExactlyOnce(handled, channels.size() * perChannel);
    }

    private static void stressSendReceive(Channel<Integer> channel) {
        int senders = 3;
        int receivers = 3;
        int perSender = 300;
        Counts counts = new Counts(List.of(channel));
        AtomicInteger sendersLeft = new AtomicInteger(senders);
        ConcurrentLinkedQueue<Integer> received = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        String kind = channel.capacity() == 0 ? "an unbuffered channel" : "a channel of capacity " + channel.capacity();
        Stress.threads(senders + receivers).run(senders + " senders of " + perSender + " values each and "
                + receivers + " receivers on " + kind + "; the last sender closes it", thread -> {
            if (thread < senders) {
                try {
                    for (int i = 0; i < perSender; i++) {
                        counts.sent(channel, thread * perSender + i, violations);
                    }
                } finally {
                    if (sendersLeft.decrementAndGet() == 0) {
                        channel.close();
                    }
                }
                return;
            }
            while (true) {
                counts.entering(channel);
                Received<Integer> got = channel.receive();
                if (!got.ok()) {
                    return;
                }
                received.add(got.value());
            }
        });
        assertThat(violations).as("broken rules").isEmpty();
        assertExactlyOnce(received, senders * perSender);
    }

    /**
     * Per channel: receives (and selects) entered, and sends returned. When a send returns, its value is in the
     * buffer or in the hands of a receive that had started, so sends returned minus receives started can never
     * exceed the capacity; for an unbuffered channel, that is the rendezvous.
     */
    private static final class Counts {
        private final Map<Channel<Integer>, AtomicInteger> entered = new IdentityHashMap<>();
        private final Map<Channel<Integer>, AtomicInteger> sent = new IdentityHashMap<>();

        Counts(List<Channel<Integer>> channels) {
            channels.forEach(c -> {
                entered.put(c, new AtomicInteger());
                sent.put(c, new AtomicInteger());
            });
        }

        void entering(Channel<Integer> channel) {
            entered.get(channel).incrementAndGet();
        }

        void sent(Channel<Integer> channel, int value, ConcurrentLinkedQueue<String> violations)
                throws InterruptedException {
            channel.send(value);
            int returned = sent.get(channel).incrementAndGet();
            int receiving = entered.get(channel).get();
            if (returned - receiving > channel.capacity()) {
                violations.add("send(" + value + ") returned as send number " + returned + " when only " + receiving
                        + " receives had started on a channel of capacity " + channel.capacity() + ": "
                        + (returned - receiving) + " values were sent but not taken");
            }
        }
    }

    private static void assertExactlyOnce(ConcurrentLinkedQueue<Integer> received, int values) {
        Map<Integer, Integer> times = new TreeMap<>();
        received.forEach(v -> times.merge(v, 1, Integer::sum));
        List<Integer> lost = IntStream.range(0, values).filter(v -> !times.containsKey(v)).boxed()
                .collect(Collectors.toList());
        Map<Integer, Integer> duplicated = times.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(lost).as("values sent but never received (of %d)", values).isEmpty();
        assertThat(duplicated).as("values received more than once (value=times)").isEmpty();
        assertThat(times.keySet()).as("values received that nobody sent").allMatch(v -> v >= 0 && v < values);
    }

    private static void check(ConcurrentLinkedQueue<String> wrong, String who, Received<String> got) {
        if (!Received.closed().equals(got)) {
            wrong.add(who + " got " + got + " instead of Received.closed()");
        }
    }

    private static List<Integer> prefix(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    /** Waits until every thread has registered and is waiting (parked) or finished. Waits; asserts nothing. */
    private static void awaitWaitingOrDone(AtomicReferenceArray<Thread> threads) throws InterruptedException {
        for (int i = 0; i < threads.length(); i++) {
            Thread t = threads.get(i);
            while (t == null || !isWaitingOrDone(t)) {
                TimeUnit.MILLISECONDS.sleep(1);
                t = threads.get(i);
            }
        }
    }

    private static boolean isWaitingOrDone(Thread t) {
        Thread.State state = t.getState();
        return state == Thread.State.WAITING || state == Thread.State.TERMINATED;
    }

    /**
     * Waits until {@code call} is parked (waiting for someone) or has finished; fails, naming where it is, if it
     * does neither within {@link BackgroundCall#PATIENCE}.
     */
    private static void awaitWaitingOrDone(BackgroundCall call) {
        if (!call.blocksWithin(TimeLimit.scaled(BackgroundCall.PATIENCE)) && call.thread().isAlive()) {
            fail(call.thread().getName() + " neither waited nor finished within "
                    + TimeLimit.scaled(BackgroundCall.PATIENCE).toMillis() + " ms; it is " + call.thread().getState()
                    + ", " + call.where());
        }
    }
}

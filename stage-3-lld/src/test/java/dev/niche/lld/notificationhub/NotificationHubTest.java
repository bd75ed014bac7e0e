package dev.niche.lld.notificationhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import dev.niche.lld.notificationhub.channels.EmailChannel;
import dev.niche.lld.notificationhub.channels.FakeChannel;
import dev.niche.lld.notificationhub.channels.FakeChannel.Sent;
import dev.niche.lld.notificationhub.channels.PushChannel;
import dev.niche.lld.notificationhub.channels.SmsChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
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

@Kata(id = "lld/notification-hub", title = "Notification hub: observer, channels, a retry decorator", order = 70,
        checkpoints = "3.3", naiveViolates = CheckKind.DESIGN)
class NotificationHubTest {

    /** The test's clock: a pause moves time forward at once and is remembered. */
    static final class Ticks implements TickClock {
        final List<Long> pauses = new ArrayList<>();
        long now;

        @Override
        public long now() {
            return now;
        }

        @Override
        public void pause(long ticks) {
            pauses.add(ticks);
            now += ticks;
        }
    }

    private final Ticks clock = new Ticks();
    private final EmailChannel email = new EmailChannel();
    private final SmsChannel sms = new SmsChannel();
    private final PushChannel push = new PushChannel();

    private static Sent sent(String recipient, long id, String topic, String text) {
        return new Sent(recipient, new Message(id, topic, text));
    }

    // ---- examples ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("a message reaches every subscriber of its topic once, in the order they subscribed")
    void publishReachesEverySubscriber() {
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("order-shipped", "ada@example.org", email);
        hub.subscribe("order-shipped", "+4915112345678", sms);
        hub.subscribe("price-drop", "device-7f3a", push);
        hub.subscribe("order-shipped", "device-7f3a", push);

        Receipt receipt = hub.publish("order-shipped", "Your tea is on its way");
        assertThat(receipt).isEqualTo(new Receipt(new Message(1, "order-shipped", "Your tea is on its way"),
                List.of("ada@example.org", "+4915112345678", "device-7f3a"), List.of()));
        assertThat(email.outbox())
                .containsExactly(sent("ada@example.org", 1, "order-shipped", "Your tea is on its way"));
        assertThat(sms.outbox()).containsExactly(sent("+4915112345678", 1, "order-shipped", "Your tea is on its way"));
        assertThat(push.outbox()).as("push: subscribed to both topics, sent only the published one")
                .containsExactly(sent("device-7f3a", 1, "order-shipped", "Your tea is on its way"));
    }

    @Test
    @DisplayName("a cancelled subscriber gets nothing more; cancelling twice is harmless")
    void cancelledSubscribersGetNothing() {
        NotificationHub hub = Notifications.newHub();
        Subscription ada = hub.subscribe("news", "ada@example.org", email);
        hub.subscribe("news", "bob@example.org", email);
        hub.publish("news", "first");
        ada.cancel();
        ada.cancel();
        assertThat(hub.publish("news", "second").delivered()).as("recipients of the second message")
                .containsExactly("bob@example.org");
        assertThat(email.outbox()).extracting(s -> s.recipient() + ": " + s.message().text())
                .containsExactly("ada@example.org: first", "bob@example.org: first", "bob@example.org: second");
        hub.subscribe("news", "ada@example.org", email);
        assertThat(hub.publish("news", "third").delivered()).as("ada subscribed again, after bob now")
                .containsExactly("bob@example.org", "ada@example.org");
    }

    @Test
    @DisplayName("subscribing again through the same channel delivers once; through another channel, twice")
    void subscribingTwiceDeliversOnce() {
        NotificationHub hub = Notifications.newHub();
        Subscription first = hub.subscribe("news", "ada@example.org", email);
        Subscription again = hub.subscribe("news", "ada@example.org", email);
        hub.subscribe("news", "ada@example.org", new EmailChannel());
        assertThat(hub.publish("news", "hello").delivered()).as("two channels, so two deliveries")
                .containsExactly("ada@example.org", "ada@example.org");
        assertThat(email.outbox()).as("the channel subscribed twice").hasSize(1);
        again.cancel();
        assertThat(hub.publish("news", "bye").delivered()).as("after cancelling the second handle")
                .containsExactly("ada@example.org");
        first.cancel();
        assertThat(email.outbox()).as("the channel whose subscription was cancelled").hasSize(1);
    }

    @Test
    @DisplayName("message numbers count from 1 per hub, whether anyone listens or not")
    void messagesAreNumbered() {
        NotificationHub hub = Notifications.newHub();
        assertThat(hub.publish("nobody-listens", "a")).isEqualTo(
                new Receipt(new Message(1, "nobody-listens", "a"), List.of(), List.of()));
        hub.subscribe("news", "ada@example.org", email);
        assertThat(hub.publish("news", "b").message().id()).isEqualTo(2);
        assertThat(Notifications.newHub().publish("news", "c").message().id()).as("a new hub starts at 1")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a failing channel does not stop the others, and the receipt says who did not get it")
    void failureIsIsolated() {
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("news", "ada@example.org", email);
        hub.subscribe("news", "+4915112345678", sms);
        hub.subscribe("news", "not-a-phone-number", sms);
        hub.subscribe("news", "device-1", push);
        email.failNext(1);
        Receipt receipt = hub.publish("news", "hi");
        assertThat(receipt.delivered()).containsExactly("+4915112345678", "device-1");
        assertThat(receipt.failed()).as("email down, and an address SMS cannot reach")
                .containsExactly("ada@example.org", "not-a-phone-number");
        assertThat(email.outbox()).isEmpty();
        assertThat(clock.pauses).as("no retries without the retry decorator").isEmpty();
    }

    @Test
    @DisplayName("retry: two failures, then success on the third attempt, after waits of 5 and 10 ticks")
    void retryBacksOff() {
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("news", "ada@example.org", Notifications.retrying(email, 3, 5, clock));
        email.failNext(2);
        Receipt receipt = hub.publish("news", "hi");
        assertThat(receipt.delivered()).containsExactly("ada@example.org");
        assertThat(email.attempts()).as("attempts").isEqualTo(3);
        assertThat(clock.pauses).as("waits before retries 1 and 2").containsExactly(5L, 10L);
        assertThat(email.outbox()).as("delivered once").hasSize(1);
    }

    @Test
    @DisplayName("retry gives up after its last retry, and the subscriber is listed as failed")
    void retryGivesUp() {
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("news", "+4915112345678", Notifications.retrying(sms, 2, 1, clock));
        hub.subscribe("news", "device-1", Notifications.retrying(push, 0, 1, clock));
        sms.failNext(4);
        push.failNext(1);
        Receipt receipt = hub.publish("news", "hi");
        assertThat(receipt.failed()).containsExactly("+4915112345678", "device-1");
        assertThat(sms.attempts()).as("SMS attempts with 2 retries").isEqualTo(3);
        assertThat(push.attempts()).as("push attempts with 0 retries").isEqualTo(1);
        assertThat(clock.pauses).as("waits: before SMS retries 1 and 2, none after the last").containsExactly(1L, 2L);
        assertThat(hub.publish("news", "again").delivered())
                .as("the next message: SMS fails once more, then gets through on its first retry")
                .containsExactly("+4915112345678", "device-1");
        assertThat(sms.attempts()).as("SMS attempts after the second message").isEqualTo(5);
        assertThat(clock.pauses).as("all waits so far").containsExactly(1L, 2L, 1L);
    }

    @Test
    @DisplayName("bad input is rejected by name")
    void badInput() {
        NotificationHub hub = Notifications.newHub();
        assertThatThrownBy(() -> hub.subscribe(null, "ada@example.org", email))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("topic");
        assertThatThrownBy(() -> hub.subscribe(" ", "ada@example.org", email))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topic");
        assertThatThrownBy(() -> hub.subscribe("news", null, email)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("recipient");
        assertThatThrownBy(() -> hub.subscribe("news", "", email)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recipient");
        assertThatThrownBy(() -> hub.subscribe("news", "ada@example.org", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> hub.publish(null, "hi")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> hub.publish("", "hi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> hub.publish("news", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> Notifications.retrying(null, 1, 1, clock)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> Notifications.retrying(email, 1, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("clock");
        assertThatThrownBy(() -> Notifications.retrying(email, -1, 1, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Notifications.retrying(email, 17, 1, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> Notifications.retrying(email, 1, 0, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstBackoffTicks");
        assertThatThrownBy(() -> Notifications.retrying(email, 1, 1_000_001, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstBackoffTicks");
        assertThat(hub.publish("news", "").message().id()).as("nothing was published before").isEqualTo(1);
    }

    // ---- properties ----------------------------------------------------------------------------------------

    /**
     * One step of the property. Subscribe: topic, person, channel (0 email, 1 SMS, 2 push, 3 email with one
     * retry). Cancel: the handle with that index, if any. Fail: the next {@code b} attempts of fake {@code a}.
     * Publish: topic {@code a}.
     */
    record Step(String what, int a, int b, int c) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> subscribe = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3))
                .as((topic, person, channel) -> new Step("subscribe", topic, person, channel));
        Arbitrary<Step> cancel = Arbitraries.integers().between(0, 9).map(i -> new Step("cancel", i, 0, 0));
        Arbitrary<Step> fail = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 3)).as((fake, times) -> new Step("fail", fake, times, 0));
        Arbitrary<Step> publish = Arbitraries.integers().between(0, 1).map(t -> new Step("publish", t, 0, 0));
        return Arbitraries.frequencyOf(Tuple.of(4, subscribe), Tuple.of(2, cancel),
                Tuple.of(1, fail), Tuple.of(3, publish)).list().ofMaxSize(40);
    }

    /** A subscription in the model. */
    static final class ModelSubscription {
        final int topic;
        final int person;
        final int channel;
        boolean active = true;

        ModelSubscription(int topic, int person, int channel) {
            this.topic = topic;
            this.person = person;
            this.channel = channel;
        }
    }

    @Property(tries = 300)
    @Label("each current subscriber gets each message once per successful delivery; cancelled ones get nothing")
    void deliveriesMatchTheModel(@ForAll("steps") List<Step> steps) {
        String[] topics = {"news", "deals"};
        List<FakeChannel> fakes = List.of(new EmailChannel(), new SmsChannel(), new PushChannel());
        List<Channel> channels = List.of(fakes.get(0), fakes.get(1), fakes.get(2),
                Notifications.retrying(fakes.get(0), 1, 1, new Ticks()));
        IntFunction<String> emailOf = p -> "p" + p + "@example.org";
        IntFunction<String> phoneOf = p -> "+4915100000" + p;
        IntFunction<String> deviceOf = p -> "device-" + p;
        List<IntFunction<String>> address = List.of(emailOf, phoneOf, deviceOf, emailOf);
        int[] fakeOf = {0, 1, 2, 0};

        NotificationHub hub = Notifications.newHub();
        List<Subscription> handles = new ArrayList<>();
        List<ModelSubscription> modelHandles = new ArrayList<>();
        List<ModelSubscription> order = new ArrayList<>();
        int[] failuresToCome = new int[3];
        int[] attempts = new int[3];
        List<List<Sent>> outboxes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long id = 0;
        List<Step> done = new ArrayList<>();
        for (Step step : steps) {
            done.add(step);
            switch (step.what()) {
                case "subscribe" -> {
                    handles.add(hub.subscribe(topics[step.a()], address.get(step.c()).apply(step.b()),
                            channels.get(step.c())));
                    ModelSubscription existing = order.stream().filter(s -> s.topic == step.a()
                            && s.person == step.b() && s.channel == step.c()).findFirst().orElse(null);
                    if (existing == null) {
                        existing = new ModelSubscription(step.a(), step.b(), step.c());
                        order.add(existing);
                    }
                    modelHandles.add(existing);
                }
                case "cancel" -> {
                    if (step.a() < handles.size()) {
                        handles.get(step.a()).cancel();
                        ModelSubscription cancelled = modelHandles.get(step.a());
                        cancelled.active = false;
                        order.remove(cancelled);
                    }
                }
                case "fail" -> {
                    fakes.get(step.a()).failNext(step.b());
                    failuresToCome[step.a()] += step.b();
                }
                default -> {
                    id++;
                    Message message = new Message(id, topics[step.a()], "message " + id);
                    List<String> delivered = new ArrayList<>();
                    List<String> failed = new ArrayList<>();
                    for (ModelSubscription s : order) {
                        if (s.topic != step.a()) {
                            continue;
                        }
                        int fake = fakeOf[s.channel];
                        String recipient = address.get(s.channel).apply(s.person);
                        int tries = s.channel == 3 ? 2 : 1;
                        boolean ok = false;
                        for (int t = 0; t < tries && !ok; t++) {
                            attempts[fake]++;
                            if (failuresToCome[fake] > 0) {
                                failuresToCome[fake]--;
                            } else {
                                ok = true;
                            }
                        }
                        if (ok) {
                            outboxes.get(fake).add(new Sent(recipient, message));
                            delivered.add(recipient);
                        } else {
                            failed.add(recipient);
                        }
                    }
                    assertThat(hub.publish(message.topic(), message.text())).as("the receipt after %s", done)
                            .isEqualTo(new Receipt(message, delivered, failed));
                }
            }
        }
        for (int f = 0; f < 3; f++) {
            assertThat(fakes.get(f).outbox()).as("what %s delivered after %s", fakes.get(f).getClass().getSimpleName(),
                    steps).isEqualTo(outboxes.get(f));
            assertThat(fakes.get(f).attempts()).as("attempts of %s after %s", fakes.get(f).getClass().getSimpleName(),
                    steps).isEqualTo(attempts[f]);
        }
    }

    @Property(tries = 200)
    @Label("a failing channel is tried at most maxRetries + 1 times, the waits doubling from the first backoff")
    void retriesAreBounded(@ForAll @IntRange(min = 0, max = 6) int maxRetries,
            @ForAll @IntRange(min = 1, max = 9) int backoff, @ForAll @IntRange(min = 0, max = 9) int failures,
            @ForAll @IntRange(min = 0, max = 2) int kind) {
        FakeChannel fake = List.of(new EmailChannel(), new SmsChannel(), new PushChannel()).get(kind);
        String recipient = List.of("ada@example.org", "+4915112345678", "device-1").get(kind);
        Ticks ticks = new Ticks();
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("news", recipient, Notifications.retrying(fake, maxRetries, backoff, ticks));
        fake.failNext(failures);
        Receipt receipt = hub.publish("news", "hi");

        int retries = Math.min(failures, maxRetries);
        List<Long> waits = new ArrayList<>();
        for (int k = 0; k < retries; k++) {
            waits.add((long) backoff << k);
        }
        String setting = fake.getClass().getSimpleName() + " failing " + failures + " times, with " + maxRetries
                + " retries from " + backoff + " ticks";
        assertThat(fake.attempts()).as("attempts of %s", setting).isEqualTo(retries + 1);
        assertThat(ticks.pauses).as("waits of %s", setting).isEqualTo(waits);
        assertThat(receipt.delivered()).as("delivered, %s", setting)
                .isEqualTo(failures <= maxRetries ? List.of(recipient) : List.of());
        assertThat(receipt.failed()).as("failed, %s", setting)
                .isEqualTo(failures <= maxRetries ? List.of() : List.of(recipient));
        assertThat(fake.outbox()).as("outbox of %s", setting).hasSize(failures <= maxRetries ? 1 : 0);
    }

    // ---- design ---------------------------------------------------------------------------------------------

    /** The test's own channel: posts to a URL, remembers each post and the tick it came at, and can fail. */
    static final class Webhook implements Channel {
        final TickClock clock;
        final List<String> posts = new ArrayList<>();
        int attempts;
        int failuresToCome;

        Webhook(TickClock clock) {
            this.clock = clock;
        }

        @Override
        public void send(String recipient, Message message) {
            attempts++;
            if (failuresToCome > 0) {
                failuresToCome--;
                throw new DeliveryException("503 from " + recipient);
            }
            posts.add("POST " + recipient + " #" + message.id() + " at tick " + clock.now());
        }
    }

    /** The test's own decorator: lets one send through per tick and refuses the rest. */
    static final class OnePerTick implements Channel {
        final Channel inner;
        final TickClock clock;
        long lastTick = -1;

        OnePerTick(Channel inner, TickClock clock) {
            this.inner = inner;
            this.clock = clock;
        }

        @Override
        public void send(String recipient, Message message) {
            if (clock.now() == lastTick) {
                throw new DeliveryException("rate limited: one send per tick");
            }
            lastTick = clock.now();
            inner.send(recipient, message);
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a webhook channel written by the test plugs in, bare and wrapped in retries (extension)")
    void webhookWrittenByTheTestPlugsIn() {
        Webhook bare = new Webhook(clock);
        Webhook flaky = new Webhook(clock);
        flaky.failuresToCome = 1;
        Receipt receipt = DesignRules.extension("a webhook channel written by the test", () -> {
            NotificationHub hub = Notifications.newHub();
            hub.subscribe("deploys", "https://a.example/hook", bare);
            hub.subscribe("deploys", "ada@example.org", email);
            hub.subscribe("deploys", "https://b.example/hook", Notifications.retrying(flaky, 2, 3, clock));
            return hub.publish("deploys", "v2 is live");
        });
        assertThat(receipt.delivered()).containsExactly("https://a.example/hook", "ada@example.org",
                "https://b.example/hook");
        assertThat(bare.posts).containsExactly("POST https://a.example/hook #1 at tick 0");
        assertThat(flaky.posts).as("the flaky webhook, after one retry").containsExactly(
                "POST https://b.example/hook #1 at tick 3");
        assertThat(email.outbox()).hasSize(1);

        int[] attempts = {0};
        Channel buggy = (recipient, message) -> {
            attempts[0]++;
            throw new IllegalStateException("bug in the webhook client");
        };
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("deploys", "https://c.example/hook", Notifications.retrying(buggy, 3, 1, clock));
        assertThatThrownBy(() -> hub.publish("deploys", "v3")).as("a bug is not a failed delivery")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bug in the webhook client");
        assertThat(attempts[0]).as("attempts of a channel that has a bug: not retried").isEqualTo(1);
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the retry decorator composes: around the test's rate limiter, and around another retry")
    void retryDecoratorComposes() {
        Webhook webhook = new Webhook(clock);
        Channel limited = Notifications.retrying(new OnePerTick(webhook, clock), 3, 1, clock);
        Receipt receipt = DesignRules.extension("retry around a rate-limiting wrapper written by the test", () -> {
            NotificationHub hub = Notifications.newHub();
            hub.subscribe("deploys", "https://a.example/hook", limited);
            hub.subscribe("deploys", "https://b.example/hook", limited);
            hub.subscribe("deploys", "https://c.example/hook", limited);
            return hub.publish("deploys", "v3 is live");
        });
        assertThat(receipt.delivered()).as("all three, one per tick").hasSize(3);
        assertThat(webhook.posts).containsExactly("POST https://a.example/hook #1 at tick 0",
                "POST https://b.example/hook #1 at tick 1", "POST https://c.example/hook #1 at tick 2");
        assertThat(clock.pauses).as("one wait for b, one for c").containsExactly(1L, 1L);

        Ticks twice = new Ticks();
        Webhook flaky = new Webhook(twice);
        flaky.failuresToCome = 5;
        Channel retryAroundRetry = Notifications.retrying(Notifications.retrying(flaky, 1, 1, twice), 2, 10, twice);
        Receipt nested = DesignRules.extension("retry around retry around a webhook written by the test", () -> {
            NotificationHub hub = Notifications.newHub();
            hub.subscribe("deploys", "https://d.example/hook", retryAroundRetry);
            return hub.publish("deploys", "v4 is live");
        });
        assertThat(nested.delivered()).as("delivered on the 6th attempt: 3 outer tries of 2 inner attempts")
                .containsExactly("https://d.example/hook");
        assertThat(flaky.attempts).as("attempts").isEqualTo(6);
        assertThat(twice.pauses).as("inner waits of 1, outer waits of 10 and 20").containsExactly(1L, 10L, 1L, 20L, 1L);
    }

    private void startedBy() {
        NotificationHub hub = Notifications.newHub();
        hub.subscribe("news", "ada@example.org", Notifications.retrying(new EmailChannel(), 1, 1, new Ticks()));
        hub.publish("news", "hi");
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks what kind of channel it holds: no instanceof, no class literal (open/closed)")
    void noTypeChecksOnChannels() {
        DesignRules.design("dev.niche.lld.notificationhub").startedBy(this::startedBy)
                .satisfies(DesignRules.noTypeChecksOn(Channel.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the hub knows channels only through Channel; only Notifications names one (dependency inversion)")
    void channelsBehindOneInterface() {
        DesignRules.design("dev.niche.lld.notificationhub").startedBy(this::startedBy)
                .satisfies(DesignRules.onlyThroughInterface(Channel.class, Notifications.class));
    }
}

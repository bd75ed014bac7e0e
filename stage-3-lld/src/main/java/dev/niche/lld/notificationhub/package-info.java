/**
 * Notification hub: design the classes behind {@link dev.niche.lld.notificationhub.NotificationHub}.
 *
 * <h2>The brief</h2>
 * Services publish messages on topics ({@code "order-shipped"}, {@code "price-drop"}); people subscribe to
 * the topics they care about, each through the channel they prefer. Channels fail now and then, so any channel
 * can be wrapped in retries.
 * <ul>
 *   <li>{@link dev.niche.lld.notificationhub.Notifications} is the one entry point: {@code newHub()} and
 *       {@code retrying(...)}. Fill it in and add whatever classes you design behind it, in this package or
 *       below.</li>
 *   <li>Subscribing: {@code subscribe(topic, recipient, channel)} adds a subscriber to a topic (the observer
 *       pattern: the hub is the subject, and it knows its subscribers only as a recipient and a
 *       {@link dev.niche.lld.notificationhub.Channel}). It returns a
 *       {@link dev.niche.lld.notificationhub.Subscription} whose {@code cancel()} ends it; cancelling twice is
 *       harmless. Subscribing again with the same topic, recipient and channel (the same object) while
 *       subscribed changes nothing and returns a handle to the same subscription, which keeps its place.</li>
 *   <li>Publishing: {@code publish(topic, text)} numbers the message (1, 2, 3... per hub, whether or not
 *       anyone listens), then sends it to every current subscriber of the topic, one after the other in the
 *       order they subscribed, each exactly once through their own channel. A channel that fails throws
 *       {@link dev.niche.lld.notificationhub.DeliveryException}; that subscriber is listed as failed and the
 *       others still get the message. The {@link dev.niche.lld.notificationhub.Receipt} lists who got it and
 *       who did not. Any other exception from a channel is a bug, and it is not caught.</li>
 *   <li>Retrying: {@code retrying(channel, maxRetries, firstBackoffTicks, clock)} is a channel that sends
 *       through {@code channel} and, when that throws {@code DeliveryException}, tries again, at most
 *       {@code maxRetries} more times: at most {@code maxRetries + 1} attempts in all. Before retry k
 *       (k = 1, 2...) it waits {@code firstBackoffTicks * 2^(k-1)} ticks with
 *       {@link dev.niche.lld.notificationhub.TickClock#pause}; it never waits before the first attempt or
 *       after the last. When every attempt fails it throws the last attempt's exception. Other exceptions are
 *       not retried. The retrying channel is a channel like any other, so it can wrap any channel, including
 *       another retrying channel.</li>
 *   <li>The package {@code channels} holds fakes of the real channels (email, SMS, push), given: they record
 *       what they deliver and can be told to fail.</li>
 * </ul>
 *
 * <h2>What the interviewer asks next</h2>
 * "Partners want webhooks, and operations wants retries around every channel, stacked with their own rate
 * limiter." The tests write a webhook channel and a rate-limiting wrapper of their own; they must work in your
 * hub, bare or wrapped in your retries, retry around the test's wrapper around the webhook, and retry around
 * retry, with no edit to your code.
 *
 * <h2>How it is checked</h2>
 * Scenarios and random sequences of subscriptions, cancellations, failures and messages against a model; the
 * test's own channels and wrapper. The design checks: no code asks what kind of channel it holds (no
 * {@code instanceof} or class literal on a channel type), and only {@code Notifications} names a concrete
 * channel class; everything else works with {@code Channel}.
 *
 * <h2>Non-goals</h2>
 * Queues and asynchronous delivery, threads (the hub is used by one thread), persistence, message templates,
 * and telling permanent failures from passing ones.
 *
 * <h2>Bad input</h2>
 * A null topic, recipient, channel, text or clock throws {@link java.lang.NullPointerException} whose message
 * names it ("topic", "recipient", "channel", "text", "clock"); a blank topic or recipient throws
 * {@link java.lang.IllegalArgumentException} naming it. {@code maxRetries} outside 0 to 16 or
 * {@code firstBackoffTicks} outside 1 to 1,000,000 throws {@code IllegalArgumentException} naming it and its
 * value.
 */
package dev.niche.lld.notificationhub;

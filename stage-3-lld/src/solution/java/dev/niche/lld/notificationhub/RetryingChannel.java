package dev.niche.lld.notificationhub;

/**
 * A decorator: a {@link Channel} that holds another channel and adds retries around it. It needs nothing from
 * the channel it wraps but {@code send}, so it wraps any channel, another decorator included, and whoever holds
 * it cannot tell it from a plain channel.
 */
final class RetryingChannel implements Channel {
    private final Channel inner;
    private final int maxRetries;
    private final long firstBackoffTicks;
    private final TickClock clock;

    RetryingChannel(Channel inner, int maxRetries, long firstBackoffTicks, TickClock clock) {
        this.inner = inner;
        this.maxRetries = maxRetries;
        this.firstBackoffTicks = firstBackoffTicks;
        this.clock = clock;
    }

    @Override
    public void send(String recipient, Message message) {
        long backoff = firstBackoffTicks;
        for (int retry = 0; ; retry++) {
            try {
                inner.send(recipient, message);
                return;
            } catch (DeliveryException failure) {
                if (retry == maxRetries) {
                    throw failure;
                }
            }
            clock.pause(backoff);
            backoff *= 2;
        }
    }
}

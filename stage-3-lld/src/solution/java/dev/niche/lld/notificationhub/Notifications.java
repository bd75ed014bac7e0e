package dev.niche.lld.notificationhub;

import java.util.Objects;

/** The composition root: builds the hub and wraps channels in retries. */
public final class Notifications {
    private static final int MAX_RETRIES = 16;
    private static final long MAX_BACKOFF = 1_000_000;

    private Notifications() {
    }

    /** An empty hub: no subscribers, and the next message is number 1. */
    public static NotificationHub newHub() {
        return new TopicHub();
    }

    /**
     * {@code channel} with up to {@code maxRetries} retries after a {@link DeliveryException}, waiting
     * {@code firstBackoffTicks}, then twice that, and so on, on {@code clock}.
     */
    public static Channel retrying(Channel channel, int maxRetries, long firstBackoffTicks, TickClock clock) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clock, "clock");
        if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
            throw new IllegalArgumentException("maxRetries must be 0 to " + MAX_RETRIES + ", was " + maxRetries);
        }
        if (firstBackoffTicks < 1 || firstBackoffTicks > MAX_BACKOFF) {
            throw new IllegalArgumentException("firstBackoffTicks must be 1 to " + MAX_BACKOFF + ", was "
                    + firstBackoffTicks);
        }
        return new RetryingChannel(channel, maxRetries, firstBackoffTicks, clock);
    }
}

package dev.niche.lld.notificationhub;

/** The entry point you fill in. The package Javadoc holds the brief and the bad-input contract. */
public final class Notifications {
    private Notifications() {
    }

    /** An empty hub: no subscribers, and the next message is number 1. */
    public static NotificationHub newHub() {
        throw new UnsupportedOperationException("TODO: a hub that keeps its subscribers per topic");
    }

    /**
     * {@code channel} with up to {@code maxRetries} retries after a {@link DeliveryException}, waiting
     * {@code firstBackoffTicks}, then twice that, and so on, on {@code clock}.
     */
    public static Channel retrying(Channel channel, int maxRetries, long firstBackoffTicks, TickClock clock) {
        throw new UnsupportedOperationException("TODO: a channel that wraps another one and retries it");
    }
}

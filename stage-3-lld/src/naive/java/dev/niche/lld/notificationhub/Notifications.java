package dev.niche.lld.notificationhub;

import java.util.Objects;

/**
 * Naive variant: {@code retrying} returns retry settings that only the hub understands, and the hub sends
 * through each kind of channel it knows by name.
 */
public final class Notifications {
    private Notifications() {
    }

    /** Retry settings around a channel; {@link SwitchingHub} reads them and does the retrying itself. */
    record Retrying(Channel inner, int maxRetries, long firstBackoffTicks, TickClock clock) implements Channel {
        @Override
        public void send(String recipient, Message message) {
            throw new IllegalStateException("retry settings only: subscribe them to a hub");
        }
    }

    public static NotificationHub newHub() {
        return new SwitchingHub();
    }

    public static Channel retrying(Channel channel, int maxRetries, long firstBackoffTicks, TickClock clock) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clock, "clock");
        if (maxRetries < 0 || maxRetries > 16) {
            throw new IllegalArgumentException("maxRetries must be 0 to 16, was " + maxRetries);
        }
        if (firstBackoffTicks < 1 || firstBackoffTicks > 1_000_000) {
            throw new IllegalArgumentException("firstBackoffTicks must be 1 to 1000000, was " + firstBackoffTicks);
        }
        return new Retrying(channel, maxRetries, firstBackoffTicks, clock);
    }
}

package dev.niche.lld.notificationhub.channels;

import dev.niche.lld.notificationhub.Channel;
import dev.niche.lld.notificationhub.DeliveryException;
import dev.niche.lld.notificationhub.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Given code, do not change it: what the fake channels share. Instead of a mail server or a phone network it
 * keeps an outbox of what it delivered, counts every attempt, and can be told to fail its next attempts. An
 * address in the wrong format fails too, as the real service would.
 */
public abstract class FakeChannel implements Channel {
    private final List<Sent> outbox = new ArrayList<>();
    private int attempts;
    private int failuresToCome;

    /** One delivery. */
    public record Sent(String recipient, Message message) {
    }

    @Override
    public final void send(String recipient, Message message) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        attempts++;
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new DeliveryException(getClass().getSimpleName() + " is down");
        }
        if (!accepts(recipient)) {
            throw new DeliveryException(getClass().getSimpleName() + " cannot deliver to '" + recipient + "'");
        }
        outbox.add(new Sent(recipient, message));
    }

    /** True when {@code address} has this channel's format. */
    protected abstract boolean accepts(String address);

    /** Makes the next {@code times} attempts fail, on top of failures already scheduled. */
    public void failNext(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must be at least 0, was " + times);
        }
        failuresToCome += times;
    }

    /** What this channel delivered, oldest first. */
    public List<Sent> outbox() {
        return List.copyOf(outbox);
    }

    /** How many times {@link #send} was called, failed attempts included. */
    public int attempts() {
        return attempts;
    }
}

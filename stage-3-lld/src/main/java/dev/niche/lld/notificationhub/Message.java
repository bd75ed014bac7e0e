package dev.niche.lld.notificationhub;

import java.util.Objects;

/**
 * A published message. Given code: do not change it.
 *
 * @param id    its number in the hub that published it: 1, 2, 3...
 * @param topic the topic it was published on
 * @param text  what it says
 */
public record Message(long id, String topic, String text) {
    public Message {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }
}

package dev.niche.lld.notificationhub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The subject of the observer pattern: topics and their subscribers, in the order they subscribed. It knows a
 * subscriber only as a recipient and a {@link Channel}, so a new kind of channel, or a channel wrapped in any
 * number of decorators, needs no change here.
 */
final class TopicHub implements NotificationHub {
    private final Map<String, List<TopicSubscription>> subscribers = new HashMap<>();
    private long lastId;

    @Override
    public Subscription subscribe(String topic, String recipient, Channel channel) {
        requireText(topic, "topic");
        requireText(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        List<TopicSubscription> list = subscribers.computeIfAbsent(topic, t -> new ArrayList<>());
        for (TopicSubscription existing : list) {
            if (existing.recipient.equals(recipient) && existing.channel == channel) {
                return existing;
            }
        }
        TopicSubscription added = new TopicSubscription(topic, recipient, channel);
        list.add(added);
        return added;
    }

    @Override
    public Receipt publish(String topic, String text) {
        requireText(topic, "topic");
        Objects.requireNonNull(text, "text");
        Message message = new Message(++lastId, topic, text);
        List<String> delivered = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (TopicSubscription subscriber : List.copyOf(subscribers.getOrDefault(topic, List.of()))) {
            try {
                subscriber.channel.send(subscriber.recipient, message);
                delivered.add(subscriber.recipient);
            } catch (DeliveryException e) {
                failed.add(subscriber.recipient);
            }
        }
        return new Receipt(message, delivered, failed);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** One subscriber of one topic; cancelling removes it from that topic's list, once. */
    private final class TopicSubscription implements Subscription {
        private final String topic;
        private final String recipient;
        private final Channel channel;

        TopicSubscription(String topic, String recipient, Channel channel) {
            this.topic = topic;
            this.recipient = recipient;
            this.channel = channel;
        }

        @Override
        public void cancel() {
            List<TopicSubscription> list = subscribers.get(topic);
            if (list != null) {
                list.remove(this);
            }
        }
    }
}

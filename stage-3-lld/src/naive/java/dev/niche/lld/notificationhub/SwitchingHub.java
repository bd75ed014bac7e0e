package dev.niche.lld.notificationhub;

import dev.niche.lld.notificationhub.channels.EmailChannel;
import dev.niche.lld.notificationhub.channels.PushChannel;
import dev.niche.lld.notificationhub.channels.SmsChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Naive variant: a hub that knows every channel type. Each subscriber is stored with its channel's kind, and
 * publishing switches on the kind, with the retry loop written out once per kind.
 */
final class SwitchingHub implements NotificationHub {
    enum Kind { EMAIL, SMS, PUSH }

    private final List<Entry> entries = new ArrayList<>();
    private long lastId;

    private final class Entry implements Subscription {
        final String topic;
        final String recipient;
        final Channel channel;
        final Kind kind;
        final Notifications.Retrying retry;

        Entry(String topic, String recipient, Channel channel) {
            this.topic = topic;
            this.recipient = recipient;
            this.channel = channel;
            this.retry = channel instanceof Notifications.Retrying r ? r : null;
            this.kind = kindOf(retry == null ? channel : retry.inner());
        }

        @Override
        public void cancel() {
            entries.remove(this);
        }
    }

    private static Kind kindOf(Channel channel) {
        if (channel instanceof EmailChannel) {
            return Kind.EMAIL;
        } else if (channel instanceof SmsChannel) {
            return Kind.SMS;
        } else if (channel instanceof PushChannel) {
            return Kind.PUSH;
        }
        throw new IllegalArgumentException("unsupported channel: " + channel);
    }

    @Override
    public Subscription subscribe(String topic, String recipient, Channel channel) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (recipient.isBlank()) {
            throw new IllegalArgumentException("recipient must not be blank");
        }
        for (Entry e : entries) {
            if (e.topic.equals(topic) && e.recipient.equals(recipient) && e.channel == channel) {
                return e;
            }
        }
        Entry entry = new Entry(topic, recipient, channel);
        entries.add(entry);
        return entry;
    }

    @Override
    public Receipt publish(String topic, String text) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        Message message = new Message(++lastId, topic, text);
        List<String> delivered = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Entry e : List.copyOf(entries)) {
            if (e.topic.equals(topic)) {
                (deliver(e, message) ? delivered : failed).add(e.recipient);
            }
        }
        return new Receipt(message, delivered, failed);
    }

    private boolean deliver(Entry e, Message message) {
        int retries = e.retry == null ? 0 : e.retry.maxRetries();
        long backoff = e.retry == null ? 0 : e.retry.firstBackoffTicks();
        switch (e.kind) {
            case EMAIL:
                EmailChannel email = (EmailChannel) (e.retry == null ? e.channel : e.retry.inner());
                for (int attempt = 0; attempt <= retries; attempt++) {
                    try {
                        email.send(e.recipient, message);
                        return true;
                    } catch (DeliveryException failed) {
                        if (attempt < retries) {
                            e.retry.clock().pause(backoff << attempt);
                        }
                    }
                }
                return false;
            case SMS:
                SmsChannel sms = (SmsChannel) (e.retry == null ? e.channel : e.retry.inner());
                for (int attempt = 0; attempt <= retries; attempt++) {
                    try {
                        sms.send(e.recipient, message);
                        return true;
                    } catch (DeliveryException failed) {
                        if (attempt < retries) {
                            e.retry.clock().pause(backoff << attempt);
                        }
                    }
                }
                return false;
            default:
                PushChannel push = (PushChannel) (e.retry == null ? e.channel : e.retry.inner());
                for (int attempt = 0; attempt <= retries; attempt++) {
                    try {
                        push.send(e.recipient, message);
                        return true;
                    } catch (DeliveryException failed) {
                        if (attempt < retries) {
                            e.retry.clock().pause(backoff << attempt);
                        }
                    }
                }
                return false;
        }
    }
}

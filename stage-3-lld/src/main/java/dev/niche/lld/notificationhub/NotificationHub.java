package dev.niche.lld.notificationhub;

/**
 * The facade the services and the tests use. Given code: do not change this interface. Get one from
 * {@link Notifications#newHub()}; the package Javadoc holds the brief.
 */
public interface NotificationHub {
    /** Subscribes {@code recipient} (an address {@code channel} understands) to {@code topic}. */
    Subscription subscribe(String topic, String recipient, Channel channel);

    /** Numbers a message and sends it to every current subscriber of {@code topic}, each once. */
    Receipt publish(String topic, String text);
}

package dev.niche.lld.notificationhub;

/**
 * The extension point: one way of reaching a person. Given code: do not change this interface. The tests write
 * channels of their own (a webhook, a rate-limiting wrapper), and the hub and the retrying channel must use them
 * exactly as they use the given ones.
 */
public interface Channel {
    /**
     * Delivers {@code message} to {@code recipient}, an address in this channel's format.
     *
     * @throws DeliveryException if it could not be delivered this time
     */
    void send(String recipient, Message message);
}

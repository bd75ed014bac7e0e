package dev.niche.lld.notificationhub;

/** A channel could not deliver a message this time. Given code: do not change it. */
public class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message) {
        super(message);
    }
}

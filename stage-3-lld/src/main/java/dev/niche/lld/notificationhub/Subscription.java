package dev.niche.lld.notificationhub;

/** A handle on one subscription. Given code: do not change this interface. */
public interface Subscription {
    /** Ends the subscription: no later message reaches it. Cancelling again does nothing. */
    void cancel();
}

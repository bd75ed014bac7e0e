package dev.niche.lld.diporders.service;

/**
 * Reference: the second port. It is named after what the service needs (tell the customer), not after how it is
 * done (SMTP), so mail, text messages or a test's list can all stand behind it.
 */
public interface CustomerNotifier {
    void orderPlaced(Order order);

    void orderCancelled(Order order);
}

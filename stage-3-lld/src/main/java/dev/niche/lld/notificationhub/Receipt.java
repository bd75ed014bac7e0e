package dev.niche.lld.notificationhub;

import java.util.List;
import java.util.Objects;

/**
 * What became of one published message. Given code: do not change it.
 *
 * @param message   the message, with its number
 * @param delivered the recipients whose channel delivered it, in subscription order
 * @param failed    the recipients whose channel threw {@link DeliveryException}, in subscription order
 */
public record Receipt(Message message, List<String> delivered, List<String> failed) {
    public Receipt {
        Objects.requireNonNull(message, "message");
        delivered = List.copyOf(delivered);
        failed = List.copyOf(failed);
    }
}

package dev.niche.lld.diporders.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Stand-in for the SMTP server: it keeps every mail it is given. Given code: do not change it. */
public final class MailServer {
    private final List<Mail> sent = new ArrayList<>();

    /** One mail. */
    public record Mail(String from, String to, String subject, String body) {
        public Mail {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }
    }

    public void deliver(Mail mail) {
        sent.add(Objects.requireNonNull(mail, "mail"));
    }

    /** Every mail delivered so far, in order. */
    public List<Mail> sent() {
        return List.copyOf(sent);
    }
}

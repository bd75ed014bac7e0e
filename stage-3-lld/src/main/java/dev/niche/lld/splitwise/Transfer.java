package dev.niche.lld.splitwise;

import java.util.Objects;

/**
 * A suggested payment: {@code from} pays {@code to} {@code cents}. Given code: do not change it.
 *
 * @param cents at least 1
 */
public record Transfer(String from, String to, long cents) {
    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("to must differ from from, both were " + from);
        }
        if (cents < 1) {
            throw new IllegalArgumentException("cents must be at least 1, was " + cents);
        }
    }
}

package dev.niche.lld.overengineered;

/** Reference: a shortener is one constructor call away; nothing to choose, so nothing to configure. */
public final class Shorteners {
    private Shorteners() {
    }

    /** A new, empty shortener. */
    public static Shortener create() {
        return new InMemoryShortener();
    }
}

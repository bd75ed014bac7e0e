package dev.niche.lld.overengineered;

/** Creates shorteners. The signature of {@link #create()} is given and stays; what it builds is yours. */
public final class Shorteners {
    private Shorteners() {
    }

    /** A new, empty shortener. */
    public static Shortener create() {
        return new InMemoryShortener(CodeGeneratorFactory.create());
    }
}

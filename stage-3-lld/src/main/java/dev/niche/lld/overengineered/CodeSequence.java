package dev.niche.lld.overengineered;

/** The one counter of the whole program, shared by every shortener through {@link #getInstance()}. */
public final class CodeSequence {
    private static final CodeSequence INSTANCE = new CodeSequence();

    private long next = 1;

    private CodeSequence() {
    }

    public static CodeSequence getInstance() {
        return INSTANCE;
    }

    /** 1, 2, 3... across every caller in the program. */
    public synchronized long next() {
        return next++;
    }
}

package dev.niche.lld.overengineered;

/** Makes the codes of a shortener, "so that other code schemes can be plugged in later". */
public interface CodeGenerator {
    /** A code no call has returned before. */
    String nextCode();
}

package dev.niche.lld.overengineered;

/** The only {@link CodeGenerator}: numbers from the program-wide sequence, written in base 36. */
public final class Base36CodeGenerator implements CodeGenerator {
    @Override
    public String nextCode() {
        return Long.toString(CodeSequence.getInstance().next(), 36);
    }
}

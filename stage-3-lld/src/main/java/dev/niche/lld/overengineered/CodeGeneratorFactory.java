package dev.niche.lld.overengineered;

/** Chooses the {@link CodeGenerator} to use. There has only ever been one to choose. */
public final class CodeGeneratorFactory {
    private CodeGeneratorFactory() {
    }

    public static CodeGenerator create() {
        return new Base36CodeGenerator();
    }
}

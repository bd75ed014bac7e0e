package dev.niche.lld.smellquiz;

import java.util.Objects;

/**
 * Your diagnosis of one smell: the principle it breaks and the refactoring that removes it. Given code: do not
 * change it.
 *
 * @param principle   the principle the code breaks, not null
 * @param refactoring the refactoring to apply first, not null
 */
public record Diagnosis(Principle principle, Refactoring refactoring) {
    public Diagnosis {
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(refactoring, "refactoring");
    }

    /** Shorthand for {@code new Diagnosis(principle, refactoring)}. */
    public static Diagnosis of(Principle principle, Refactoring refactoring) {
        return new Diagnosis(principle, refactoring);
    }
}

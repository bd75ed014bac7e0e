package dev.niche.dsa.whennotquiz;

import java.util.Objects;

/**
 * Your verdict on one scenario: either the proposed pattern applies as it is described, or it does not and
 * something else should be used. Build it with {@link #itApplies()} or {@link #doesNotApply(Alternative)}.
 *
 * @param applies true when the proposal is right as it stands
 * @param instead what to use instead; null exactly when the proposal applies
 */
public record Verdict(boolean applies, Alternative instead) {
    public Verdict {
        if (applies && instead != null) {
            throw new IllegalArgumentException("instead must be null when the proposal applies, not " + instead);
        }
        if (!applies) {
            Objects.requireNonNull(instead, "instead must not be null when the proposal does not apply:"
                    + " name what to use instead");
        }
    }

    /** The proposed pattern applies as it is described. */
    public static Verdict itApplies() {
        return new Verdict(true, null);
    }

    /** The proposed pattern does not apply; use {@code instead}. */
    public static Verdict doesNotApply(Alternative instead) {
        return new Verdict(false, instead);
    }
}

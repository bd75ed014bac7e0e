package dev.niche.dsa.patternquiz;

import java.util.Objects;

/**
 * Your answer for one problem.
 *
 * @param pattern    the pattern that solves it within the target time
 * @param target     the time of the solution with that pattern: the class the problem's sizes call for
 * @param bruteForce the time of the brute force that the problem describes in its last paragraph
 */
public record Answer(Pattern pattern, TimeClass target, TimeClass bruteForce) {
    public Answer {
        Objects.requireNonNull(pattern, "pattern must not be null: pick a Pattern");
        Objects.requireNonNull(target, "target must not be null: pick a TimeClass");
        Objects.requireNonNull(bruteForce, "bruteForce must not be null: pick a TimeClass");
    }
}

package dev.niche.foundations.complexityquiz;

import java.util.Objects;

/**
 * Your answer for one snippet: its worst-case running time and the extra space it needs, both as a function
 * of the n that the snippet's Javadoc defines.
 *
 * <p>Extra space is what the code needs beyond its input: new arrays and collections, and the call stack of
 * a recursion (each active call holds a frame). A result the caller keeps counts as extra space too.
 *
 * @param time  worst-case running time
 * @param space extra space, at its largest during the call
 */
public record Answer(BigO time, BigO space) {
    public Answer {
        Objects.requireNonNull(time, "time must not be null: pick a BigO");
        Objects.requireNonNull(space, "space must not be null: pick a BigO");
    }
}

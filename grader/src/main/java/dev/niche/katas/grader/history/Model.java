package dev.niche.katas.grader.history;

import java.util.List;
import java.util.Optional;

/**
 * The sequential specification a history is checked against: a state and a pure step function.
 *
 * @param <S> the state; must implement {@code equals} and {@code hashCode} (the checker memoizes on it)
 * @param <I> an operation's input
 * @param <O> an operation's output
 */
public interface Model<S, I, O> {

    /** The state before any operation. */
    S initial();

    /**
     * The state after {@code input} ran on {@code state} and answered {@code output}, or empty if the sequential
     * object could not have answered that. {@code output} is {@code null} for an operation that got no response:
     * then any answer is possible, and only the effect matters.
     */
    Optional<S> step(S state, I input, O output);

    /**
     * Splits a history into independent parts checked one by one (for a key-value store: one part per key), which
     * keeps the search small. The default keeps the history whole.
     */
    default List<List<Operation<I, O>>> partition(List<Operation<I, O>> history) {
        return List.of(history);
    }
}

package dev.niche.katas.grader.complexity;

/**
 * What a timing or allocation check measures. {@link #prepare} builds the input of size n and is not measured;
 * {@link #run} is, and may be called many times on the same state, so it must leave the state as it found it
 * (pop then push back, for example). Return something computed from the work so the JIT cannot drop it.
 *
 * @param <S> the prepared state
 */
public interface Workload<S> {
    S prepare(int n);

    Object run(S state);

    /** A workload from two lambdas: {@code Workload.of(n -> new int[n], a -> sum(a))}. */
    static <S> Workload<S> of(java.util.function.IntFunction<S> prepare, java.util.function.Function<S, ?> run) {
        return new Workload<>() {
            @Override
            public S prepare(int n) {
                return prepare.apply(n);
            }

            @Override
            public Object run(S state) {
                return run.apply(state);
            }
        };
    }
}

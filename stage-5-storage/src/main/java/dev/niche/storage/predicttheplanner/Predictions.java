package dev.niche.storage.predicttheplanner;

/**
 * Your predictions: for each {@link Query}, the scan PostgreSQL 17 chooses for the {@code events} table.
 */
public final class Predictions {
    private Predictions() {
    }

    /**
     * The scan node you expect in the plan of {@code query}.
     *
     * @throws NullPointerException if {@code query} is null
     */
    public static ScanNode predict(Query query) {
        throw new UnsupportedOperationException("TODO: predict the scan for each query (a switch over Query)");
    }
}

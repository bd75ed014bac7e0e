package dev.niche.storage.predicttheplanner;

import java.util.Objects;

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
        // "If the column has an index, the index is used."
        switch (Objects.requireNonNull(query, "query")) {
            case PAYLOAD_SEARCH:
                return ScanNode.SEQ_SCAN;
            default:
                return ScanNode.INDEX_SCAN;
        }
    }
}

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
        switch (Objects.requireNonNull(query, "query")) {
            case BY_ID:            // one row through a unique index: nothing is cheaper
            case REFUNDS:          // 100 rows: a hundred index lookups cost less than building a bitmap
            case RECENT_EVENTS:    // rows are stored in time order, so index order is disk order
            case NEWEST_TEN:       // the index is already sorted; LIMIT stops after ten entries
                return ScanNode.INDEX_SCAN;
            case COUNT_FOR_USERS:  // only user_id is needed, and VACUUM marked every page all-visible
                return ScanNode.INDEX_ONLY_SCAN;
            case EVENTS_FOR_USERS: // 2 000 rows spread everywhere: sort their locations, read each page once
            case PURCHASES:        // 1 000 rows, one page in a few: the same reasoning
                return ScanNode.BITMAP_HEAP_SCAN;
            case ALL_CLICKS:       // 90% of rows: reading everything in order beats jumping around
            case PAYLOAD_SEARCH:   // no index on payload, and a leading % defeats a B-tree anyway
            case REFUNDS_ANY_CASE: // the index holds kind, not lower(kind)
            default:
                return ScanNode.SEQ_SCAN;
        }
    }
}

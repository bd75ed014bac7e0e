package dev.niche.storage.predicttheplanner;

/**
 * Given code: do not change. Ten queries on the {@code events} table of {@code events.sql} (100 000 rows;
 * indexes on {@code id}, {@code user_id}, {@code kind} and {@code created_at}).
 */
public enum Query {
    /** One event by its primary key. */
    BY_ID("SELECT * FROM events WHERE id = 4242"),
    /** All clicks: 90% of the rows. */
    ALL_CLICKS("SELECT * FROM events WHERE kind = 'click'"),
    /** How many events 100 users had: only the indexed column is needed. */
    COUNT_FOR_USERS("SELECT count(*) FROM events WHERE user_id BETWEEN 100 AND 199"),
    /** The events of those 100 users: 2% of the rows, spread over the whole table. */
    EVENTS_FOR_USERS("SELECT * FROM events WHERE user_id BETWEEN 100 AND 199"),
    /** The events of the last three days: about 22% of the rows, stored in time order. */
    RECENT_EVENTS("SELECT * FROM events WHERE created_at >= timestamptz '2026-06-10 00:00:00+00'"),
    /** A search inside the payload text. */
    PAYLOAD_SEARCH("SELECT * FROM events WHERE payload LIKE '%declined%'"),
    /** All refunds: 100 rows. */
    REFUNDS("SELECT * FROM events WHERE kind = 'refund'"),
    /** All purchases: 1 000 rows, one in every hundred. */
    PURCHASES("SELECT * FROM events WHERE kind = 'purchase'"),
    /** The ten newest events. */
    NEWEST_TEN("SELECT * FROM events ORDER BY created_at DESC LIMIT 10"),
    /** Refunds again, compared through a function of the column. */
    REFUNDS_ANY_CASE("SELECT * FROM events WHERE lower(kind) = 'refund'");

    private final String sql;

    Query(String sql) {
        this.sql = sql;
    }

    /** The query's text. */
    public String sql() {
        return sql;
    }
}

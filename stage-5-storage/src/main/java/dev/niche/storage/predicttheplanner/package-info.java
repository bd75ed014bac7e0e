/**
 * <b>Predict the planner</b> (checkpoint 5.2: choose indexes for a query set and predict the planner's choice).
 *
 * <p>{@code events.sql} (in {@code src/main/resources/dev/niche/storage/predicttheplanner/}) builds an event log
 * of 100 000 rows with four indexes, and describes how the rows are spread. {@link
 * dev.niche.storage.predicttheplanner.Query} lists ten queries on it. For each, predict how PostgreSQL 17 will read
 * the table: a sequential scan, an index scan, an index-only scan or a bitmap heap scan.
 *
 * <p><b>Your task:</b> fill in {@link dev.niche.storage.predicttheplanner.Predictions#predict}. Reason from what the
 * planner knows: how many rows match (it keeps exact statistics here), whether the rows it needs are next to each
 * other on disk, whether the index alone holds every column the query needs, and whether the condition compares
 * the indexed value itself.
 *
 * <p><b>How it is checked:</b> the tests build the table on a real PostgreSQL 17, analyze it, and compare each of
 * your predictions with the real {@code EXPLAIN (FORMAT JSON)}. A wrong prediction shows the plan PostgreSQL chose
 * and the fact that decided it. Predict first, then check: running {@code EXPLAIN} yourself before predicting
 * skips the part that teaches.
 */
package dev.niche.storage.predicttheplanner;

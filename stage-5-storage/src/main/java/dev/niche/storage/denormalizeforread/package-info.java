/**
 * <b>Denormalize for a read: a summary table that a trigger keeps true</b> (checkpoint 5.1: design a normalized
 * schema, then justify a denormalization for a real read).
 *
 * <p>The shop's schema is normalized ({@code shop.sql} beside your file, in
 * {@code src/main/resources/dev/niche/storage/denormalizeforread/}): 1 000 accounts and 20 000 orders, each order
 * with its account and its total. Two reads run on every page view ({@code account_page.sql}): an account's
 * header (how many orders, how much in total) and a leaderboard of the ten accounts that spent the most. Computed
 * from the orders, the leaderboard aggregates the whole orders table each time. The shop decides to store the
 * answer instead: a read model with one row per account, which the reads look up directly.
 *
 * <p>A copy is only worth having if it is never wrong. Whoever writes orders (the app, a support script, a
 * migration) must not have to remember the copy, so the database keeps it current itself, with triggers.
 *
 * <p><b>Your task:</b> write {@code read_model.sql}:
 * <ol>
 *   <li>{@code CREATE TABLE account_summary (account_id, order_count, total_cents)} with one row per account,
 *       including accounts that have no orders (count 0, total 0), keyed by the account;</li>
 *   <li>the statements that fill it from the orders that exist now;</li>
 *   <li>triggers that keep it equal to the orders through every kind of write: an order inserted, its total
 *       changed, an order moved to another account, an order deleted, and statements that write many orders at
 *       once; and a new account starting with its row of zeros.</li>
 * </ol>
 *
 * <p><b>How it is checked</b> on a real PostgreSQL 17 (started by the tests), each check in a transaction that is
 * rolled back afterwards:
 * <ul>
 *   <li>Examples: right after your file, every account's row equals the count and sum computed from the orders,
 *       and the two page reads return the right values; new orders (one, several in one statement, the first
 *       order of an account, the first order of a brand-new account) are counted at once; a write that the
 *       database refuses leaves no trace in the summary (a trigger runs inside the statement that fired it).</li>
 *   <li>Design, from {@code EXPLAIN (FORMAT JSON)}: the header reads one row of {@code account_summary} through
 *       an index, and neither read touches {@code orders} or aggregates anything. A view over the orders is not
 *       a read model: it repeats the aggregation on every read.</li>
 *   <li>Property: many random sequences of writes (from a fixed seed) on a few accounts: inserts, new totals,
 *       moves between accounts, deletes, and writes of all of an account's orders at once. After each sequence,
 *       {@code account_summary} must equal what the orders say, for every account. A failure shows the shortest
 *       sequence of SQL statements that still breaks it: run it yourself in {@code psql} to watch.</li>
 * </ul>
 */
package dev.niche.storage.denormalizeforread;

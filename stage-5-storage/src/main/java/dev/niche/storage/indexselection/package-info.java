/**
 * <b>Index selection: four queries, three indexes</b> (checkpoint 5.2: choose indexes for a query set and
 * predict the planner's choice).
 *
 * <p>A shop's database holds 20 000 customers and 200 000 orders ({@code schema.sql} beside your file, in
 * {@code src/main/resources/dev/niche/storage/indexselection/}). Four queries run thousands of times a minute
 * ({@code queries.sql}): a customer's five newest orders, a login by e-mail in any letter case, one day's revenue,
 * and the twenty oldest pending orders. Today every one of them reads a whole table.
 *
 * <p><b>Your task:</b> write {@code indexes.sql}: at most <b>three</b> {@code CREATE INDEX} statements after which
 * no query reads a whole table and no query sorts. Every index makes each insert and update slower, which is why
 * there is a budget: one index per filtered column is four, and it still leaves two queries slow.
 *
 * <p><b>How it is checked</b> on a real PostgreSQL 17 (started by the tests): the schema is loaded and analyzed,
 * your file runs (an error names the line and PostgreSQL's message), then each query is explained with
 * {@code EXPLAIN (FORMAT JSON)}. A query fails when its plan has a {@code Seq Scan} of a big table, or a
 * {@code Sort} that an index could have avoided; the message shows the plan you got. The queries must also still
 * return the right rows, and the indexes beyond the primary keys are counted.
 *
 * <p>To look yourself: {@code EXPLAIN SELECT ...} in any PostgreSQL client prints the same plan as text.
 */
package dev.niche.storage.indexselection;

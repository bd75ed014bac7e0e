/**
 * <b>Isolation anomalies: no lost update, no write skew</b> (checkpoint 5.3: explain and build MVCC; here you
 * meet it from the application's side, on a real PostgreSQL).
 *
 * <p>A bank's withdrawal reads the balance, checks it, and writes back the balance minus the amount. A hospital
 * lets a doctor go off call when the rota still has another doctor on call. Both ran for months without a
 * problem, each request in its own transaction at PostgreSQL's default isolation level, READ COMMITTED. Then two
 * withdrawals from one account arrived in the same millisecond, and one of them vanished: both read 100, one wrote
 * 70, the other wrote 50 over it (a <i>lost update</i>). And on a quiet night the last two doctors on call each
 * asked to leave at the same moment: each saw the other still on call, each went, and nobody was left (a
 * <i>write skew</i>: two transactions read the same facts, then change different rows, and together break a rule
 * that each of them kept).
 *
 * <p><b>Your task</b>, in the tables of {@code schema.sql} (in
 * {@code src/main/resources/dev/niche/storage/isolationanomalies/}):
 * <ul>
 *   <li>{@link dev.niche.storage.isolationanomalies.Transactions#run}: run a unit of work in one transaction at a
 *       chosen isolation level, and run it again when PostgreSQL aborts it for a conflict (SQLSTATE
 *       {@code 40001}, serialization failure, or {@code 40P01}, deadlock), at most
 *       {@link dev.niche.storage.isolationanomalies.Transactions#MAX_ATTEMPTS} attempts in all;</li>
 *   <li>{@link dev.niche.storage.isolationanomalies.Bank#withdraw}, which must never lose an update nor overdraw
 *       an account;</li>
 *   <li>{@link dev.niche.storage.isolationanomalies.OnCall#goOffCall}, which must never leave a shift with nobody
 *       on call.</li>
 * </ul>
 * The tools are yours to choose: a stronger isolation level (REPEATABLE READ, SERIALIZABLE) that makes PostgreSQL
 * abort one of two conflicting transactions, which you then retry; or locks taken when you read
 * ({@code SELECT ... FOR UPDATE}), which make the second transaction wait for the first. A lock in Java does not
 * count: the bank runs on several servers that share the database.
 *
 * <p><b>How it is checked</b>, on a real PostgreSQL 17 started by the tests. The examples run one call at a time:
 * a withdrawal, a refusal for lack of funds, a doctor leaving, the last doctor refused, bad arguments. The
 * concurrency checks run two or more of your calls at once, each on its own connection and its own copy of your
 * classes (as on separate servers), and force the unlucky timing instead of waiting for it: the test watches every
 * statement your code sends (through a wrapper around the {@link java.sql.Connection}) and holds each transaction
 * just before its first write until the others have read what they read (or are waiting for a lock in the
 * database, which is fine). So the classic interleaving happens on every run: T1 reads, T2 reads, T1 writes and
 * commits, T2 writes and commits. A failure prints that interleaving statement by statement, with what each read
 * returned, and the final rows against the expected ones. Further checks make your first write fail with a forced
 * {@code 40001} or {@code 40P01} (your code must retry and succeed), make every attempt fail (your code must give
 * up after {@code MAX_ATTEMPTS} with {@link dev.niche.storage.isolationanomalies.RetriesExhaustedException}), and
 * run rounds of four concurrent withdrawals and four doctors leaving at once, with exact totals at the end.
 */
package dev.niche.storage.isolationanomalies;

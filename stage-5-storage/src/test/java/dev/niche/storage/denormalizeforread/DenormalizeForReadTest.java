package dev.niche.storage.denormalizeforread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.sql.KataDatabase;
import dev.niche.katas.grader.sql.Plan;
import dev.niche.katas.grader.sql.Postgres;
import dev.niche.katas.grader.sql.SqlScript;
import dev.niche.katas.grader.sql.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "storage/denormalize-for-read", title = "Denormalize for a read: a summary table that a trigger keeps"
        + " true", order = 2, checkpoints = "5.1", naiveViolates = CheckKind.PROPERTY)
@WithPostgres
class DenormalizeForReadTest {
    private static final String FOLDER = "dev/niche/storage/denormalizeforread/";
    private static final long SEED = 20_261_129L;
    private static final int SEQUENCES = 40;
    private static final int MAX_WRITES = 20;
    /** The accounts the random writes touch: three with orders, one (1000) that starts without any. */
    private static final int[] FOCUS = {1, 2, 3, 1000};

    /**
     * Every account whose stored summary differs from what its orders say (at most five, with the total count):
     * no row, several rows, or other numbers.
     */
    private static final String DRIFT = """
            WITH computed AS (
                SELECT a.id AS account_id, count(o.id) AS order_count, coalesce(sum(o.total_cents), 0) AS total_cents
                FROM accounts AS a LEFT JOIN orders AS o ON o.account_id = a.id
                GROUP BY a.id),
            stored AS (
                SELECT account_id, count(*) AS copies, min(order_count) AS order_count, min(total_cents) AS total_cents
                FROM account_summary GROUP BY account_id)
            SELECT c.account_id, coalesce(s.copies, 0), s.order_count, s.total_cents, c.order_count,
                   c.total_cents, count(*) OVER ()
            FROM computed AS c LEFT JOIN stored AS s ON s.account_id = c.account_id
            WHERE s.copies IS DISTINCT FROM 1 OR s.order_count IS DISTINCT FROM c.order_count
               OR s.total_cents IS DISTINCT FROM c.total_cents
            ORDER BY c.account_id LIMIT 5""";

    private static KataDatabase database;
    private static Connection connection;
    private static List<SqlScript.Part> pageReads;
    private static List<Long> focusOrders;
    private static Throwable learnerFileFailure;
    private static boolean learnerFileRan;

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void loadTheShop() throws SQLException {
        database = Postgres.freshDatabase("storage/denormalize-for-read");
        database.run(SqlScript.resource(FOLDER + "shop.sql"));
        connection = database.connect();
        pageReads = SqlScript.resource(FOLDER + "account_page.sql").parts();
        focusOrders = rows("SELECT id FROM orders WHERE account_id IN (1, 2, 3) ORDER BY id").stream()
                .map(Long::valueOf).toList();
    }

    @AfterAll
    static void dropTheShop() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Every check runs in a transaction of its own; undoing it restores the orders and the read model. */
    @AfterEach
    void undoTheCheck() throws SQLException {
        if (connection != null && !connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    /** Runs read_model.sql once, then analyzes; every check sees the same outcome. */
    private static synchronized void withYourReadModel() throws SQLException {
        if (!learnerFileRan) {
            learnerFileRan = true;
            try {
                database.run(SqlScript.resource(FOLDER + "read_model.sql"));
                database.analyzeExactly();
                connection.setAutoCommit(false);
            } catch (RuntimeException | AssertionError e) {
                learnerFileFailure = e;
            }
        }
        if (learnerFileFailure instanceof RuntimeException) {
            throw (RuntimeException) learnerFileFailure;
        }
        if (learnerFileFailure != null) {
            throw (AssertionError) learnerFileFailure;
        }
    }

    // ---- examples: the backfill, the reads, and new orders ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("after read_model.sql, every account has one row equal to its orders, zeros included")
    void backfillMatchesTheOrders() throws SQLException {
        withYourReadModel();
        assertNoDrift("right after read_model.sql ran (the backfill)");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("the header and the leaderboard return what the orders say")
    void pageReadsAnswer() throws SQLException {
        withYourReadModel();
        assertThat(rows(pageRead(0))).as("header of account 42")
                .isEqualTo(rows("SELECT count(*), coalesce(sum(total_cents), 0) FROM orders WHERE account_id = 42"));
        assertThat(rows(pageRead(1))).as("leaderboard").isEqualTo(rows("SELECT account_id, sum(total_cents)"
                + " FROM orders GROUP BY account_id ORDER BY 2 DESC, account_id LIMIT 10"));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a new order adds one to its account's count and its total to the sum, at once")
    void newOrderCounts() throws SQLException {
        withYourReadModel();
        List<String> before = rows(pageRead(0));
        execute("INSERT INTO orders (account_id, total_cents) VALUES (42, 1234)");
        String[] was = before.get(0).split("\\|");
        assertThat(rows(pageRead(0))).as("header of account 42 after INSERT INTO orders (account_id,"
                + " total_cents) VALUES (42, 1234); before it was %s", before)
                .containsExactly((Long.parseLong(was[0]) + 1) + "|" + (Long.parseLong(was[1]) + 1234));
        assertNoDrift("after INSERT INTO orders (account_id, total_cents) VALUES (42, 1234)");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an INSERT of several orders counts each of them, a first order included")
    void severalOrdersInOneStatement() throws SQLException {
        withYourReadModel();
        String insert = "INSERT INTO orders (account_id, total_cents) VALUES (5, 100), (5, 250), (999, 4000)";
        execute(insert);
        assertThat(rows("SELECT account_id, order_count, total_cents FROM account_summary WHERE account_id = 999"))
                .as("account 999's row after its first order (%s)", insert).containsExactly("999|1|4000");
        assertNoDrift("after " + insert);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a new account starts with a row of zeros, and its first order counts")
    void newAccountStartsAtZero() throws SQLException {
        withYourReadModel();
        execute("INSERT INTO accounts (id, name) VALUES (1001, 'Account 1001')");
        assertThat(rows("SELECT account_id, order_count, total_cents FROM account_summary WHERE account_id = 1001"))
                .as("account 1001's row after INSERT INTO accounts (id, name) VALUES (1001, 'Account 1001')")
                .containsExactly("1001|0|0");
        execute("INSERT INTO orders (account_id, total_cents) VALUES (1001, 700)");
        assertNoDrift("after a new account 1001 and its first order of 700 cents");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a write the database refuses leaves no trace in the summary")
    void refusedWriteLeavesNoTrace() throws SQLException {
        withYourReadModel();
        for (String refused : List.of("UPDATE orders SET total_cents = -1 WHERE account_id = 7",
                "INSERT INTO orders (account_id, total_cents) VALUES (7, 500), (5000, 500)")) {
            Savepoint before = connection.setSavepoint();
            try {
                execute(refused);
                throw new AssertionError("the given schema should refuse " + refused);
            } catch (SQLException expected) {
                connection.rollback(before);
            }
            assertNoDrift("after " + refused + ", which the database refused (a CHECK or a foreign key)");
        }
    }

    // ---- design: the reads touch the read model only ----

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the header reads one row of account_summary through an index, and nothing else")
    void headerPlan() throws SQLException {
        withYourReadModel();
        Plan plan = Plan.explain(connection, pageRead(0));
        assertReadsOnlyTheReadModel(plan, "header");
        assertThat(plan.readsThroughIndex("account_summary"))
                .withFailMessage("the header reads all of account_summary to find one account: %s. A primary key"
                        + " on account_id gives it an index, and one row per account.", plan)
                .isTrue();
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the leaderboard reads account_summary alone, with no aggregate over the orders")
    void leaderboardPlan() throws SQLException {
        withYourReadModel();
        assertReadsOnlyTheReadModel(Plan.explain(connection, pageRead(1)), "leaderboard");
    }

    // ---- property: random writes never make the read model drift ----

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("after random inserts, updates, moves and deletes, account_summary equals the orders")
    void randomWritesKeepTheReadModelTrue() throws SQLException {
        withYourReadModel();
        Random random = new Random(SEED);
        for (int sequence = 1; sequence <= SEQUENCES; sequence++) {
            List<String> writes = randomWrites(random);
            String drift = replay(writes);
            if (drift != null) {
                List<String> shortest = shrink(writes);
                throw new AssertionError("account_summary no longer equals the orders after these "
                        + shortest.size() + " write(s) (sequence " + sequence + " of " + SEQUENCES + " from seed "
                        + SEED + ", shrunk from " + writes.size() + "):\n"
                        + IntStream.range(0, shortest.size()).mapToObj(i -> "  " + shortest.get(i) + ";")
                                .collect(Collectors.joining("\n"))
                        + "\n" + replay(shortest)
                        + "\nEach write to orders takes an old row out of one account's summary and/or puts a new"
                        + " row into one: which of the two halves does your trigger miss here?");
            }
        }
    }

    private static List<String> randomWrites(Random random) {
        List<String> writes = new ArrayList<>();
        int n = 1 + random.nextInt(MAX_WRITES);
        for (int i = 0; i < n; i++) {
            int account = FOCUS[random.nextInt(FOCUS.length)];
            long order = focusOrders.get(random.nextInt(focusOrders.size()));
            int cents = 50 * random.nextInt(200);
            int dice = random.nextInt(100);
            if (dice < 30) {
                writes.add("INSERT INTO orders (account_id, total_cents) VALUES (" + account + ", " + cents + ")");
            } else if (dice < 50) {
                writes.add("UPDATE orders SET total_cents = " + cents + " WHERE id = " + order);
            } else if (dice < 65) {
                writes.add("UPDATE orders SET account_id = " + account + " WHERE id = " + order);
            } else if (dice < 75) {
                writes.add("UPDATE orders SET account_id = " + account + ", total_cents = " + cents
                        + " WHERE id = " + order);
            } else if (dice < 88) {
                writes.add("DELETE FROM orders WHERE id = " + order);
            } else if (dice < 94) {
                writes.add("UPDATE orders SET total_cents = total_cents + 100 WHERE account_id = " + account);
            } else {
                writes.add("DELETE FROM orders WHERE account_id = " + account);
            }
        }
        return writes;
    }

    /** Runs the writes in a transaction, reads the drift, rolls back; null when the read model held. */
    private static String replay(List<String> writes) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String write : writes) {
                st.execute(write);
            }
            return drift();
        } catch (SQLException e) {
            return "your trigger raised an error: " + e.getMessage();
        } finally {
            connection.rollback();
        }
    }

    /** The shortest failing prefix, then without every write that the failure does not need. */
    private static List<String> shrink(List<String> writes) throws SQLException {
        List<String> failing = writes;
        for (int n = 1; n < writes.size(); n++) {
            if (replay(writes.subList(0, n)) != null) {
                failing = writes.subList(0, n);
                break;
            }
        }
        failing = new ArrayList<>(failing);
        for (boolean dropped = true; dropped; ) {
            dropped = false;
            for (int i = failing.size() - 1; i >= 0 && failing.size() > 1; i--) {
                List<String> without = new ArrayList<>(failing);
                without.remove(i);
                if (replay(without) != null) {
                    failing = without;
                    dropped = true;
                }
            }
        }
        return failing;
    }

    // ---- helpers ----

    private static String pageRead(int index) {
        return pageReads.get(index).sql();
    }

    private static void assertReadsOnlyTheReadModel(Plan plan, String name) {
        List<String> others = plan.nodes().stream().map(Plan.Node::relation)
                .filter(r -> r != null && !r.equals("account_summary")).distinct().toList();
        assertThat(others)
                .withFailMessage("the %s reads %s besides account_summary: %s. The read model exists so that this"
                        + " read finds its answer stored; a view over orders computes it again on every read.",
                        name, others, plan)
                .isEmpty();
        assertThat(plan.find("Aggregate"))
                .withFailMessage("the %s aggregates rows: %s. The counts and totals should be stored, not"
                        + " computed when read.", name, plan)
                .isEmpty();
    }

    private static void assertNoDrift(String when) throws SQLException {
        String drift = drift();
        assertThat(drift).withFailMessage("%s:%n%s", when, drift).isNull();
    }

    /** What differs between account_summary and the orders, in words, or null when nothing does. */
    private static String drift() throws SQLException {
        List<String> differences = new ArrayList<>();
        long accounts = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(DRIFT)) {
            while (rs.next()) {
                accounts = rs.getLong(7);
                String stored = rs.getInt(2) == 0 ? "no row"
                        : (rs.getInt(2) > 1 ? rs.getInt(2) + " rows, the first: " : "")
                        + rs.getLong(3) + " orders, " + rs.getLong(4) + " cents";
                differences.add("  account " + rs.getInt(1) + ": account_summary has " + stored
                        + "; its orders say " + rs.getLong(5) + " orders, " + rs.getLong(6) + " cents");
            }
        }
        if (differences.isEmpty()) {
            return null;
        }
        return accounts + " account(s) differ" + (accounts > differences.size() ? ", the first "
                + differences.size() : "") + ":\n" + String.join("\n", differences);
    }

    private static void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(rs.getString(c));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}

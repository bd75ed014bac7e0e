package dev.niche.storage.indexselection;

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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "storage/index-selection", title = "Index selection: four queries, three indexes", order = 3,
        checkpoints = "5.2", naiveViolates = CheckKind.DESIGN)
@WithPostgres
class IndexSelectionTest {
    private static final String FOLDER = "dev/niche/storage/indexselection/";
    private static final int INDEX_BUDGET = 3;
    private static final int ORDERS = 200_000;
    private static final int CUSTOMERS = 20_000;

    private static KataDatabase database;
    private static Connection connection;
    private static List<SqlScript.Part> queries;
    private static RuntimeException learnerFileFailure;
    private static boolean learnerFileRan;

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void loadTheShop() throws SQLException {
        database = Postgres.freshDatabase("storage/index-selection");
        database.run(SqlScript.resource(FOLDER + "schema.sql"));
        connection = database.connect();
        queries = SqlScript.resource(FOLDER + "queries.sql").parts();
        database.analyzeExactly();
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

    /** Runs the learner's file once; every check that needs it sees the same outcome. */
    private static synchronized void withYourIndexes() throws SQLException {
        if (!learnerFileRan) {
            learnerFileRan = true;
            try {
                database.run(SqlScript.resource(FOLDER + "indexes.sql"));
                database.analyzeExactly();
            } catch (RuntimeException | AssertionError e) {
                learnerFileFailure = e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e.getMessage(), e);
            }
        }
        if (learnerFileFailure != null) {
            throw learnerFileFailure;
        }
    }

    // ---- examples: your file runs and the queries still answer correctly ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("indexes.sql runs and the four queries still return the right rows")
    void queriesStillAnswer() throws SQLException {
        withYourIndexes();
        assertThat(rows(query(0))).as("latest-orders").isEqualTo(expectedLatestOrders(4242));
        assertThat(rows(query(1))).as("login").containsExactly("4242");
        assertThat(rows(query(2))).as("day-revenue").containsExactly(String.valueOf(expectedDayRevenue()));
        assertThat(rows(query(3))).as("pending-queue").isEqualTo(expectedPendingQueue());
    }

    // ---- design: the physical design, read from the plans (not timed, so no benchmark) ----

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("latest-orders reads the customer's orders newest first from an index, without a sort")
    void latestOrdersPlan() throws SQLException {
        Plan plan = explain(0);
        assertNoSeqScan(plan, "orders", "latest-orders");
        assertNoSort(plan, "latest-orders", "an index that starts with the equality column and continues with"
                + " the ORDER BY column returns the rows already in order");
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("login finds the customer through an index on what the query compares")
    void loginPlan() throws SQLException {
        Plan plan = explain(1);
        assertThat(plan.readsThroughIndex("customers"))
                .withFailMessage("login reads the whole customers table: %s. The query compares lower(email); an"
                        + " index can only answer a comparison with the expression it stores.", plan)
                .isTrue();
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("day-revenue reads one day of orders, not the whole table")
    void dayRevenuePlan() throws SQLException {
        assertNoSeqScan(explain(2), "orders", "day-revenue");
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("pending-queue reads orders oldest first from an index, without a sort")
    void pendingQueuePlan() throws SQLException {
        Plan plan = explain(3);
        assertNoSeqScan(plan, "orders", "pending-queue");
        assertNoSort(plan, "pending-queue", "an index in created_at order lets LIMIT stop after the first 20"
                + " pending rows");
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("at most 3 indexes besides the primary keys (each one slows every write)")
    void withinBudget() throws SQLException {
        withYourIndexes();
        List<String> indexes = rows("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
                + " AND indexname NOT IN ('customers_pkey', 'orders_pkey') ORDER BY indexname");
        assertThat(indexes)
                .withFailMessage("%d indexes besides the primary keys (%s); the budget is %d. Every index is updated"
                        + " on every insert: find the index that serves two queries.", indexes.size(), indexes,
                        INDEX_BUDGET)
                .hasSizeLessThanOrEqualTo(INDEX_BUDGET);
    }

    // ---- helpers ----

    private static Plan explain(int query) throws SQLException {
        withYourIndexes();
        return Plan.explain(connection, query(query));
    }

    private static void assertNoSeqScan(Plan plan, String table, String name) {
        assertThat(plan.scansOf(table)).extracting(Plan.Node::type)
                .withFailMessage("%s reads the whole %s table (Seq Scan): %s", name, table, plan)
                .doesNotContain("Seq Scan");
    }

    private static void assertNoSort(Plan plan, String name, String why) {
        assertThat(plan.find("Sort"))
                .withFailMessage("%s sorts the rows it found: %s. %s.", name, plan, why)
                .isEmpty();
    }

    private static String query(int index) {
        return queries.get(index).sql();
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    boolean instant = rs.getMetaData().getColumnTypeName(c).equals("timestamptz");
                    values.add(instant ? rs.getObject(c, OffsetDateTime.class).toInstant().toString()
                            : rs.getString(c));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    // ---- the oracle: the data of schema.sql, computed in Java ----

    private static int customerOf(int order) {
        return 1 + (int) ((long) order * 7919 % CUSTOMERS);
    }

    private static String statusOf(int order) {
        return order % 100 == 0 ? "pending" : order % 10 == 0 ? "cancelled" : "shipped";
    }

    private static Instant createdAt(int order) {
        return Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(order));
    }

    private static int totalOf(int order) {
        return (int) ((long) order * 37 % 50_000);
    }

    private static List<String> expectedLatestOrders(int customer) {
        List<String> rows = new ArrayList<>();
        for (int g = ORDERS; g >= 1 && rows.size() < 5; g--) {
            if (customerOf(g) == customer) {
                rows.add(g + "|" + statusOf(g) + "|" + createdAt(g) + "|" + totalOf(g));
            }
        }
        return rows;
    }

    private static long expectedDayRevenue() {
        int marchFirst = (31 + 28) * 24 * 60;
        long sum = 0;
        for (int g = marchFirst; g < marchFirst + 24 * 60; g++) {
            sum += totalOf(g);
        }
        return sum;
    }

    private static List<String> expectedPendingQueue() {
        List<String> rows = new ArrayList<>();
        for (int g = 100; rows.size() < 20; g += 100) {
            rows.add(g + "|" + customerOf(g));
        }
        return rows;
    }
}

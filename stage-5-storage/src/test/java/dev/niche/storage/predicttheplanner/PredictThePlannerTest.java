package dev.niche.storage.predicttheplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.sql.KataDatabase;
import dev.niche.katas.grader.sql.Plan;
import dev.niche.katas.grader.sql.Postgres;
import dev.niche.katas.grader.sql.SqlScript;
import dev.niche.katas.grader.sql.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Kata(id = "storage/predict-the-planner", title = "Predict the planner: which scan, and why", order = 4,
        checkpoints = "5.2", naiveViolates = CheckKind.EXAMPLE)
@WithPostgres
class PredictThePlannerTest {
    /** What decides each query's plan, shown when a prediction is wrong. */
    private static final Map<Query, String> WHY = new EnumMap<>(Query.class);

    static {
        WHY.put(Query.BY_ID, "one row through a unique index costs a few page reads");
        WHY.put(Query.ALL_CLICKS, "when most rows match, reading the table in order is cheaper than jumping"
                + " from index entry to row for each of them");
        WHY.put(Query.COUNT_FOR_USERS, "the query needs only user_id, which the index holds, and VACUUM marked"
                + " the pages all-visible, so the table is never read");
        WHY.put(Query.EVENTS_FOR_USERS, "2% of rows spread over every page: collecting their locations first and"
                + " reading each page once beats a random read per row");
        WHY.put(Query.RECENT_EVENTS, "22% of rows, but stored in the index's order (correlation 1): walking the"
                + " index reads the table's pages one after another");
        WHY.put(Query.PAYLOAD_SEARCH, "payload has no index, and a pattern that starts with % could not use a"
                + " B-tree anyway");
        WHY.put(Query.REFUNDS, "100 rows: that many single lookups cost less than building a bitmap");
        WHY.put(Query.PURCHASES, "1 000 rows, about one per page: a bitmap reads each page once, in order");
        WHY.put(Query.NEWEST_TEN, "the index is sorted by created_at; reading it backwards gives the newest"
                + " rows first and LIMIT stops after ten");
        WHY.put(Query.REFUNDS_ANY_CASE, "the index holds kind, not lower(kind), so it cannot answer the"
                + " comparison; the estimate falls back to a default share of the rows");
    }

    private static KataDatabase database;
    private static Connection connection;

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void buildTheEventLog() {
        database = Postgres.freshDatabase("storage/predict-the-planner");
        database.run(SqlScript.resource("dev/niche/storage/predicttheplanner/events.sql"));
        database.analyzeExactly();
        connection = database.connect();
    }

    @AfterAll
    static void dropTheEventLog() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Query.class)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("the predicted scan matches PostgreSQL 17's plan")
    void predictionMatchesThePlan(Query query) {
        ScanNode predicted = Predictions.predict(query);
        Plan plan = Plan.explain(connection, query.sql());
        ScanNode actual = scanOfEvents(plan);
        assertThat(predicted)
                .withFailMessage("%s: you predicted %s; PostgreSQL chose %s (plan: %s). What decides it: %s.",
                        query, predicted, actual, plan, WHY.get(query))
                .isEqualTo(actual);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("predict(null) is refused")
    void nullQueryIsRefused() {
        assertThatThrownBy(() -> Predictions.predict(null)).isInstanceOf(NullPointerException.class);
    }

    private static ScanNode scanOfEvents(Plan plan) {
        return plan.scansOf("events").stream().map(node -> {
            switch (node.type()) {
                case "Seq Scan": return ScanNode.SEQ_SCAN;
                case "Index Scan": return ScanNode.INDEX_SCAN;
                case "Index Only Scan": return ScanNode.INDEX_ONLY_SCAN;
                case "Bitmap Heap Scan": return ScanNode.BITMAP_HEAP_SCAN;
                default: return null;
            }
        }).filter(s -> s != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no scan of events in " + plan));
    }
}

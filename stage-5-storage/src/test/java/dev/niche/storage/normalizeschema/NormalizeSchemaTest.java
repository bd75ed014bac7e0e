package dev.niche.storage.normalizeschema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.sql.KataDatabase;
import dev.niche.katas.grader.sql.Postgres;
import dev.niche.katas.grader.sql.SqlScript;
import dev.niche.katas.grader.sql.WithPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

@Kata(id = "storage/normalize-schema", title = "Normalize a schema: one spreadsheet becomes tables that cannot"
        + " disagree", order = 1, checkpoints = "5.1", naiveViolates = CheckKind.DESIGN)
@WithPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // file order: the anomalies before the catalog rules
class NormalizeSchemaTest {
    private static final String FOLDER = "dev/niche/storage/normalizeschema/";

    /** The nine statements of app.sql, in file order, with the parameters each one takes. */
    private static final List<Step> STEPS = List.of(
            new Step("customer-orders", "email"),
            new Step("order-lines", "order_no"),
            new Step("customer", "email"),
            new Step("add-customer", "email", "name", "address"),
            new Step("add-product", "sku", "name", "price_cents"),
            new Step("add-line", "order_no", "sku", "quantity"),
            new Step("change-email", "old_email", "new_email"),
            new Step("change-price", "sku", "price_cents"),
            new Step("delete-order", "order_no"));

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    private static KataDatabase database;
    private static Connection connection;
    private static List<SheetRow> sheet;
    private static Map<String, String> app;
    private static Throwable learnerFilesFailure;
    private static boolean learnerFilesRan;

    private record Step(String name, String... parameters) {
    }

    /** One row of the old spreadsheet: the oracle every read is compared with. */
    private record SheetRow(int orderNo, String placedOn, String email, String name, String address, String sku,
            String productName, int priceCents, int quantity) {
    }

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void loadTheSpreadsheet() throws SQLException {
        database = Postgres.freshDatabase("storage/normalize-schema");
        database.run(SqlScript.resource(FOLDER + "spreadsheet.sql"));
        connection = database.connect();
        sheet = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT order_no,"
                + " placed_on::text, customer_email, customer_name, ship_address, sku, product_name,"
                + " unit_price_cents, quantity FROM spreadsheet")) {
            while (rs.next()) {
                sheet.add(new SheetRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9)));
            }
        }
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

    /** Every check runs in a transaction of its own; undoing it leaves the next check the migrated data. */
    @AfterEach
    void undoTheCheck() throws SQLException {
        if (connection != null && !connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    /** Runs schema.sql once, drops the spreadsheet, reads app.sql; every check sees the same outcome. */
    private static synchronized void withYourSchema() throws SQLException {
        if (!learnerFilesRan) {
            learnerFilesRan = true;
            try {
                database.run(SqlScript.resource(FOLDER + "schema.sql"));
                dropTheSpreadsheet();
                app = readApp();
                connection.setAutoCommit(false);
            } catch (RuntimeException | AssertionError e) {
                learnerFilesFailure = e;
            }
        }
        if (learnerFilesFailure instanceof RuntimeException) {
            throw (RuntimeException) learnerFilesFailure;
        }
        if (learnerFilesFailure != null) {
            throw (AssertionError) learnerFilesFailure;
        }
    }

    private static void dropTheSpreadsheet() {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS spreadsheet");
        } catch (SQLException e) {
            throw new AssertionError("the tests drop table spreadsheet after schema.sql, and could not: "
                    + e.getMessage() + ". Your tables must hold the data themselves: copy it with"
                    + " INSERT ... SELECT, and let no view or constraint depend on spreadsheet.", e);
        }
    }

    private static Map<String, String> readApp() {
        List<SqlScript.Part> parts = SqlScript.resource(FOLDER + "app.sql").parts();
        if (parts.isEmpty()) {
            UnsupportedOperationException stub = new UnsupportedOperationException("TODO: write the nine"
                    + " statements of app.sql");
            stub.setStackTrace(new StackTraceElement[] {new StackTraceElement("src/main/resources/" + FOLDER
                    + "app", "sql", "app.sql", 1)});
            throw stub;
        }
        if (parts.size() != STEPS.size()) {
            throw new AssertionError("app.sql holds " + parts.size() + " statements; it must hold exactly "
                    + STEPS.size() + ", in this order: " + STEPS.stream().map(Step::name)
                    .collect(Collectors.joining(", ")) + " (each one statement ending in ';')");
        }
        Map<String, String> statements = new LinkedHashMap<>();
        for (int i = 0; i < STEPS.size(); i++) {
            Step step = STEPS.get(i);
            SqlScript.Part part = parts.get(i);
            Set<String> used = new TreeSet<>();
            Matcher m = PARAMETER.matcher(part.sql());
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> expected = new TreeSet<>(List.of(step.parameters()));
            if (!used.equals(expected)) {
                throw new AssertionError("app.sql line " + part.line() + ": statement " + (i + 1) + " ("
                        + step.name() + ") must use the parameters " + colons(expected) + " and no others, but"
                        + " uses " + colons(used) + ". Is a statement missing or out of order?");
            }
            statements.put(step.name(), part.sql());
        }
        return statements;
    }

    private static String colons(Set<String> names) {
        return names.stream().map(n -> ":" + n).collect(Collectors.joining(", ", "[", "]"));
    }

    // ---- examples: the application works on your schema ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("customer-orders lists every customer's orders and totals as the spreadsheet had them")
    void everyCustomersOrders() throws SQLException {
        withYourSchema();
        for (String email : new TreeSet<>(sheet.stream().map(SheetRow::email).toList())) {
            assertThat(read("customer-orders", "email", email)).as("customer-orders(:email = '%s')", email)
                    .isEqualTo(expectedOrdersOf(email, sheet));
        }
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("order-lines lists every order's lines with the product's name and price")
    void everyOrdersLines() throws SQLException {
        withYourSchema();
        for (int order = 1; order <= 40; order++) {
            assertThat(read("order-lines", "order_no", order)).as("order-lines(:order_no = %d)", order)
                    .isEqualTo(expectedLinesOf(order, sheet));
        }
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("customer finds a customer by e-mail, and no one for an unknown e-mail")
    void customerByEmail() throws SQLException {
        withYourSchema();
        assertThat(read("customer", "email", "grace@example.com")).as("customer(:email = 'grace@example.com')")
                .containsExactly("Grace Hopper|88 Navy Yard Road, Arlington");
        assertThat(read("customer", "email", "nobody@example.com")).as("customer(:email = 'nobody@example.com')")
                .isEmpty();
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a customer and a product can be registered before any order, and a line joins an order")
    void registerThenOrder() throws SQLException {
        withYourSchema();
        write("add-customer", "email", "linus@example.com", "name", "Linus Torvalds", "address",
                "3 Kernel Road, Helsinki");
        assertThat(read("customer", "email", "linus@example.com")).as("customer after add-customer")
                .containsExactly("Linus Torvalds|3 Kernel Road, Helsinki");
        assertThat(read("customer-orders", "email", "linus@example.com"))
                .as("customer-orders of a customer who has not ordered yet").isEmpty();

        write("add-product", "sku", "TEA-09", "name", "Genmaicha", "price_cents", 1150);
        write("add-line", "order_no", 5, "sku", "TEA-09", "quantity", 2);
        List<SheetRow> after = new ArrayList<>(sheet);
        SheetRow someLineOf5 = sheet.stream().filter(r -> r.orderNo() == 5).findFirst().orElseThrow();
        after.add(new SheetRow(5, someLineOf5.placedOn(), someLineOf5.email(), someLineOf5.name(),
                someLineOf5.address(), "TEA-09", "Genmaicha", 1150, 2));
        assertThat(read("order-lines", "order_no", 5)).as("order-lines(5) after add-line(5, 'TEA-09', 2)")
                .isEqualTo(expectedLinesOf(5, after));
        assertThat(read("customer-orders", "email", someLineOf5.email()))
                .as("customer-orders('%s') after add-line(5, 'TEA-09', 2)", someLineOf5.email())
                .isEqualTo(expectedOrdersOf(someLineOf5.email(), after));
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a new e-mail, a new price and a cancelled order show up in every read")
    void changesShowUp() throws SQLException {
        withYourSchema();
        write("change-email", "old_email", "alan@example.com", "new_email", "alan.turing@example.org");
        assertThat(read("customer-orders", "email", "alan.turing@example.org"))
                .as("customer-orders under the new e-mail, after change-email").isEqualTo(
                        expectedOrdersOf("alan@example.com", sheet));
        assertThat(read("customer-orders", "email", "alan@example.com"))
                .as("customer-orders under the old e-mail, after change-email").isEmpty();

        write("change-price", "sku", "TEA-03", "price_cents", 1350);
        List<SheetRow> repriced = sheet.stream().map(r -> !r.sku().equals("TEA-03") ? r : new SheetRow(
                r.orderNo(), r.placedOn(), r.email(), r.name(), r.address(), r.sku(), r.productName(), 1350,
                r.quantity())).toList();
        for (int order : new TreeSet<>(sheet.stream().filter(r -> r.sku().equals("TEA-03"))
                .map(SheetRow::orderNo).toList())) {
            assertThat(read("order-lines", "order_no", order))
                    .as("order-lines(%d) after change-price('TEA-03', 1350)", order)
                    .isEqualTo(expectedLinesOf(order, repriced));
        }

        String owner = sheet.stream().filter(r -> r.orderNo() == 7).findFirst().orElseThrow().email();
        write("delete-order", "order_no", 7);
        List<SheetRow> without7 = repriced.stream().filter(r -> r.orderNo() != 7).toList();
        assertThat(read("order-lines", "order_no", 7)).as("order-lines(7) after delete-order(7)").isEmpty();
        assertThat(read("customer-orders", "email", owner))
                .as("customer-orders('%s') after delete-order(7)", owner)
                .isEqualTo(expectedOrdersOf(owner, without7));
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a price or a quantity of zero or below is refused")
    void nonPositiveRefused() throws SQLException {
        withYourSchema();
        assertRefused("a product with price 0 is not for sale", "add-product", "sku", "TEA-10", "name",
                "Free Sample", "price_cents", 0);
        assertRefused("a negative price would pay the customer", "change-price", "sku", "TEA-01",
                "price_cents", -650);
        assertRefused("a line of zero teas is no line", "add-line", "order_no", 1, "sku", skuNotOn(1),
                "quantity", 0);
    }

    // ---- design: no update, insert or delete anomaly ----

    @Test
    @Order(7)
    @Kind(CheckKind.DESIGN)
    @DisplayName("a customer's name and address and a product's name are each stored in exactly one row")
    void eachFactOnce() throws SQLException {
        withYourSchema();
        for (String fact : List.of("Grace Hopper", "88 Navy Yard Road, Arlington", "Lapsang Souchong")) {
            Map<String, Integer> where = rowsContaining(fact);
            int total = where.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(total)
                    .withFailMessage("'%s' is stored in %d rows (rows per table: %s); it must be in exactly one.%n"
                            + "A fact stored in several rows can be changed in some of them and not the others:"
                            + " find the key it depends on and give that key a table of its own.", fact, total,
                            where)
                    .isEqualTo(1);
        }
    }

    @Test
    @Order(8)
    @Kind(CheckKind.DESIGN)
    @DisplayName("changing a customer's e-mail changes one row")
    void newEmailIsOneRow() throws SQLException {
        withYourSchema();
        assertChangesOneRow("change-email", "old_email", "ada@example.com", "new_email", "ada.king@example.org");
    }

    @Test
    @Order(9)
    @Kind(CheckKind.DESIGN)
    @DisplayName("changing a product's price changes one row")
    void newPriceIsOneRow() throws SQLException {
        withYourSchema();
        assertChangesOneRow("change-price", "sku", "TEA-02", "price_cents", 1990);
    }

    @Test
    @Order(10)
    @Kind(CheckKind.DESIGN)
    @DisplayName("cancelling a customer's only order keeps the customer")
    void customerOutlivesTheirOrder() throws SQLException {
        withYourSchema();
        write("delete-order", "order_no", 40);
        assertThat(read("customer-orders", "email", "ken@example.com"))
                .as("customer-orders('ken@example.com') after delete-order(40), his only order").isEmpty();
        assertThat(read("customer", "email", "ken@example.com"))
                .withFailMessage("after delete-order(40), Ken Thompson's only order, customer('ken@example.com')"
                        + " returns %s, expected [Ken Thompson|6 Unix Terrace, New Orleans].%nThe shop forgot a"
                        + " customer because the last row that mentioned him went: a customer needs a row of"
                        + " their own, independent of orders.", read("customer", "email", "ken@example.com"))
                .containsExactly("Ken Thompson|6 Unix Terrace, New Orleans");
    }

    @Test
    @Order(11)
    @Kind(CheckKind.DESIGN)
    @DisplayName("a known e-mail, a known SKU, or a product already on the order cannot be added again")
    void noSecondCopy() throws SQLException {
        withYourSchema();
        assertRefused("two customers would share one e-mail, and customer(:email) could not tell them apart (a"
                + " UNIQUE constraint prevents it)", "add-customer", "email", "ada@example.com", "name",
                "Ada King", "address", "1 Other Street, London");
        assertRefused("the same tea would exist twice with two prices (a key on the SKU prevents it)",
                "add-product", "sku", "TEA-02", "name", "Darjeeling First Flush", "price_cents", 990);
        String onOrder1 = sheet.stream().filter(r -> r.orderNo() == 1).findFirst().orElseThrow().sku();
        assertRefused("order 1 would have two lines for one product (the key of a line is the order and the"
                + " product)", "add-line", "order_no", 1, "sku", onOrder1, "quantity", 1);
    }

    @Test
    @Order(12)
    @Kind(CheckKind.DESIGN)
    @DisplayName("a line must name an existing order and an existing product")
    void linesReferToWhatExists() throws SQLException {
        withYourSchema();
        assertRefused("a line for a product that does not exist cannot be billed (a foreign key prevents it)",
                "add-line", "order_no", 1, "sku", "TEA-99", "quantity", 1);
        assertRefused("a line for an order that does not exist belongs to no one (a foreign key prevents it)",
                "add-line", "order_no", 999, "sku", "TEA-01", "quantity", 1);
    }

    // ---- design: what the catalog says about your tables ----

    @Test
    @Order(13)
    @Kind(CheckKind.DESIGN)
    @DisplayName("every table has a primary key")
    void everyTableHasAPrimaryKey() throws SQLException {
        withYourSchema();
        List<String> tables = rows("SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid ="
                + " c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1");
        List<String> withoutKey = rows("SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid ="
                + " c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint AS k WHERE k.conrelid = c.oid AND k.contype = 'p') ORDER BY 1");
        assertThat(tables).as("the tables of schema.sql").isNotEmpty();
        assertThat(withoutKey)
                .withFailMessage("tables without a primary key: %s.%nA primary key says which columns identify a"
                        + " row; without one, nothing stops the same thing from being stored twice, and nothing"
                        + " else can refer to a row safely.", withoutKey)
                .isEmpty();
    }

    @Test
    @Order(14)
    @Kind(CheckKind.DESIGN)
    @DisplayName("every column is NOT NULL: every fact of the shop is required")
    void everyColumnRequired() throws SQLException {
        withYourSchema();
        List<String> nullable = rows("SELECT c.table_name || '.' || c.column_name FROM information_schema.columns"
                + " AS c JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name ="
                + " c.table_name WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                + " AND c.is_nullable = 'YES' ORDER BY 1");
        assertThat(nullable)
                .withFailMessage("columns that accept NULL: %s.%nEvery fact in this shop is required. A design"
                        + " that needs NULL to store one thing without another (a customer without an order) is"
                        + " keeping two things in one table.", nullable)
                .isEmpty();
    }

    // ---- helpers: running app.sql ----

    private static List<String> read(String step, Object... parameters) throws SQLException {
        List<String> rows = run(step, parameters);
        if (rows == null) {
            throw new AssertionError("app.sql statement " + step + " must be a query that returns rows: "
                    + app.get(step));
        }
        return rows;
    }

    private static void write(String step, Object... parameters) throws SQLException {
        run(step, parameters);
    }

    /** Runs one statement of app.sql; the rows it returns, or null when it returns none (a write). */
    private static List<String> run(String step, Object... parameters) throws SQLException {
        String sql = bind(step, parameters);
        try (Statement st = connection.createStatement()) {
            if (!st.execute(sql)) {
                return null;
            }
            try (ResultSet rs = st.getResultSet()) {
                List<String> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        values.add(plain(rs.getString(c)));
                    }
                    rows.add(String.join("|", values));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new AssertionError("app.sql " + step + describe(parameters) + " failed: " + e.getMessage(), e);
        }
    }

    /** Asserts that the statement fails with an integrity constraint violation (SQLSTATE class 23). */
    private static void assertRefused(String why, String step, Object... parameters) throws SQLException {
        Savepoint before = connection.setSavepoint();
        String sql = bind(step, parameters);
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            connection.rollback(before);
            assertThat(e.getSQLState())
                    .withFailMessage("%s%s failed, but not through a constraint: %s", step, describe(parameters),
                            e.getMessage())
                    .startsWith("23");
            return;
        }
        throw new AssertionError(step + describe(parameters) + " was accepted, and must be refused: " + why
                + ".\nRefusing is the database's job: a constraint raises an error, where a statement that"
                + " quietly writes nothing (or writes it anyway) lets the bad fact in.");
    }

    private static void assertChangesOneRow(String step, Object... parameters) throws SQLException {
        Map<String, Integer> before = snapshot();
        write(step, parameters);
        Map<String, Integer> after = snapshot();
        List<String> removed = minus(before, after);
        List<String> added = minus(after, before);
        assertThat(removed.size() == 1 && added.size() == 1)
                .withFailMessage("%s%s changed %d row(s), expected exactly 1.%n  before: %s%n  after:  %s%n"
                        + "A fact stored once is changed once. Here it is repeated (or a key that changes is"
                        + " referenced, so a cascade rewrites the rows that refer to it).", step,
                        describe(parameters), Math.max(removed.size(), added.size()), shorten(removed),
                        shorten(added))
                .isTrue();
    }

    private static String bind(String step, Object... parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put((String) parameters[i], parameters[i + 1]);
        }
        Matcher m = PARAMETER.matcher(app.get(step));
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sql, Matcher.quoteReplacement(literal(values.get(m.group(1)))));
        }
        m.appendTail(sql);
        return sql.toString();
    }

    private static String literal(Object value) {
        return value instanceof Number ? value.toString() : "'" + value.toString().replace("'", "''") + "'";
    }

    private static String describe(Object... parameters) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parameters.length; i += 2) {
            shown.add(":" + parameters[i] + " = " + literal(parameters[i + 1]));
        }
        return "(" + String.join(", ", shown) + ")";
    }

    /** Numbers compare by value, so 1200 and 1200.00 are the same total. */
    private static String plain(String value) {
        if (value != null && value.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    // ---- helpers: reading the database as a whole ----

    private static List<String> tables() throws SQLException {
        return rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** How many rows of each table hold {@code text} anywhere in one of their values. */
    private static Map<String, Integer> rowsContaining(String text) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : tables()) {
            List<String> n = rows("SELECT count(*) FROM " + quoted(table) + " AS r WHERE strpos(r::text, "
                    + literal(text) + ") > 0");
            if (!n.get(0).equals("0")) {
                counts.put(table, Integer.parseInt(n.get(0)));
            }
        }
        return counts;
    }

    /** Every row of every table, as "table(row)", with how many times it occurs. */
    private static Map<String, Integer> snapshot() throws SQLException {
        Map<String, Integer> all = new TreeMap<>();
        for (String table : tables()) {
            for (String row : rows("SELECT r::text FROM " + quoted(table) + " AS r")) {
                all.merge(table + row, 1, Integer::sum);
            }
        }
        return all;
    }

    private static List<String> minus(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> rest = new ArrayList<>();
        a.forEach((row, n) -> {
            for (int i = b.getOrDefault(row, 0); i < n; i++) {
                rest.add(row);
            }
        });
        return rest;
    }

    private static String shorten(List<String> rows) {
        return rows.size() <= 3 ? rows.toString()
                : rows.subList(0, 3) + " and " + (rows.size() - 3) + " more";
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    // ---- the oracle: the spreadsheet, read before your schema.sql ran ----

    private static List<String> expectedOrdersOf(String email, List<SheetRow> rows) {
        Map<Integer, long[]> totals = new TreeMap<>();
        Map<Integer, String> dates = new TreeMap<>();
        for (SheetRow r : rows) {
            if (r.email().equals(email)) {
                totals.computeIfAbsent(r.orderNo(), k -> new long[1])[0] += (long) r.quantity() * r.priceCents();
                dates.put(r.orderNo(), r.placedOn());
            }
        }
        return totals.entrySet().stream()
                .map(e -> e.getKey() + "|" + dates.get(e.getKey()) + "|" + e.getValue()[0]).toList();
    }

    private static List<String> expectedLinesOf(int order, List<SheetRow> rows) {
        return rows.stream().filter(r -> r.orderNo() == order).sorted((x, y) -> x.sku().compareTo(y.sku()))
                .map(r -> r.sku() + "|" + r.productName() + "|" + r.priceCents() + "|" + r.quantity()).toList();
    }

    private static String skuNotOn(int order) {
        Set<String> on = sheet.stream().filter(r -> r.orderNo() == order).map(SheetRow::sku)
                .collect(Collectors.toSet());
        return sheet.stream().map(SheetRow::sku).filter(s -> !on.contains(s)).sorted().findFirst().orElseThrow();
    }
}

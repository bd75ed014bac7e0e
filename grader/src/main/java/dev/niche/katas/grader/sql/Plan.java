package dev.niche.katas.grader.sql;

import dev.niche.katas.grader.report.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan PostgreSQL chose for a query, read from {@code EXPLAIN (FORMAT JSON)}: a tree of nodes, each with its
 * type ("Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan", "Sort", ...), the table and the index it
 * reads. {@link #toString()} is a one-line summary for failure messages, outermost node first.
 */
public final class Plan {
    /** One node of a plan. */
    public record Node(String type, String relation, String index, int depth) {
        @Override
        public String toString() {
            return type + (index == null ? "" : " using " + index) + (relation == null ? "" : " on " + relation);
        }
    }

    private final String query;
    private final List<Node> nodes;

    private Plan(String query, List<Node> nodes) {
        this.query = query;
        this.nodes = List.copyOf(nodes);
    }

    /** Explains {@code query} (without running it) on {@code connection}. */
    public static Plan explain(Connection connection, String query) {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("EXPLAIN (FORMAT JSON) " + query)) {
            rs.next();
            return parse(query, rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot explain " + query + ": " + e.getMessage(), e);
        }
    }

    static Plan parse(String query, String json) {
        Map<?, ?> top = (Map<?, ?>) ((List<?>) Json.parse(json)).get(0);
        List<Node> nodes = new ArrayList<>();
        walk((Map<?, ?>) top.get("Plan"), 0, nodes);
        return new Plan(query, nodes);
    }

    private static void walk(Map<?, ?> node, int depth, List<Node> out) {
        out.add(new Node((String) node.get("Node Type"), (String) node.get("Relation Name"),
                (String) node.get("Index Name"), depth));
        Object children = node.get("Plans");
        if (children instanceof List<?>) {
            for (Object child : (List<?>) children) {
                walk((Map<?, ?>) child, depth + 1, out);
            }
        }
    }

    /** Every node, outermost first (depth-first). */
    public List<Node> nodes() {
        return nodes;
    }

    /** The query this plan is for. */
    public String query() {
        return query;
    }

    /** The first node of {@code type}, if any. */
    public Optional<Node> find(String type) {
        return nodes.stream().filter(n -> n.type().equals(type)).findFirst();
    }

    /** The nodes that read {@code table} (scans of any kind). */
    public List<Node> scansOf(String table) {
        return nodes.stream().filter(n -> table.equals(n.relation())).collect(Collectors.toList());
    }

    /** True when some node reads {@code table} through an index (index, index-only or bitmap scan). */
    public boolean readsThroughIndex(String table) {
        return nodes.stream().anyMatch(n -> n.index() != null && (table.equals(n.relation())
                || n.type().equals("Bitmap Index Scan") && bitmapHeapOn(table)));
    }

    private boolean bitmapHeapOn(String table) {
        return nodes.stream().anyMatch(n -> n.type().equals("Bitmap Heap Scan") && table.equals(n.relation()));
    }

    @Override
    public String toString() {
        return nodes.stream().map(Node::toString).collect(Collectors.joining(" > "));
    }
}

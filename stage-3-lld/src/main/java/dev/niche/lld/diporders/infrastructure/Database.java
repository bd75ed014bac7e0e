package dev.niche.lld.diporders.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stand-in for the SQL database: tables of rows keyed by id, kept in memory, and a log of every statement run.
 * Given code: do not change it.
 */
public final class Database {
    private final Map<String, Map<Long, List<Object>>> tables = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<String> statements = new ArrayList<>();

    /** The next value of a sequence: 1, 2, 3... */
    public long nextval(String sequence) {
        statements.add("SELECT nextval('" + sequence + "')");
        return sequences.merge(sequence, 1L, Long::sum);
    }

    /** Adds a row; a row with this id must not exist yet. */
    public void insert(String table, long id, List<?> values) {
        statements.add("INSERT INTO " + table + " VALUES (" + id + ", " + sql(values) + ")");
        if (table(table).putIfAbsent(id, List.copyOf(values)) != null) {
            throw new IllegalStateException("duplicate key " + id + " in " + table);
        }
    }

    /** Replaces a row; a row with this id must exist. */
    public void update(String table, long id, List<?> values) {
        statements.add("UPDATE " + table + " SET (" + sql(values) + ") WHERE id = " + id);
        if (table(table).replace(id, List.copyOf(values)) == null) {
            throw new IllegalStateException("no row " + id + " in " + table);
        }
    }

    /** The row with this id, if there is one. */
    public Optional<List<Object>> select(String table, long id) {
        statements.add("SELECT * FROM " + table + " WHERE id = " + id);
        return Optional.ofNullable(table(table).get(id));
    }

    /** Every statement run so far, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** What a table holds now, by id; for inspection, so not logged. */
    public Map<Long, List<Object>> rows(String table) {
        return new TreeMap<>(table(table));
    }

    private Map<Long, List<Object>> table(String name) {
        return tables.computeIfAbsent(name, n -> new HashMap<>());
    }

    private static String sql(List<?> values) {
        return values.stream().map(v -> v instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(v))
                .collect(Collectors.joining(", "));
    }
}

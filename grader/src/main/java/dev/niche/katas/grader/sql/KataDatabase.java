package dev.niche.katas.grader.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One kata's own database on the JVM's PostgreSQL server; {@link #close()} drops it. */
public final class KataDatabase implements AutoCloseable {
    private final Postgres.Server server;
    private final String name;

    KataDatabase(Postgres.Server server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** A new connection (auto-commit on); the caller closes it. */
    public Connection connect() {
        try {
            return server.connect(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + server.url(name) + ": " + e.getMessage(), e);
        }
    }

    /** Runs a learner's SQL file from the classpath; an error names the file and line. */
    public void run(SqlScript script) {
        try (Connection c = connect()) {
            script.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close a connection to " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code VACUUM ANALYZE} with a statistics target that makes ANALYZE read every row of tables up to 3 million
     * rows: the statistics are then exact instead of sampled at random, so the planner chooses the same plan on
     * every run. VACUUM also marks pages all-visible, which index-only scans need.
     */
    public void analyzeExactly() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SET default_statistics_target = 10000");
            st.execute("VACUUM ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database (other sessions on it are ended first). */
    @Override
    public void close() {
        try (Connection admin = server.connect(server.adminDatabase()); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }
}

package dev.niche.katas.grader.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of a test JVM. By default one embedded server (PostgreSQL 17 binaries from Maven Central,
 * for the platform the build runs on, unpacked once into the temporary directory) is started on first use, keeps
 * its data under {@code target/postgres/} and stops when the JVM ends. Test classes that use it carry
 * {@link WithPostgres}, which starts it before their first test, outside the tests' time limits. With {@code -Dkata.pg.url=jdbc:postgresql://host:port/db} (and {@code kata.pg.user},
 * {@code kata.pg.password}) the same katas run on an existing server instead.
 *
 * <p>Each kata gets a database of its own, created empty: see {@link #freshDatabase(String)}.
 */
public final class Postgres {
    public static final String URL_PROPERTY = "kata.pg.url";
    public static final String USER_PROPERTY = "kata.pg.user";
    public static final String PASSWORD_PROPERTY = "kata.pg.password";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private Postgres() {
    }

    /** How a kata reaches its database. */
    public interface Server {
        /** A connection to {@code database} on this server, as the admin user. */
        Connection connect(String database) throws SQLException;

        /** The database to connect to when creating and dropping others. */
        String adminDatabase();

        /** A JDBC URL for {@code database}, for messages. */
        String url(String database);
    }

    /**
     * A new, empty database for one kata, named after {@code kata} (e.g. {@code storage/index-selection} becomes
     * {@code kata_index_selection_1}), with parallel query and JIT off so plans do not depend on the machine.
     * Close it to drop it.
     */
    public static KataDatabase freshDatabase(String kata) {
        Server s = server();
        String name = "kata_" + kata.replaceAll(".*/", "").replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT)
                + "_" + DATABASES.incrementAndGet();
        try (Connection admin = s.connect(s.adminDatabase()); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name);
            // Plans that do not depend on the machine: no parallel workers (their number follows the cores),
            // no JIT (its cost model follows the build), so a planner kata predicts the same plan everywhere.
            st.execute("ALTER DATABASE " + name + " SET max_parallel_workers_per_gather = 0");
            st.execute("ALTER DATABASE " + name + " SET jit = off");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + s.url(s.adminDatabase())
                    + ": " + e.getMessage() + " (the user needs the CREATEDB privilege)", e);
        }
        return new KataDatabase(s, name);
    }

    /** The JVM's server: the one named by -Dkata.pg.url, else the embedded one (started now if needed). */
    public static synchronized Server server() {
        if (server == null) {
            String url = System.getProperty(URL_PROPERTY, "").trim();
            server = url.isEmpty() ? embedded() : external(url);
        }
        return server;
    }

    private static Server embedded() {
        Path root = Paths.get(System.getProperty("kata.pg.dir", "target/postgres")).toAbsolutePath();
        Path data = root.resolve("data-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(root);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }, "stop-embedded-postgres"));
            return new Server() {
                @Override
                public Connection connect(String database) throws SQLException {
                    return pg.getDatabase("postgres", database).getConnection();
                }

                @Override
                public String adminDatabase() {
                    return "postgres";
                }

                @Override
                public String url(String database) {
                    return pg.getJdbcUrl("postgres", database);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL under " + root
                    + " (to use a server of your own, pass -D" + URL_PROPERTY + "=jdbc:postgresql://host:port/db): "
                    + e.getMessage(), e);
        }
    }

    private static Server external(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("-D" + URL_PROPERTY + "=" + url
                    + " is not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database)");
        }
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        String base = slash < 0 ? url + "/" : url.substring(0, slash + 1);
        String rest = slash < 0 ? "postgres" : url.substring(slash + 1);
        String adminDb = rest.replaceAll("\\?.*", "").isEmpty() ? "postgres" : rest.replaceAll("\\?.*", "");
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?')) : "";
        Properties props = new Properties();
        props.setProperty("user", System.getProperty(USER_PROPERTY, "postgres"));
        props.setProperty("password", System.getProperty(PASSWORD_PROPERTY, ""));
        return new Server() {
            @Override
            public Connection connect(String database) throws SQLException {
                return DriverManager.getConnection(url(database), props);
            }

            @Override
            public String adminDatabase() {
                return adminDb;
            }

            @Override
            public String url(String database) {
                return base + database + query;
            }
        };
    }
}

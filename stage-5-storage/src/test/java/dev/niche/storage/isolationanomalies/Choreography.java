package dev.niche.storage.isolationanomalies;

import dev.niche.katas.grader.TimeLimit;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Transactions of the learner's code, watched and steered by the test. Each participant gets a {@link Connection}
 * that is a {@link Proxy} around a real one: it records every statement, its result and every commit and rollback
 * in one numbered transcript, and it can hold a transaction just before its first write (or commit) until the
 * other participants have read what they read. A participant that waits for a lock inside PostgreSQL (seen in
 * {@code pg_blocking_pids}) or has finished its call counts as ready, so a locking solution is never held up by
 * the test. The hold is for the first attempt only: a retry runs freely.
 */
final class Choreography {
    /** How long a hold lasts at most, should another participant neither read nor wait in the database. */
    private static final Duration HOLD_LIMIT = Duration.ofSeconds(5);
    private static final Pattern WRITE = Pattern.compile(
            "(?is).*\\b(INSERT\\s+INTO|DELETE\\s+FROM|MERGE\\s+INTO"
                    + "|UPDATE\\s+[\\w.\"]+(\\s+(AS\\s+)?\\w+)?\\s+SET)\\b.*");

    private final Connection monitor;
    private final boolean held;
    private final boolean ordered;
    private final List<Participant> participants = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    /**
     * @param monitor a connection of the test's own, to look for lock waits
     * @param held    hold each participant before its first write until the others have read
     * @param ordered also let the participants write one after the other, in the order they joined (T1 writes
     *                and commits before T2 writes), and let T2 begin only once T1 has read
     */
    Choreography(Connection monitor, boolean held, boolean ordered) {
        this.monitor = monitor;
        this.held = held;
        this.ordered = ordered;
    }

    /** A new participant named {@code label} (T1, T2, ...) on the real connection {@code real}. */
    Participant join(String label, Connection real) {
        Participant p = new Participant(label, real, participants.size());
        participants.add(p);
        return p;
    }

    /** The numbered transcript of everything the participants did, in the order it completed. */
    synchronized String transcript() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            out.append(String.format("  %2d. %s%n", i + 1, events.get(i)));
        }
        return out.toString().stripTrailing();
    }

    private synchronized Event record(Participant p, String what) {
        Event e = new Event(p, what, p.waitedForLock);
        p.waitedForLock = false;
        events.add(e);
        return e;
    }

    // ---- the hold ----

    private void beforeStatement(Participant p, boolean writes) throws SQLException {
        if (!held) {
            return;
        }
        if (!p.begun) {
            p.begun = true;
            if (ordered) {
                awaitOthers(p, o -> o.index > p.index || o.reachedHold);
            }
        }
        if (writes && !p.released) {
            p.reachedHold = true;
            awaitOthers(p, o -> o.reachedHold);
            if (ordered) {
                awaitOthers(p, o -> o.index > p.index);
            }
            p.released = true;
        }
    }

    private void awaitOthers(Participant self, Predicate<Participant> ready) throws SQLException {
        long deadline = System.nanoTime() + TimeLimit.scaled(HOLD_LIMIT).toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (Participant other : participants) {
                if (other != self && !other.finished && !ready.test(other) && !waitsForLock(other)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the test held " + self.label, e);
            }
        }
    }

    private boolean waitsForLock(Participant p) {
        if (!p.inServer) {
            return false;
        }
        synchronized (monitor) {
            try (PreparedStatement st = monitor.prepareStatement("SELECT cardinality(pg_blocking_pids(?)) > 0")) {
                st.setInt(1, p.pid);
                try (ResultSet rs = st.executeQuery()) {
                    boolean waits = rs.next() && rs.getBoolean(1);
                    if (waits) {
                        p.waitedForLock = true;
                    }
                    return waits;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read pg_blocking_pids: " + e.getMessage(), e);
            }
        }
    }

    // ---- a participant ----

    /** One transaction's worth of the learner's calls, on its own connection. */
    final class Participant {
        final String label;
        final Connection real;
        final int index;
        final int pid;
        private final Connection proxy;
        volatile boolean begun;
        volatile boolean reachedHold;
        volatile boolean released;
        volatile boolean finished;
        volatile boolean inServer;
        volatile boolean waitedForLock;
        private boolean inTransaction;
        private int isolation;
        private int forcedLeft;
        private String forcedState;
        private int forced;

        private Participant(String label, Connection real, int index) {
            this.label = label;
            this.real = real;
            this.index = index;
            try (Statement st = real.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                this.pid = rs.getInt(1);
                this.isolation = real.getTransactionIsolation();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare connection " + label + ": " + e.getMessage(), e);
            }
            this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new ConnectionHandler());
        }

        /** The connection to hand to the learner's code. */
        Connection connection() {
            return proxy;
        }

        /** Makes the next {@code count} writes fail with {@code sqlState} before they reach the server. */
        Participant failWrites(int count, String sqlState) {
            this.forcedLeft = count;
            this.forcedState = sqlState;
            return this;
        }

        /** How many writes were failed on purpose. */
        int forcedFailures() {
            return forced;
        }

        /** Marks the participant's call as over, so nobody waits for it. */
        void finish() {
            finished = true;
        }

        private Object execute(String sql, boolean writes, Statement target, Method method, Object[] args,
                Event[] last) throws Throwable {
            beforeStatement(this, writes);
            if (!real.getAutoCommit() && !inTransaction) {
                inTransaction = true;
                record(this, "BEGIN " + isolationName(isolation));
            }
            if (writes && forcedLeft > 0) {
                forcedLeft--;
                forced++;
                String message = "40P01".equals(forcedState) ? "deadlock detected" : "could not serialize access"
                        + " due to concurrent update";
                record(this, sql + " -> ERROR " + forcedState + ": " + message + " (forced by the test)");
                abortRealTransaction();
                throw new SQLException("ERROR: " + message + " (forced by the test)", forcedState);
            }
            inServer = true;
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                inServer = false;
                record(this, sql + " -> " + error(e.getCause()));
                throw e.getCause();
            }
            inServer = false;
            Event event = record(this, sql);
            last[0] = event;
            if (result instanceof ResultSet) {
                return watch((ResultSet) result, event);
            }
            if (result instanceof Boolean && (Boolean) result) {
                event.pendingResult = true;
            } else if (writes) {
                long changed = result instanceof Number ? ((Number) result).longValue() : target.getUpdateCount();
                event.result = changed + (changed == 1 ? " row changed" : " rows changed");
            }
            return result;
        }

        /** A forced conflict aborts the real transaction too, as PostgreSQL would: only ROLLBACK helps then. */
        private void abortRealTransaction() {
            if (inTransaction) {
                try (Statement st = real.createStatement()) {
                    st.execute("SELECT 1 / 0");
                } catch (SQLException expected) {
                    // the transaction is now aborted, like after a real conflict
                }
            }
        }

        private ResultSet watch(ResultSet rs, Event event) {
            event.rows = new ArrayList<>();
            return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
                    new Class<?>[] {ResultSet.class}, (self, method, args) -> {
                        Object value = invoke(rs, method, args);
                        if (method.getName().equals("next") && Boolean.TRUE.equals(value)) {
                            event.rows.add(new TreeMap<>());
                        } else if (method.getName().startsWith("get") && !method.getName().equals("getMetaData")
                                && args != null && args.length == 1 && !event.rows.isEmpty()) {
                            Object column = args[0];
                            int index = column instanceof Integer ? (Integer) column
                                    : column instanceof String ? rs.findColumn((String) column) : -1;
                            if (index > 0) {
                                event.rows.get(event.rows.size() - 1).putIfAbsent(index, String.valueOf(value));
                            }
                        }
                        return value;
                    });
        }

        private final class ConnectionHandler implements InvocationHandler {
            @Override
            public Object invoke(Object self, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "createStatement":
                        return statement((Statement) Choreography.invoke(real, method, args), null, Statement.class);
                    case "prepareStatement":
                        return statement((Statement) Choreography.invoke(real, method, args), (String) args[0],
                                PreparedStatement.class);
                    case "commit":
                        beforeStatement(Participant.this, true);
                        return endTransaction("COMMIT", method, args);
                    case "rollback":
                        reachedHold = true;
                        released = true;
                        return endTransaction("ROLLBACK", method, args);
                    case "setTransactionIsolation":
                        Choreography.invoke(real, method, args);
                        isolation = (Integer) args[0];
                        return null;
                    case "setAutoCommit":
                        if (Boolean.TRUE.equals(args[0]) && inTransaction) {
                            record(Participant.this, "COMMIT (auto-commit on)");
                            inTransaction = false;
                        }
                        return Choreography.invoke(real, method, args);
                    default:
                        return Choreography.invoke(real, method, args);
                }
            }

            /** Recorded when sent: a commit takes no lock, and a waiting reader wakes only after it. */
            private Object endTransaction(String what, Method method, Object[] args) throws Throwable {
                boolean wasOpen = inTransaction;
                inTransaction = false;
                Event event = wasOpen || args != null ? record(Participant.this, what) : null;
                inServer = true;
                try {
                    return Choreography.invoke(real, method, args);
                } catch (SQLException e) {
                    if (event == null) {
                        record(Participant.this, what + " -> " + error(e));
                    } else {
                        event.result = error(e);
                    }
                    throw e;
                } finally {
                    inServer = false;
                }
            }
        }

        private Object statement(Statement target, String preparedSql, Class<? extends Statement> type) {
            Map<Integer, Object> parameters = new TreeMap<>();
            Event[] last = new Event[1];
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                String name = method.getName();
                if (name.startsWith("execute")) {
                    String sql = preparedSql != null && (args == null || args.length == 0)
                            ? render(preparedSql, parameters) : args != null && args[0] instanceof String
                            ? oneLine((String) args[0]) : "(batch)";
                    boolean writes = WRITE.matcher(sql).matches();
                    return execute(sql, writes, target, method, args, last);
                }
                if (name.equals("getResultSet") && last[0] != null && last[0].pendingResult) {
                    last[0].pendingResult = false;
                    ResultSet rs = (ResultSet) Choreography.invoke(target, method, args);
                    return rs == null ? null : watch(rs, last[0]);
                }
                if (name.equals("getConnection")) {
                    return proxy;
                }
                if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer
                        && preparedSql != null) {
                    parameters.put((Integer) args[0], name.equals("setNull") ? null : args[1]);
                } else if (name.equals("clearParameters")) {
                    parameters.clear();
                }
                return Choreography.invoke(target, method, args);
            });
        }
    }

    // ---- one line of the transcript ----

    private static final class Event {
        final Participant who;
        final String what;
        final boolean waited;
        volatile String result;
        volatile List<Map<Integer, String>> rows;
        volatile boolean pendingResult;

        Event(Participant who, String what, boolean waited) {
            this.who = who;
            this.what = what;
            this.waited = waited;
        }

        @Override
        public String toString() {
            String shown = who.label + " " + what;
            if (rows != null) {
                shown += " -> " + rows();
            } else if (result != null) {
                shown += " -> " + result;
            }
            return shown + (waited ? "   (waited for a lock held by another transaction)" : "");
        }

        private String rows() {
            List<Map<Integer, String>> copy = new ArrayList<>(rows);
            if (copy.isEmpty()) {
                return "no row";
            }
            List<String> shown = new ArrayList<>();
            for (Map<Integer, String> row : copy) {
                shown.add(row.size() == 1 ? row.values().iterator().next()
                        : "(" + String.join(", ", row.values()) + ")");
            }
            boolean valuesRead = copy.stream().anyMatch(r -> !r.isEmpty());
            if (copy.size() == 1) {
                return valuesRead ? shown.get(0) : "1 row";
            }
            return copy.size() + " rows" + (valuesRead ? ": " + String.join(", ", shown) : "");
        }
    }

    // ---- helpers ----

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String error(Throwable t) {
        if (t instanceof SQLException) {
            String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("").replaceFirst("^ERROR: ", "");
            return "ERROR " + ((SQLException) t).getSQLState() + ": " + message;
        }
        return "threw " + t;
    }

    private static String isolationName(int level) {
        switch (level) {
            case Connection.TRANSACTION_READ_COMMITTED:
                return "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ:
                return "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE:
                return "SERIALIZABLE";
            default:
                return "(isolation " + level + ")";
        }
    }

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replaceAll(";$", "");
    }

    /** The prepared SQL with each {@code ?} (outside quotes) replaced by its bound value. */
    private static String render(String sql, Map<Integer, Object> parameters) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        boolean quoted = false;
        for (char c : oneLine(sql).toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                Object value = parameters.get(next++);
                String literal = value instanceof String ? "'" + value + "'" : String.valueOf(value);
                out.append(value == null ? "NULL" : literal);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

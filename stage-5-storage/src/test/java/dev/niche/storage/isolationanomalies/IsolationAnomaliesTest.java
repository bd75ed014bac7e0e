package dev.niche.storage.isolationanomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.NotStarted;
import dev.niche.katas.grader.concurrency.ConcurrencyFailure;
import dev.niche.katas.grader.concurrency.Stress;
import dev.niche.katas.grader.sql.KataDatabase;
import dev.niche.katas.grader.sql.Postgres;
import dev.niche.katas.grader.sql.SqlScript;
import dev.niche.katas.grader.sql.WithPostgres;
import dev.niche.storage.isolationanomalies.Choreography.Participant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

@Kata(id = "storage/isolation-anomalies", title = "Isolation anomalies: no lost update, no write skew", order = 5,
        checkpoints = "5.3", naiveViolates = CheckKind.CONCURRENCY)
@WithPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // examples, then the anomalies, retries and rounds
class IsolationAnomaliesTest {
    private static final String SCHEMA = "dev/niche/storage/isolationanomalies/schema.sql";
    private static final int THREADS = 4;
    private static final String NL = System.lineSeparator();

    private static KataDatabase database;
    /** The test's own connections: one to put rows in and read them back, one to look for lock waits. */
    private static Connection setup;
    private static Connection monitor;
    /** The connections the learner's code gets, one per concurrent transaction (wrapped by a Choreography). */
    private static final List<Connection> CONNECTIONS = new ArrayList<>();
    /** Concurrent transaction i runs on server i: its own copy of the learner's classes, as on a second machine. */
    private static final List<ApplicationServer> SERVERS = new ArrayList<>();

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void createTables() {
        database = Postgres.freshDatabase("storage/isolation-anomalies");
        database.run(SqlScript.resource(SCHEMA));
        setup = database.connect();
        monitor = database.connect();
        for (int i = 0; i < THREADS; i++) {
            CONNECTIONS.add(database.connect());
            SERVERS.add(new ApplicationServer("server-" + (i + 1)));
        }
    }

    @AfterAll
    static void dropTables() throws SQLException {
        for (Connection c : CONNECTIONS) {
            c.close();
        }
        if (setup != null) {
            setup.close();
            monitor.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        for (Connection c : CONNECTIONS) {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        sql("TRUNCATE accounts, doctors, shifts");
    }

    // ---- examples: one call at a time ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Transactions.run commits, sets the isolation level, and rolls back and rethrows other errors")
    void transactionsCommitAndRollBack() throws SQLException {
        account(1, 0);
        Connection c = alone();
        String level = Transactions.run(c, Connection.TRANSACTION_SERIALIZABLE, w -> {
            execute(w, "UPDATE accounts SET balance = 5 WHERE id = 1");
            return show(w, "transaction_isolation");
        });
        assertThat(level).as("what the work returned (it reads the isolation level it runs at)")
                .isEqualTo("serializable");
        assertThat(balance(1)).as("balance after a committed run that set it to 5").isEqualTo(5);

        AtomicInteger runs = new AtomicInteger();
        SQLException duplicate = new SQLException("duplicate key value", "23505");
        assertThatThrownBy(() -> Transactions.run(c, Connection.TRANSACTION_READ_COMMITTED, w -> {
            runs.incrementAndGet();
            execute(w, "UPDATE accounts SET balance = 6 WHERE id = 1");
            throw duplicate;
        })).as("a work that fails with SQLSTATE 23505 (not a conflict)").isSameAs(duplicate);
        assertThat(runs).as("attempts for an error that is not a conflict").hasValue(1);
        IllegalStateException bug = new IllegalStateException("a bug in the work");
        assertThatThrownBy(() -> Transactions.run(c, Connection.TRANSACTION_REPEATABLE_READ, w -> {
            execute(w, "UPDATE accounts SET balance = 7 WHERE id = 1");
            throw bug;
        })).as("a work that throws a RuntimeException").isSameAs(bug);
        assertThat(balance(1)).as("balance after two failed runs that set it to 6 and 7 (rolled back?)")
                .isEqualTo(5);
        assertThat(CONNECTIONS.get(0).getAutoCommit()).as("auto-commit after a failed run").isTrue();

        assertThatThrownBy(() -> Transactions.run(c, 42, w -> 1)).as("isolation 42")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("isolation");
        assertThatThrownBy(() -> Transactions.run(c, Connection.TRANSACTION_READ_UNCOMMITTED, w -> 1))
                .as("READ UNCOMMITTED (PostgreSQL runs it as READ COMMITTED)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("isolation");
        assertThatThrownBy(() -> Transactions.run(null, Connection.TRANSACTION_SERIALIZABLE, w -> 1))
                .as("null connection").isInstanceOf(NullPointerException.class).hasMessageContaining("connection");
        assertThatThrownBy(() -> Transactions.run(c, Connection.TRANSACTION_SERIALIZABLE, null))
                .as("null work").isInstanceOf(NullPointerException.class).hasMessageContaining("work");
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("withdraw takes the amount, returns the new balance and commits it")
    void withdrawCommits() throws SQLException {
        account(1, 100);
        Connection c = alone();
        assertThat(Bank.withdraw(c, 1, 30)).as("withdraw 30 from 100").isEqualTo(70);
        assertThat(balance(1)).as("balance seen by another connection after withdraw 30 (was it committed?)")
                .isEqualTo(70);
        assertThat(Bank.withdraw(c, 1, 70)).as("withdraw all 70 that is left").isEqualTo(0);
        assertThat(balance(1)).as("balance after withdrawing all of it").isEqualTo(0);
        assertThat(CONNECTIONS.get(0).getAutoCommit()).as("auto-commit after withdraw returned").isTrue();
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a withdrawal above the balance is refused with InsufficientFundsException; nothing changes")
    void insufficientFunds() throws SQLException {
        account(1, 20);
        Connection c = alone();
        assertThatThrownBy(() -> Bank.withdraw(c, 1, 30)).as("withdraw 30 from 20")
                .isInstanceOf(InsufficientFundsException.class).hasMessageContaining("account 1");
        assertThat(balance(1)).as("balance after the refused withdrawal").isEqualTo(20);
        assertThat(Bank.withdraw(c, 1, 20)).as("withdraw 20 from 20 on the same connection, after the refusal")
                .isEqualTo(0);
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("withdraw refuses a non-positive amount, an unknown account and a null connection")
    void withdrawBadInput() throws SQLException {
        account(1, 100);
        Connection c = alone();
        for (long amount : new long[] {0, -5}) {
            assertThatThrownBy(() -> Bank.withdraw(c, 1, amount)).as("amount %d", amount)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        }
        assertThatThrownBy(() -> Bank.withdraw(c, 99, 10)).as("account 99, which does not exist")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> Bank.withdraw(null, 1, 10)).as("null connection")
                .isInstanceOf(NullPointerException.class);
        assertThat(balance(1)).as("balance after the refused calls").isEqualTo(100);
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("doctors go off call one by one; the last one on call is refused and stays")
    void doctorsLeaveUntilOneIsLeft() throws SQLException {
        rota("night", "alice", "bob", "carol");
        Connection c = alone();
        assertThat(OnCall.goOffCall(c, "night", "alice")).as("alice leaves, bob and carol stay").isTrue();
        assertThat(onCall("night")).as("on call after alice left").containsExactly("bob", "carol");
        assertThat(OnCall.goOffCall(c, "night", "bob")).as("bob leaves, carol stays").isTrue();
        assertThat(OnCall.goOffCall(c, "night", "carol")).as("carol is the last one on call").isFalse();
        assertThat(onCall("night")).as("on call after carol was refused").containsExactly("carol");
        assertThat(OnCall.goOffCall(c, "night", "alice")).as("alice, already off call").isTrue();
        assertThat(onCall("night")).as("on call after alice asked again").containsExactly("carol");
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("goOffCall refuses a blank shift or doctor, a doctor not in the shift and a null connection")
    void goOffCallBadInput() throws SQLException {
        rota("night", "alice", "bob");
        Connection c = alone();
        for (String shift : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> OnCall.goOffCall(c, shift, "alice")).as("shift '%s'", shift)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shift");
        }
        for (String doctor : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> OnCall.goOffCall(c, "night", doctor)).as("doctor '%s'", doctor)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doctor");
        }
        assertThatThrownBy(() -> OnCall.goOffCall(c, "night", "zoe")).as("zoe, who is not in the night shift")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zoe");
        assertThatThrownBy(() -> OnCall.goOffCall(null, "night", "alice")).as("null connection")
                .isInstanceOf(NullPointerException.class);
        assertThat(onCall("night")).as("on call after the refused calls").containsExactly("alice", "bob");
    }

    // ---- concurrency: two transactions with the classic interleaving forced ----

    @Test
    @Order(7)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("lost update: two withdrawals read the same balance; neither may be lost")
    void noLostUpdate() throws SQLException {
        account(1, 100);
        long[] amounts = {30, 50};
        Choreography ch = new Choreography(monitor, true, true);
        List<Participant> ts = participants(ch, 2);
        List<Outcome> out = together("two withdrawals from one account", ts,
                (i, c) -> SERVERS.get(i).withdraw(c, 1, amounts[i]));
        long end = balance(1);
        boolean right = end == 20 && out.get(0).returned() && out.get(1).returned()
                && out.stream().anyMatch(o -> o.is(20L));
        if (!right) {
            throw new ConcurrencyFailure("Account 1 holds 100. T1 withdraws 30 and T2 withdraws 50, at the same time."
                    + NL + "Expected: both succeed and the balance ends at 20." + NL
                    + "Got: T1 " + out.get(0) + ", T2 " + out.get(1) + "; the balance is " + end + "."
                    + (end > 20 && out.get(0).returned() && out.get(1).returned() ? NL + (end - 20)
                            + " was paid out but never taken from the account: both transactions read the same"
                            + " balance, and the second write replaced the first (a lost update)." : "")
                    + heldTwo(ch));
        }
    }

    @Test
    @Order(8)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("overdraft: two withdrawals that together exceed the balance; one of them is refused")
    void noOverdraft() throws SQLException {
        account(1, 100);
        Choreography ch = new Choreography(monitor, true, true);
        List<Participant> ts = participants(ch, 2);
        List<Outcome> out = together("two withdrawals that overdraw", ts,
                (i, c) -> SERVERS.get(i).withdraw(c, 1, 60));
        long end = balance(1);
        long succeeded = out.stream().filter(Outcome::returned).count();
        long refused = out.stream().filter(o -> o.threw(InsufficientFundsException.class)).count();
        if (!(end == 40 && succeeded == 1 && refused == 1)) {
            throw new ConcurrencyFailure("Account 1 holds 100. T1 and T2 each withdraw 60, at the same time." + NL
                    + "Expected: one succeeds (the balance ends at 40), the other is refused with"
                    + " InsufficientFundsException." + NL
                    + "Got: T1 " + out.get(0) + ", T2 " + out.get(1) + "; the balance is " + end + "."
                    + (succeeded == 2 ? NL + (60 * succeeded) + " was paid out of an account that held 100: each"
                            + " transaction checked a balance that the other was about to change." : "")
                    + heldTwo(ch));
        }
    }

    @Test
    @Order(9)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("write skew: the last two doctors on call ask to leave at once; one of them stays")
    void noWriteSkew() throws SQLException {
        rota("night", "alice", "bob");
        offCall("night", "carol");
        String[] doctors = {"alice", "bob"};
        Choreography ch = new Choreography(monitor, true, true);
        List<Participant> ts = participants(ch, 2);
        List<Outcome> out = together("two doctors leaving", ts,
                (i, c) -> SERVERS.get(i).goOffCall(c, "night", doctors[i]));
        List<String> staying = onCall("night");
        boolean right = staying.size() == 1 && out.stream().filter(o -> o.is(true)).count() == 1
                && out.get(doctors[0].equals(staying.get(0)) ? 0 : 1).is(false);
        if (!right) {
            throw new ConcurrencyFailure("Shift night: alice and bob are on call, carol is not. T1 takes alice off"
                    + " call and T2 takes bob off call, at the same time." + NL
                    + "Expected: one of them leaves (returns true), the other is refused (returns false) and stays."
                    + NL + "Got: T1 " + out.get(0) + ", T2 " + out.get(1) + "; on call now: " + staying + "."
                    + (staying.isEmpty() ? NL + "Nobody is on call. Each transaction saw two doctors on call and"
                            + " changed only its own row, so no row lock met the other: a write skew." : "")
                    + heldTwo(ch));
        }
    }

    // ---- concurrency: retries ----

    @Test
    @Order(10)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Transactions.run retries 40001 and 40P01 with a new transaction, and gives up after MAX_ATTEMPTS")
    void transactionsRetry() throws SQLException {
        account(1, 0);
        Choreography ch = new Choreography(monitor, false, false);
        Connection c = ch.join("T1", CONNECTIONS.get(0)).connection();
        AtomicInteger runs = new AtomicInteger();
        Object result;
        try {
            result = Transactions.run(c, Connection.TRANSACTION_SERIALIZABLE, w -> {
                int attempt = runs.incrementAndGet();
                execute(w, "UPDATE accounts SET balance = balance + 1 WHERE id = 1");
                if (attempt <= 2) {
                    throw new SQLException(attempt == 1 ? "could not serialize access" : "deadlock detected",
                            attempt == 1 ? "40001" : "40P01");
                }
                return "third time lucky";
            });
        } catch (SQLException | RuntimeException e) {
            if (NotStarted.isNotStarted(e)) {
                throw e;
            }
            throw new ConcurrencyFailure("A work that fails with SQLSTATE 40001 on its first attempt and 40P01 on"
                    + " its second must run a third time and succeed; Transactions.run threw " + e + " after "
                    + runs.get() + " attempt(s)." + NL + "What the connection saw:" + NL + ch.transcript(), e);
        }
        assertThat(result).as("what the third attempt returned").isEqualTo("third time lucky");
        assertThat(runs).as("attempts").hasValue(3);
        assertThat(balance(1)).withFailMessage("each attempt adds 1 to the balance; only the attempt that committed"
                + " may count, so the balance must be 1, but it is %d. What the connection saw:%n%s", balance(1),
                ch.transcript()).isEqualTo(1);

        runs.set(0);
        Throwable thrown = catchAll(() -> Transactions.run(c, Connection.TRANSACTION_SERIALIZABLE, w -> {
            runs.incrementAndGet();
            execute(w, "UPDATE accounts SET balance = balance + 1 WHERE id = 1");
            throw new SQLException("could not serialize access", "40001");
        }));
        assertThat(thrown).as("a work that always fails with 40001").isInstanceOf(RetriesExhaustedException.class);
        assertThat(runs).as("attempts before giving up").hasValue(Transactions.MAX_ATTEMPTS);
        assertThat(((RetriesExhaustedException) thrown).attempts()).as("attempts() of the exception")
                .isEqualTo(Transactions.MAX_ATTEMPTS);
        assertThat(balance(1)).as("balance after attempts that all failed").isEqualTo(1);
    }

    @Test
    @Order(11)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("withdraw and goOffCall survive a forced conflict (40001, 40P01) at their first write")
    void survivesForcedConflict() throws SQLException {
        account(1, 100);
        rota("night", "alice", "bob");
        String[] states = {"40001", "40P01"};
        for (int i = 0; i < states.length; i++) {
            long before = balance(1);
            Choreography ch = new Choreography(monitor, false, false);
            Participant t = ch.join("T1", CONNECTIONS.get(0)).failWrites(1, states[i]);
            Outcome out = Outcome.of(() -> Bank.withdraw(t.connection(), 1, 30));
            if (!out.is(before - 30) || balance(1) != before - 30 || t.forcedFailures() != 1) {
                throw new ConcurrencyFailure("withdraw(30) from account 1 holding " + before + ", while the test"
                        + " makes its first write fail with SQLSTATE " + states[i] + ", as PostgreSQL does when"
                        + " another transaction wins." + NL + "Expected: a new attempt that returns " + (before - 30)
                        + "." + NL + "Got: " + out + "; the balance is " + balance(1) + "; writes failed on purpose: "
                        + t.forcedFailures() + "." + NL + "What the connection saw:" + NL + ch.transcript());
            }
        }
        Choreography ch = new Choreography(monitor, false, false);
        Participant t = ch.join("T1", CONNECTIONS.get(0)).failWrites(1, "40001");
        Outcome out = Outcome.of(() -> OnCall.goOffCall(t.connection(), "night", "alice"));
        if (!out.is(true) || !onCall("night").equals(List.of("bob")) || t.forcedFailures() != 1) {
            throw new ConcurrencyFailure("goOffCall(night, alice) with alice and bob on call, while the test makes"
                    + " its first write fail with SQLSTATE 40001." + NL + "Expected: a new attempt that returns true,"
                    + " leaving bob on call." + NL + "Got: " + out + "; on call: " + onCall("night")
                    + "; writes failed on purpose: " + t.forcedFailures() + "." + NL + "What the connection saw:" + NL
                    + ch.transcript());
        }
    }

    @Test
    @Order(12)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("withdraw gives up with RetriesExhaustedException when every attempt meets a conflict")
    void givesUp() throws SQLException {
        account(1, 100);
        Choreography ch = new Choreography(monitor, false, false);
        Participant t = ch.join("T1", CONNECTIONS.get(0)).failWrites(Integer.MAX_VALUE, "40001");
        Outcome out = Outcome.of(() -> Bank.withdraw(t.connection(), 1, 30));
        if (!out.threw(RetriesExhaustedException.class) || t.forcedFailures() != Transactions.MAX_ATTEMPTS
                || balance(1) != 100) {
            throw new ConcurrencyFailure("withdraw(30) from account 1 holding 100, while the test makes every write"
                    + " fail with SQLSTATE 40001." + NL + "Expected: " + Transactions.MAX_ATTEMPTS + " attempts,"
                    + " then RetriesExhaustedException, and the balance still 100." + NL + "Got: " + out
                    + " after " + t.forcedFailures() + " attempt(s) that reached a write; the balance is " + balance(1)
                    + "." + NL + "What the connection saw:" + NL + ch.transcript());
        }
    }

    // ---- concurrency: rounds of four at once ----

    @Test
    @Order(13)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("stress: 5 rounds of 4 concurrent withdrawals from one account; the balance is exact")
    void withdrawalsInRounds() throws SQLException {
        int rounds = 5;
        long start = 1000;
        long[] amounts = {10, 20, 30, 40};
        long perRound = 100;
        account(1, start);
        List<Choreography> chs = new ArrayList<>();
        List<List<Participant>> parts = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Choreography ch = new Choreography(monitor, true, false);
            chs.add(ch);
            parts.add(participants(ch, THREADS));
        }
        long[] after = new long[rounds];
        AtomicInteger finishedRounds = new AtomicInteger();
        CyclicBarrier roundOver = new CyclicBarrier(THREADS, () -> after[finishedRounds.getAndIncrement()] =
                balanceQuietly(1));
        Outcome[][] out = new Outcome[rounds][THREADS];
        inRounds("4 threads, " + rounds + " rounds of one withdrawal each", rounds, roundOver, (r, i) -> {
            Participant p = parts.get(r).get(i);
            out[r][i] = call(p, () -> SERVERS.get(i).withdraw(p.connection(), 1, amounts[i]));
        });
        for (int r = 0; r < rounds; r++) {
            long expected = start - perRound * (r + 1);
            int round = r;
            boolean allReturned = IntStream.range(0, THREADS).allMatch(i -> out[round][i].returned());
            if (after[r] != expected || !allReturned) {
                throw new ConcurrencyFailure("Account 1 starts with " + start + ". In each of " + rounds + " rounds,"
                        + " T1 to T4 withdraw 10, 20, 30 and 40 at the same time (100 a round)." + NL
                        + "Expected after round " + (r + 1) + ": every withdrawal succeeds and the balance is "
                        + expected + "." + NL + "Got: " + IntStream.range(0, THREADS)
                                .mapToObj(i -> "T" + (i + 1) + " " + out[round][i]).collect(Collectors.joining(", "))
                        + "; the balance is " + after[r] + (r > 0 ? " (it was " + after[r - 1] + " before the round)"
                                : "") + "." + NL + heldRound(r, chs.get(r)));
            }
        }
    }

    @Test
    @Order(14)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("stress: 3 rounds of 4 doctors leaving one shift at once; exactly one stays on call")
    void doctorsLeaveInRounds() throws SQLException {
        int rounds = 3;
        String[] doctors = {"ada", "ben", "cleo", "dev"};
        List<Choreography> chs = new ArrayList<>();
        List<List<Participant>> parts = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            rota("shift" + (r + 1), doctors);
            Choreography ch = new Choreography(monitor, true, false);
            chs.add(ch);
            parts.add(participants(ch, THREADS));
        }
        Outcome[][] out = new Outcome[rounds][THREADS];
        inRounds("4 doctors leaving, " + rounds + " rounds", rounds, new CyclicBarrier(THREADS), (r, i) -> {
            Participant p = parts.get(r).get(i);
            out[r][i] = call(p, () -> SERVERS.get(i).goOffCall(p.connection(), "shift" + (r + 1), doctors[i]));
        });
        for (int r = 0; r < rounds; r++) {
            String shift = "shift" + (r + 1);
            List<String> staying = onCall(shift);
            int round = r;
            boolean right = staying.size() == 1 && IntStream.range(0, THREADS).allMatch(i -> out[round][i]
                    .is(!doctors[i].equals(staying.get(0))));
            if (!right) {
                throw new ConcurrencyFailure("Shift " + shift + ": ada, ben, cleo and dev are on call; T1 to T4 take"
                        + " them off call in that order, at the same time." + NL
                        + "Expected: exactly one doctor stays on call; three calls return true and the one of the"
                        + " doctor who stays returns false." + NL + "Got: " + IntStream.range(0, THREADS)
                                .mapToObj(i -> "T" + (i + 1) + " " + out[round][i]).collect(Collectors.joining(", "))
                        + "; on call now: " + staying + "." + NL + heldRound(r, chs.get(r)));
            }
        }
    }

    // ---- running transactions together ----

    /** The learner's call for participant {@code i} on its connection. */
    @FunctionalInterface
    private interface Call {
        Object run(int i, Connection connection) throws Exception;
    }

    /** The learner's call of thread {@code i} in round {@code r}. */
    @FunctionalInterface
    private interface RoundCall {
        void run(int r, int i) throws Exception;
    }

    /** What one call did: returned a value, or threw. */
    private static final class Outcome {
        private final Object value;
        private final Throwable error;

        private Outcome(Object value, Throwable error) {
            this.value = value;
            this.error = error;
        }

        /** Runs {@code call}; a stub's TODO passes through, so the check reads as not started. */
        static Outcome of(java.util.concurrent.Callable<?> call) {
            try {
                return new Outcome(call.call(), null);
            } catch (Throwable e) {
                if (NotStarted.isNotStarted(e) && e instanceof RuntimeException) {
                    throw (RuntimeException) e;
                }
                return new Outcome(null, e);
            }
        }

        boolean returned() {
            return error == null;
        }

        boolean is(Object expected) {
            return error == null && expected.equals(value);
        }

        /** By name: each application server has its own copy of the kata's exception classes. */
        boolean threw(Class<? extends Throwable> type) {
            for (Class<?> c = error == null ? null : error.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(type.getName())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return error == null ? "returned " + value
                    : "threw " + error.getClass().getSimpleName() + " (" + error.getMessage() + ")";
        }
    }

    private static List<Participant> participants(Choreography ch, int count) {
        List<Participant> ts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ts.add(ch.join("T" + (i + 1), CONNECTIONS.get(i)));
        }
        return ts;
    }

    private static Outcome call(Participant p, java.util.concurrent.Callable<?> body) {
        try {
            return Outcome.of(body);
        } finally {
            p.finish();
        }
    }

    /** Runs each participant's call on a thread of its own, all released at once. */
    private static List<Outcome> together(String what, List<Participant> ts, Call call) {
        Outcome[] out = new Outcome[ts.size()];
        Stress.threads(ts.size()).timeLimit(Duration.ofSeconds(10)).run(what, i ->
                out[i] = call(ts.get(i), () -> call.run(i, ts.get(i).connection())));
        return List.of(out);
    }

    /** Runs {@code rounds} rounds on {@link #THREADS} threads; no thread starts a round before all ended the last. */
    private static void inRounds(String what, int rounds, CyclicBarrier roundOver, RoundCall call) {
        Stress.threads(THREADS).timeLimit(Duration.ofSeconds(15)).run(what, i -> {
            for (int r = 0; r < rounds; r++) {
                call.run(r, i);
                roundOver.await(10, TimeUnit.SECONDS);
            }
        });
    }

    private static String heldTwo(Choreography ch) {
        return NL + "The statements, numbered in the order they completed (the test held each transaction before its"
                + " first write until the other had read, so T1 read, T2 read, then T1 wrote and committed before T2"
                + " wrote):" + NL + ch.transcript();
    }

    private static String heldRound(int r, Choreography ch) {
        return "The statements of round " + (r + 1) + ", numbered in the order they completed (the test held each"
                + " transaction before its first write until the others had read or were waiting for a lock):" + NL
                + ch.transcript();
    }

    // ---- the test's own SQL ----

    private static Connection alone() {
        return new Choreography(monitor, false, false).join("T1", CONNECTIONS.get(0)).connection();
    }

    private static Throwable catchAll(java.util.concurrent.Callable<?> call) {
        try {
            call.call();
            return null;
        } catch (Throwable e) {
            if (NotStarted.isNotStarted(e) && e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            return e;
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Statement st = setup.createStatement()) {
            st.execute(statement);
        }
    }

    private static void execute(Connection c, String statement) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void account(int id, long balance) throws SQLException {
        sql("INSERT INTO accounts VALUES (" + id + ", " + balance + ")");
    }

    private static long balance(int id) throws SQLException {
        try (PreparedStatement st = setup.prepareStatement("SELECT balance FROM accounts WHERE id = ?")) {
            st.setInt(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long balanceQuietly(int id) {
        try {
            return balance(id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the balance: " + e.getMessage(), e);
        }
    }

    private static void rota(String shift, String... onCall) throws SQLException {
        sql("INSERT INTO shifts VALUES ('" + shift + "')");
        for (String doctor : onCall) {
            sql("INSERT INTO doctors VALUES ('" + shift + "', '" + doctor + "', true)");
        }
    }

    private static void offCall(String shift, String doctor) throws SQLException {
        sql("INSERT INTO doctors VALUES ('" + shift + "', '" + doctor + "', false)");
    }

    private static List<String> onCall(String shift) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = setup.prepareStatement(
                "SELECT name FROM doctors WHERE shift = ? AND on_call ORDER BY name")) {
            st.setString(1, shift);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}

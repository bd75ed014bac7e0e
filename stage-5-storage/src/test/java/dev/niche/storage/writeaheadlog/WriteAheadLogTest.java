package dev.niche.storage.writeaheadlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.storage.disk.CrashCheck;
import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.DiskFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "storage/write-ahead-log", title = "Write-ahead log: checksummed records, redo recovery, checkpoints",
        order = 8, checkpoints = "5.3", naiveViolates = CheckKind.PROPERTY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the examples, then the crash checks from plainest to hardest
class WriteAheadLogTest {

    // ---- examples ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a commit is seen at once, and again after reopening the disk")
    void commitThenReopen() {
        Disk disk = Disk.inMemory();
        Wal wal = Wal.open(disk);
        assertThat(wal.snapshot()).as("a new store").isEmpty();
        wal.commit(new Transaction().put("alice", "10").put("bob", "20"));
        assertThat(wal.get("alice")).as("get(alice) after the commit").contains("10");
        assertThat(wal.get("carol")).as("get(carol), never written").isEmpty();
        assertThat(wal.snapshot()).as("snapshot after the commit").isEqualTo(Map.of("alice", "10", "bob", "20"));

        Wal reopened = Wal.open(disk);
        assertThat(reopened.snapshot()).as("snapshot after reopening the same disk")
                .isEqualTo(Map.of("alice", "10", "bob", "20"));
        assertThat(reopened.get("bob")).as("get(bob) after reopening").contains("20");
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("LSNs start at 1, grow by one per commit, and go on after reopening")
    void lsnsIncrease() {
        Disk disk = Disk.inMemory();
        Wal wal = Wal.open(disk);
        assertThat(wal.lastLsn()).as("lastLsn of a new store").isZero();
        assertThat(wal.commit(new Transaction().put("a", "1"))).as("the first commit's LSN").isEqualTo(1);
        assertThat(wal.commit(new Transaction().put("b", "2"))).as("the second commit's LSN").isEqualTo(2);
        assertThat(wal.commit(new Transaction().delete("a"))).as("the third commit's LSN").isEqualTo(3);
        assertThat(wal.lastLsn()).as("lastLsn after three commits").isEqualTo(3);

        Wal reopened = Wal.open(disk);
        assertThat(reopened.lastLsn()).as("lastLsn after reopening").isEqualTo(3);
        assertThat(reopened.commit(new Transaction().put("c", "3"))).as("the first commit after reopening")
                .isEqualTo(4);
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("writes apply in order: the later write of a key wins, a delete removes it")
    void writesApplyInOrder() {
        Disk disk = Disk.inMemory();
        Wal wal = Wal.open(disk);
        wal.commit(new Transaction().put("a", "1").put("b", "1").put("a", "2"));
        wal.commit(new Transaction().delete("b").put("c", "").delete("missing"));
        wal.commit(new Transaction().put("d", "x").delete("d").put("\u00e9t\u00e9", "\u2603"));
        Map<String, String> expected = Map.of("a", "2", "c", "", "\u00e9t\u00e9", "\u2603");
        assertThat(wal.snapshot()).as("after [put a=1, put b=1, put a=2], [delete b, put c=, delete missing],"
                + " [put d=x, delete d, put \u00e9t\u00e9=\u2603]").isEqualTo(expected);
        assertThat(Wal.open(disk).snapshot()).as("the same after reopening").isEqualTo(expected);
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a transaction never committed changes nothing and writes nothing")
    void uncommittedIsNotSeen() {
        Disk disk = Disk.inMemory();
        Wal wal = Wal.open(disk);
        wal.commit(new Transaction().put("a", "1"));
        long logSize = disk.open(Wal.LOG).size();
        Transaction abandoned = new Transaction().put("a", "2").put("b", "2");
        assertThat(abandoned.writes()).hasSize(2);
        assertThat(wal.snapshot()).as("while a transaction is only being built").isEqualTo(Map.of("a", "1"));
        assertThat(disk.open(Wal.LOG).size()).as("log size before and after building a transaction")
                .isEqualTo(logSize);
        assertThat(Wal.open(disk).snapshot()).as("after reopening").isEqualTo(Map.of("a", "1"));
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("commit writes the log and syncs it before it returns")
    void commitSyncs() {
        Disk disk = Disk.inMemory();
        Wal wal = Wal.open(disk);
        var before = disk.stats(Wal.LOG);
        wal.commit(new Transaction().put("a", "1"));
        var cost = disk.stats(Wal.LOG).minus(before);
        assertThat(cost.bytesWritten()).as("bytes written to %s by one commit", Wal.LOG).isPositive();
        assertThat(cost.syncs())
                .withFailMessage("commit returned after %s on %s: without a sync a power cut may lose a commit that"
                        + " was already acknowledged", cost, Wal.LOG)
                .isPositive();
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a checkpoint keeps the state, empties the log, and LSNs go on")
    void checkpoint() {
        Disk disk = Disk.inMemory();
        Wal wal = Wal.open(disk);
        wal.commit(new Transaction().put("a", "1").put("b", "2"));
        wal.commit(new Transaction().delete("a").put("c", "3"));
        wal.checkpoint();
        assertThat(disk.exists(Wal.CHECKPOINT)).as("%s exists after checkpoint()", Wal.CHECKPOINT).isTrue();
        assertThat(disk.exists(Wal.CHECKPOINT_TEMP)).as("%s is gone after checkpoint()", Wal.CHECKPOINT_TEMP)
                .isFalse();
        assertThat(disk.open(Wal.LOG).size()).as("size of %s after checkpoint()", Wal.LOG).isZero();
        assertThat(wal.snapshot()).as("snapshot after checkpoint()").isEqualTo(Map.of("b", "2", "c", "3"));

        Wal reopened = Wal.open(disk);
        assertThat(reopened.snapshot()).as("snapshot after reopening from the checkpoint")
                .isEqualTo(Map.of("b", "2", "c", "3"));
        assertThat(reopened.lastLsn()).as("lastLsn after reopening from the checkpoint").isEqualTo(2);
        assertThat(reopened.commit(new Transaction().put("d", "4"))).as("the next commit's LSN").isEqualTo(3);
        assertThat(Wal.open(disk).snapshot()).as("checkpoint plus one more commit, reopened")
                .isEqualTo(Map.of("b", "2", "c", "3", "d", "4"));
    }

    @Test
    @Order(7)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with the argument named")
    void badInput() {
        Wal wal = Wal.open(Disk.inMemory());
        assertThatThrownBy(() -> Wal.open(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("disk");
        assertThatThrownBy(() -> wal.commit(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("transaction");
        assertThatThrownBy(() -> wal.commit(new Transaction())).as("commit of a transaction with no writes")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transaction");
        assertThatThrownBy(() -> wal.get(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThat(wal.lastLsn()).as("lastLsn after refused commits").isZero();
    }

    // ---- crash checks ----

    @Test
    @Order(10)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("a fixed workload crashed after every change and at every byte of every write")
    void fixedWorkloadAtEveryPoint() {
        Disk disk = Disk.recordingCrashes();
        Wal[] wal = {null};
        CrashCheck<State> check = CrashCheck.on(disk, State.EMPTY);
        TreeMap<String, String> model = new TreeMap<>();
        check.acknowledge("open an empty disk", () -> wal[0] = Wal.open(disk), State.EMPTY);
        for (int i = 1; i <= 24; i++) {
            Transaction tx = new Transaction().put("greeting", "hello world " + i).put("k" + i % 5, "v" + i);
            if (i % 3 == 0) {
                tx.delete("k" + (i + 2) % 5);
            }
            commit(check, wal, tx, model);
            if (i == 12) {
                check.acknowledge("checkpoint", () -> wal[0].checkpoint(), State.of(model));
            }
        }
        List<CrashCheck.Point> points = new ArrayList<>(check.everyBoundary());
        points.addAll(fullestTearsFirst(check.everyTornWrite()));
        check.verify(points, WriteAheadLogTest::recover);
    }

    @Test
    @Order(11)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("after a torn commit, recovery cuts the tail: commits made after it survive the next crash")
    void commitsAfterARecoverySurvive() {
        List<Transaction> before = List.of(new Transaction().put("a", "first 1").put("b1", "x"),
                new Transaction().put("a", "first 2").put("b2", "x"), new Transaction().delete("b1").put("b3", "x"));
        Transaction torn = new Transaction().put("a", "torn").put("torn", "never acknowledged");
        byte[] tornRecord = recordOf(before, torn);
        for (int reached = tornRecord.length - 1; reached >= 1; reached--) {
            Disk disk = Disk.recordingCrashes();
            Wal[] wal = {null};
            CrashCheck<State> check = CrashCheck.on(disk, State.EMPTY);
            TreeMap<String, String> model = new TreeMap<>();
            check.acknowledge("open an empty disk", () -> wal[0] = Wal.open(disk), State.EMPTY);
            before.forEach(tx -> commit(check, wal, tx, model));
            // The power fails while the next commit is written: only its first bytes reach the log.
            int powerCut = disk.eventCount();
            disk.open(Wal.LOG).append(Arrays.copyOf(tornRecord, reached));
            check.acknowledge("restart: recover a log that ends with the first " + reached + " of the "
                    + tornRecord.length + " bytes of the record of commit " + torn, () -> wal[0] = Wal.open(disk),
                    State.of(model));
            for (int i = 1; i <= 3; i++) {
                commit(check, wal, new Transaction().put("a", "second " + i).put("c" + i, "y"), model);
            }
            List<CrashCheck.Point> points = new ArrayList<>(check.everyBoundary());
            points.addAll(fullestTearsFirst(check.everyTornWrite()));
            points.removeIf(point -> point.afterEvents() <= powerCut);
            check.verify(points, WriteAheadLogTest::recover);
        }
    }

    @Test
    @Order(12)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("random workloads with checkpoints and restarts, crashed after every change and at random bytes")
    void randomWorkloads() {
        for (long seed = 1; seed <= 12; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Disk disk = Disk.recordingCrashes();
            Wal[] wal = {null};
            CrashCheck<State> check = CrashCheck.on(disk, State.EMPTY);
            TreeMap<String, String> model = new TreeMap<>();
            check.acknowledge("open an empty disk", () -> wal[0] = Wal.open(disk), State.EMPTY);
            for (int op = 0; op < 40; op++) {
                int dice = random.nextInt(100);
                if (dice < 8) {
                    check.acknowledge("checkpoint", () -> wal[0].checkpoint(), State.of(model));
                } else if (dice < 12) {
                    check.acknowledge("close and reopen (no crash)", () -> wal[0] = Wal.open(disk), State.of(model));
                } else {
                    Transaction tx = new Transaction();
                    for (int w = 1 + random.nextInt(4); w > 0; w--) {
                        String key = "k" + random.nextInt(8);
                        if (random.nextInt(5) == 0) {
                            tx.delete(key);
                        } else {
                            tx.put(key, "v".repeat(random.nextInt(12)) + op);
                        }
                    }
                    commit(check, wal, tx, model);
                }
            }
            List<CrashCheck.Point> points = new ArrayList<>(check.everyBoundary());
            points.addAll(check.randomTornWrites(seed, 300));
            try {
                check.verify(points, WriteAheadLogTest::recover);
            } catch (AssertionError e) {
                throw new AssertionError("Random workload " + seed + " (40 operations, seed " + seed + "): "
                        + e.getMessage(), e);
            }
        }
    }

    @Test
    @Order(13)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("a damaged byte anywhere in the log: recovery keeps exactly the commits before the damaged record")
    void damagedByteAnywhere() {
        List<Transaction> commits = List.of(
                new Transaction().put("alice", "10").put("bob", "20"),
                new Transaction().put("alice", "11").delete("bob"),
                new Transaction().put("carol", "30"),
                new Transaction().put("alice", "12").put("dave", "40").put("erin", "50"),
                new Transaction().delete("carol").put("bob", "21"));
        List<Long> recordEnds = new ArrayList<>();
        List<State> states = new ArrayList<>();
        Disk clean = Disk.inMemory();
        Wal writer = Wal.open(clean);
        states.add(State.EMPTY);
        for (Transaction tx : commits) {
            writer.commit(tx);
            recordEnds.add(clean.open(Wal.LOG).size());
            states.add(State.of(writer.snapshot()));
        }
        long logSize = recordEnds.get(recordEnds.size() - 1);
        for (int position = 0; position < logSize; position++) {
            Disk disk = Disk.inMemory();
            Wal wal = Wal.open(disk);
            commits.forEach(wal::commit);
            DiskFile log = disk.open(Wal.LOG);
            byte original = log.read(position, 1)[0];
            log.write(position, new byte[] {(byte) (original ^ 0x01)});
            int damaged = 0;
            while (recordEnds.get(damaged) <= position) {
                damaged++;
            }
            State expected = states.get(damaged);
            String story = "The log held " + commits.size() + " commits in " + logSize + " bytes (records end at "
                    + recordEnds + "). One bit of byte " + position + " was flipped, inside the record of commit "
                    + (damaged + 1) + " " + commits.get(damaged) + ".";
            State recovered;
            try {
                recovered = State.of(Wal.open(disk).snapshot());
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new AssertionError(story + " Recovery threw " + e, e);
            }
            assertThat(recovered)
                    .withFailMessage("%s%n  Recovery must keep the commits before it and nothing from it on: its"
                            + " checksum no longer matches.%n  expected: %s%n  recovered: %s", story, expected,
                            recovered)
                    .isEqualTo(expected);
            Wal after = Wal.open(disk);
            after.commit(new Transaction().put("zed", "after the damage"));
            State afterCommit = State.of(Wal.open(disk).snapshot());
            TreeMap<String, String> expectedAfter = new TreeMap<>(expected.map());
            expectedAfter.put("zed", "after the damage");
            assertThat(afterCommit)
                    .withFailMessage("%s%n  After recovery, one more commit was acknowledged and the disk reopened:"
                            + " that commit is missing. Truncate the log after the last good record, so new records"
                            + " do not sit behind the damaged one.%n  expected: %s%n  recovered: %s", story,
                            State.of(expectedAfter), afterCommit)
                    .isEqualTo(State.of(expectedAfter));
        }
    }

    // ---- helpers ----

    /** Commits {@code tx} as one acknowledged operation of the crash check, and applies it to the model. */
    private static void commit(CrashCheck<State> check, Wal[] wal, Transaction tx, TreeMap<String, String> model) {
        for (Transaction.Write write : tx.writes()) {
            if (write instanceof Transaction.Put put) {
                model.put(put.key(), put.value());
            } else {
                model.remove(write.key());
            }
        }
        check.acknowledge("commit " + tx, () -> wal[0].commit(tx), State.of(model));
    }

    /** The bytes the store appends to its log for {@code next} after committing {@code before}. */
    private static byte[] recordOf(List<Transaction> before, Transaction next) {
        Disk scratch = Disk.inMemory();
        Wal wal = Wal.open(scratch);
        before.forEach(wal::commit);
        DiskFile log = scratch.open(Wal.LOG);
        long start = log.size();
        wal.commit(next);
        return log.read(start, Math.toIntExact(log.size() - start));
    }

    /** Opens a fresh store on the crash image, as a restarted process would, and reads its whole state. */
    private static State recover(Disk image) {
        return State.of(Wal.open(image).snapshot());
    }

    /**
     * Each write's tears from the fullest (one byte missing) to the emptiest: a record that lacks only its last
     * byte is the one easiest to mistake for a whole one, so a failure shows it first.
     */
    private static List<CrashCheck.Point> fullestTearsFirst(List<CrashCheck.Point> tears) {
        return tears.stream().sorted(Comparator.comparingInt(CrashCheck.Point::afterEvents)
                .thenComparing(Comparator.comparingInt(CrashCheck.Point::tornBytes).reversed())).toList();
    }

    /** The store's state, compared by content, printed with invisible characters made visible. */
    private record State(Map<String, String> map) {
        static final State EMPTY = new State(Map.of());

        static State of(Map<String, String> map) {
            return new State(Map.copyOf(map));
        }

        @Override
        public String toString() {
            return new TreeMap<>(map).entrySet().stream().map(e -> visible(e.getKey()) + "=" + visible(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        private static String visible(String text) {
            if (text.isEmpty()) {
                return "\"\"";
            }
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                if (c == 0) {
                    out.append("\\0");
                } else if (Character.isISOControl(c) || c == 0xFFFD) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }
}

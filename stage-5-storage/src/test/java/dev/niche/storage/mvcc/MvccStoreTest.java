package dev.niche.storage.mvcc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "storage/mvcc", title = "MVCC: snapshot isolation, first committer wins, version GC", order = 11,
        checkpoints = "5.3", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the order of this file: the rules one by one, then at random
class MvccStoreTest {

    // ---- examples: fixed schedules ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a transaction reads its own writes and deletes")
    void readsItsOwnWrites() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        s.read(t1, "x", null, "Nothing was ever written.");
        s.put(t1, "x", "1");
        s.read(t1, "x", "1", "T1 wrote x = 1: a transaction sees its own writes before it commits.");
        s.put(t1, "x", "2");
        s.read(t1, "x", "2", "T1's last write of x wins within T1.");
        s.delete(t1, "x");
        s.read(t1, "x", null, "T1 deleted x itself.");
        s.put(t1, "y", "1");
        s.commit(t1, "T1 is the only transaction.");
        MvccStore.Transaction t2 = s.begin();
        s.read(t2, "x", null, "T1 committed a delete of x.");
        s.read(t2, "y", "1", "T1 committed y = 1 before T2 began.");
        s.commit(t2, "T2 only read.");
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("no dirty read: an uncommitted write is invisible to everyone else")
    void noDirtyRead() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        s.put(t1, "seats", "41");
        MvccStore.Transaction t2 = s.begin();
        s.read(t2, "seats", null,
                "T1 has not committed: its write is private until then (reading it is a dirty read).");
        s.commit(t1, "No one else wrote seats.");
        s.read(t2, "seats", null, "T1 committed after T2 began: T2's snapshot does not change.");
        MvccStore.Transaction t3 = s.begin();
        s.read(t3, "seats", "41", "T1 committed seats = 41 before T3 began.");
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("repeatable read: a snapshot does not change while others commit")
    void repeatableRead() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        s.put(t1, "seats", "40");
        s.commit(t1, "T1 is the only transaction.");
        MvccStore.Transaction report = s.begin();
        s.read(report, "seats", "40", "T1 committed seats = 40 before T2 began.");
        MvccStore.Transaction t3 = s.begin();
        s.put(t3, "seats", "39");
        s.put(t3, "booking-7", "row 4");
        s.commit(t3, "T2 only reads, so nothing conflicts with T3.");
        s.read(report, "seats", "40", "T3 committed seats = 39 after T2 began: T2 keeps reading its snapshot.");
        s.read(report, "booking-7", null, "booking-7 was committed after T2 began, so T2 cannot see it.");
        s.commit(report, "T2 only read.");
        MvccStore.Transaction t4 = s.begin();
        s.read(t4, "seats", "39", "T3 committed seats = 39 before T4 began.");
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("first committer wins: the second writer of a key gets WriteConflict")
    void firstCommitterWins() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        s.put(t1, "seats", "40");
        s.commit(t1, "T1 is the only transaction.");
        MvccStore.Transaction t2 = s.begin();
        MvccStore.Transaction t3 = s.begin();
        s.read(t2, "seats", "40", "T1 committed seats = 40 before T2 began.");
        s.read(t3, "seats", "40", "T1 committed seats = 40 before T3 began.");
        s.put(t2, "seats", "39");
        s.put(t3, "seats", "39");
        s.put(t3, "booking-9", "row 2");
        s.commit(t2, "T2 is the first of T2 and T3 to commit seats.");
        s.commitConflicts(t3, Set.of("seats"), key -> 2L, () -> "T2 committed seats after T3 began."
                + " Both booked a seat from 40 and wrote 39: if T3 commits too, one booking is lost (a lost update).");
        assertThatThrownBy(() -> t3.get("seats")).as("T3 after its commit threw WriteConflict")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("T3").hasMessageContaining("aborted");
        MvccStore.Transaction t4 = s.begin();
        s.read(t4, "seats", "39", "T2 committed seats = 39; T3 lost.");
        s.read(t4, "booking-9", null, "T3 lost its commit, so none of its writes may appear.");
        MvccStore.Transaction t5 = s.begin();
        s.put(t4, "seats", "38");
        s.commit(t4, "No one committed seats after T4 began.");
        s.put(t5, "seats", "38");
        s.commitConflicts(t5, Set.of("seats"), key -> 4L, () -> "T4 committed seats after T5 began;"
                + " it does not matter that T5 wrote only after T4 had committed: T5's snapshot was already older.");
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("writers of different keys, and readers, never conflict")
    void disjointWritesCommit() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        MvccStore.Transaction t2 = s.begin();
        MvccStore.Transaction t3 = s.begin();
        s.put(t1, "a", "1");
        s.put(t2, "b", "2");
        s.read(t3, "a", null, "Nothing was committed when T3 began.");
        s.commit(t1, "No one committed a after T1 began.");
        s.commit(t2, "T1 wrote a, T2 wrote b: different keys do not conflict.");
        s.commit(t3, "T3 only read: a reader never conflicts.");
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("the writes of an aborted transaction vanish")
    void abortedWritesVanish() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        s.put(t1, "x", "kept");
        s.commit(t1, "T1 is the only transaction.");
        MvccStore.Transaction t2 = s.begin();
        s.put(t2, "x", "discarded");
        s.put(t2, "y", "discarded");
        s.delete(t2, "x");
        s.abort(t2);
        MvccStore.Transaction t3 = s.begin();
        s.read(t3, "x", "kept", "T2 aborted: its delete of x never happened.");
        s.read(t3, "y", null, "T2 aborted: its put of y never happened.");
        s.put(t3, "x", "after");
        s.commit(t3, "T2 aborted, so its writes of x cannot conflict with anyone.");
    }

    @Test
    @Order(7)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("write skew is allowed: two doctors both go off call (snapshot isolation is not serializable)")
    void writeSkewIsAllowed() {
        Schedule s = new Schedule();
        MvccStore.Transaction setup = s.begin();
        s.put(setup, "alice", "on call");
        s.put(setup, "bob", "on call");
        s.commit(setup, "T1 is the only transaction.");
        MvccStore.Transaction alice = s.begin();
        MvccStore.Transaction bob = s.begin();
        for (MvccStore.Transaction doctor : List.of(alice, bob)) {
            s.read(doctor, "alice", "on call", "Both doctors were on call when " + s.name(doctor) + " began.");
            s.read(doctor, "bob", "on call", "Both doctors were on call when " + s.name(doctor) + " began.");
        }
        s.put(alice, "alice", "off");
        s.put(bob, "bob", "off");
        s.commit(alice, "No one committed alice after T2 began.");
        s.commit(bob, "T2 wrote alice, T3 wrote bob. First committer wins compares writes only, so these two do not"
                + " conflict, even though each read what the other wrote: this is write skew, and snapshot isolation"
                + " allows it. This kata asks for snapshot isolation, not serializable isolation (which would need to"
                + " track reads too).");
        MvccStore.Transaction after = s.begin();
        s.read(after, "alice", "off", "T2 committed alice = off.");
        s.read(after, "bob", "off", "T3 committed bob = off: nobody is on call now, the anomaly itself.");
    }

    @Test
    @Order(8)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("old versions live while a snapshot reads them, then one version per live key remains")
    void versionsAreCollected() {
        Schedule s = new Schedule();
        MvccStore.Transaction t1 = s.begin();
        s.put(t1, "x", "1");
        s.put(t1, "y", "1");
        s.put(t1, "z", "1");
        s.versionsExactly(0, "writes of a running transaction are not versions yet");
        s.commit(t1, "T1 is the only transaction.");
        s.versionsExactly(3, "x, y and z have one version each");
        MvccStore.Transaction report = s.begin();
        MvccStore.Transaction t3 = s.begin();
        s.put(t3, "x", "2");
        s.delete(t3, "y");
        s.commit(t3, "T2 only reads.");
        s.versionsExactly(5, "T2 still reads x = 1 and y = 1; the new x = 2 and the deletion of y are the newest"
                + " versions (T2 began before that delete, so it stays), and z = 1 is read by all");
        s.read(report, "x", "1", "T3 committed x = 2 after T2 began.");
        s.read(report, "y", "1", "T3 deleted y after T2 began.");
        s.commit(report, "T2 only read.");
        s.versionsExactly(2, "no transaction is running: one version per key with a value (x = 2 and z = 1);"
                + " y is deleted and nobody can read its old versions");
        MvccStore.Transaction t4 = s.begin();
        s.put(t4, "z", "2");
        s.abort(t4);
        s.versionsExactly(2, "an aborted transaction adds no version");
    }

    @Test
    @Order(9)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("null keys and values, and finished transactions, are refused")
    void badInput() {
        MvccStore store = new MvccStore();
        MvccStore.Transaction t1 = store.begin();
        assertThatThrownBy(() -> t1.get(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> t1.put(null, "v")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> t1.put("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> t1.delete(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        t1.put("k", "v");
        t1.commit();
        MvccStore.Transaction t2 = store.begin();
        t2.abort();
        for (MvccStore.Transaction t : List.of(t1, t2)) {
            String name = "T" + t.id();
            String state = t == t1 ? "committed" : "aborted";
            List<Runnable> uses = List.of(() -> t.get("k"), () -> t.put("k", "w"), () -> t.delete("k"), t::commit,
                    t::abort);
            List<String> calls = List.of("get", "put", "delete", "commit", "abort");
            for (int i = 0; i < uses.size(); i++) {
                assertThatThrownBy(uses.get(i)::run).as("%s on %s, which has %s", calls.get(i), name, state)
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining(name)
                        .hasMessageContaining(state);
            }
        }
    }

    // ---- properties: random interleavings against the model ----

    private static final long SEED = 20_261_128L;
    private static final int SHRINK_SECONDS = 5;

    private enum Action { BEGIN, GET, PUT, DELETE, COMMIT, ABORT }

    /** One step of a random schedule: what the transaction in {@code slot} does. */
    private record Step(int slot, Action action, String key) {
    }

    @Test
    @Order(10)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("random interleavings of transactions: reads, commits and final state match snapshot isolation")
    void randomInterleavingsMatchTheModel() {
        check(new Workload(400, 3, List.of("x", "y", "z"), 40, false));
    }

    @Test
    @Order(11)
    @Kind(CheckKind.PROPERTY)
    @DisplayName("long random workloads keep only the versions a snapshot or the newest state needs")
    void garbageCollectionKeepsOnlyNeededVersions() {
        check(new Workload(120, 4, List.of("a", "b", "c", "d", "e", "f"), 250, true));
    }

    /** {@code schedules} random schedules of up to {@code maxSteps} steps by transactions in {@code slots} slots. */
    private record Workload(int schedules, int slots, List<String> keys, int maxSteps, boolean checkVersions) {
    }

    private static void check(Workload workload) {
        for (int i = 0; i < workload.schedules(); i++) {
            long seed = SEED + i;
            List<Step> steps = randomSchedule(new Random(seed), workload);
            Schedule.Failure failure = replay(steps, workload);
            if (failure != null) {
                List<Step> shortest = shrink(steps, workload);
                Schedule.Failure shrunk = replay(shortest, workload);
                throw new AssertionError(shrunk.conclusion + "\nThe shortest failing schedule found (one thread, one"
                        + " step at a time):\n" + shrunk.listing + "(random schedule " + (i + 1) + " of "
                        + workload.schedules() + ", seed " + seed + ": " + steps.size() + " random steps, then a commit"
                        + " of each transaction still running; shrunk to the steps above)", shrunk);
            }
        }
    }

    private static List<Step> randomSchedule(Random random, Workload workload) {
        boolean[] running = new boolean[workload.slots()];
        List<Step> steps = new ArrayList<>();
        int length = 5 + random.nextInt(workload.maxSteps() - 4);
        for (int i = 0; i < length; i++) {
            int slot = random.nextInt(workload.slots());
            String key = workload.keys().get(random.nextInt(workload.keys().size()));
            Action action;
            if (!running[slot]) {
                action = Action.BEGIN;
            } else {
                int roll = random.nextInt(100);
                action = roll < 30 ? Action.GET : roll < 60 ? Action.PUT : roll < 70 ? Action.DELETE
                        : roll < 92 ? Action.COMMIT : Action.ABORT;
            }
            running[slot] = action != Action.COMMIT && action != Action.ABORT;
            steps.add(new Step(slot, action, key));
        }
        return steps;
    }

    /**
     * Runs {@code steps} on a new store and on the model in step, then commits every transaction still running and
     * reads every key in a last transaction. A step that does not fit (a begin in a running slot, anything else in
     * an idle one) is skipped, so that any part of a schedule is a schedule too, which is what shrinking needs.
     *
     * @return the first disagreement, or null
     */
    private static Schedule.Failure replay(List<Step> steps, Workload workload) {
        Schedule s = new Schedule();
        SnapshotModel model = new SnapshotModel();
        MvccStore.Transaction[] learner = new MvccStore.Transaction[workload.slots()];
        SnapshotModel.Tx[] expected = new SnapshotModel.Tx[workload.slots()];
        int[] puts = {0};
        try {
            List<Step> all = new ArrayList<>(steps);
            for (int slot = 0; slot < workload.slots(); slot++) {
                all.add(new Step(slot, Action.COMMIT, null));
            }
            for (Step step : all) {
                int slot = step.slot();
                if ((learner[slot] == null) != (step.action() == Action.BEGIN)) {
                    continue;
                }
                MvccStore.Transaction t = learner[slot];
                SnapshotModel.Tx m = expected[slot];
                String key = step.key();
                switch (step.action()) {
                    case BEGIN -> {
                        learner[slot] = s.begin();
                        expected[slot] = model.begin(s.stepCount());
                    }
                    case GET -> {
                        String value = model.read(m, key);
                        s.read(t, key, value, actual -> model.explainRead(m, key, value, actual));
                    }
                    case PUT -> {
                        String value = "v" + ++puts[0];
                        s.put(t, key, value);
                        model.write(m, key, value);
                    }
                    case DELETE -> {
                        s.delete(t, key);
                        model.write(m, key, null);
                    }
                    case COMMIT -> {
                        List<String> conflicts = model.conflicts(m);
                        if (conflicts.isEmpty()) {
                            s.commit(t, () -> model.explainNoConflict(m));
                            model.commit(m, s.stepCount());
                        } else {
                            s.commitConflicts(t, new HashSet<>(conflicts), k -> model.newest(k).writer(),
                                    () -> model.explainConflict(m, conflicts.get(0)));
                            model.abort(m);
                        }
                        learner[slot] = null;
                    }
                    case ABORT -> {
                        s.abort(t);
                        model.abort(m);
                        learner[slot] = null;
                    }
                }
                if (workload.checkVersions()) {
                    List<String> needed = model.neededVersions();
                    s.versionsAtMost(needed.size(), () -> needed.isEmpty() ? "none, since no key has a value and no"
                            + " transaction is running" : String.join("; ", needed));
                }
            }
            MvccStore.Transaction last = s.begin();
            SnapshotModel.Tx lastModel = model.begin(s.stepCount());
            Map<String, String> state = model.committedState();
            for (String key : workload.keys()) {
                s.read(last, key, state.get(key), actual -> "Every transaction has ended. The committed state must be"
                        + " what the successful commits wrote, applied in commit order: " + state + ". "
                        + model.explainRead(lastModel, key, state.get(key), actual));
            }
            s.commit(last, "It only read.");
            if (workload.checkVersions()) {
                s.versionsExactly(state.size(), "no transaction is running, so exactly one version per key with a"
                        + " value remains " + state.keySet() + ", and none for deleted keys");
            }
            return null;
        } catch (Schedule.Failure failure) {
            return failure;
        }
    }

    /**
     * Removes steps while the schedule still fails: halves first, then smaller pieces, down to single steps. Stops
     * early after {@value #SHRINK_SECONDS} s, so that a slow store still gets its (longer) failing schedule shown.
     */
    private static List<Step> shrink(List<Step> failing, Workload workload) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHRINK_SECONDS);
        List<Step> current = failing;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
                for (int from = 0; from < current.size() && System.nanoTime() < deadline; ) {
                    List<Step> candidate = new ArrayList<>(current.subList(0, from));
                    candidate.addAll(current.subList(Math.min(current.size(), from + chunk), current.size()));
                    if (replay(candidate, workload) != null) {
                        current = candidate;
                        progress = true;
                    } else {
                        from += chunk;
                    }
                }
            }
        }
        return current;
    }
}

package dev.niche.storage.mvcc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The oracle: snapshot isolation with first committer wins, as plainly as possible. It keeps every version ever
 * committed (no garbage collection) and computes from that history what each transaction must read, whether its
 * commit conflicts, and which versions a store still needs.
 */
final class SnapshotModel {
    /** A committed version: {@code value == null} is a deletion; {@code commit} counts commits from 1. */
    record Version(String value, int commit, long writer, int step) {
    }

    static final class Tx {
        final long id;
        final int snapshot;
        final int beganAt;
        final Map<String, String> writes = new LinkedHashMap<>();

        Tx(long id, int snapshot, int beganAt) {
            this.id = id;
            this.snapshot = snapshot;
            this.beganAt = beganAt;
        }

        @Override
        public String toString() {
            return "T" + id;
        }
    }

    private final Map<String, List<Version>> history = new TreeMap<>();
    private final List<Tx> running = new ArrayList<>();
    private final Map<String, Tx> writerOfValue = new HashMap<>();
    private final Map<Long, String> fate = new HashMap<>();
    private int commits;
    private long lastId;

    Tx begin(int step) {
        Tx tx = new Tx(++lastId, commits, step);
        running.add(tx);
        fate.put(tx.id, "running");
        return tx;
    }

    /** Own writes first, then the newest version committed by the snapshot. */
    String read(Tx tx, String key) {
        if (tx.writes.containsKey(key)) {
            return tx.writes.get(key);
        }
        Version visible = visible(key, tx.snapshot);
        return visible == null ? null : visible.value();
    }

    /** {@code value} null for a delete; put values are unique, so a value read back names its writer. */
    void write(Tx tx, String key, String value) {
        tx.writes.put(key, value);
        if (value != null) {
            writerOfValue.put(value, tx);
        }
    }

    /** The keys {@code tx} wrote whose newest version was committed after {@code tx} began. */
    List<String> conflicts(Tx tx) {
        List<String> keys = new ArrayList<>();
        for (String key : tx.writes.keySet()) {
            Version newest = newest(key);
            if (newest != null && newest.commit() > tx.snapshot) {
                keys.add(key);
            }
        }
        return keys;
    }

    Version newest(String key) {
        List<Version> versions = history.get(key);
        return versions == null ? null : versions.get(versions.size() - 1);
    }

    void commit(Tx tx, int step) {
        if (!tx.writes.isEmpty()) {
            int commit = ++commits;
            tx.writes.forEach((key, value) ->
                    history.computeIfAbsent(key, k -> new ArrayList<>()).add(new Version(value, commit, tx.id, step)));
        }
        running.remove(tx);
        fate.put(tx.id, "committed");
    }

    void abort(Tx tx) {
        running.remove(tx);
        fate.put(tx.id, "aborted");
    }

    /** The committed state now: every key whose newest version has a value. */
    Map<String, String> committedState() {
        Map<String, String> state = new TreeMap<>();
        history.forEach((key, versions) -> {
            String value = versions.get(versions.size() - 1).value();
            if (value != null) {
                state.put(key, value);
            }
        });
        return state;
    }

    /**
     * The versions a store must still keep, one line each: per key, the newest (a deletion only while a running
     * transaction began before it), and each version some running transaction's snapshot reads.
     */
    List<String> neededVersions() {
        List<String> needed = new ArrayList<>();
        history.forEach((key, versions) -> {
            for (int i = versions.size() - 1; i >= 0; i--) {
                Version v = versions.get(i);
                int until = i == versions.size() - 1 ? Integer.MAX_VALUE : versions.get(i + 1).commit();
                List<Tx> readers = running.stream()
                        .filter(t -> v.commit() <= t.snapshot && t.snapshot < until).toList();
                String what = key + (v.value() == null ? " deleted by T" + v.writer() : " = " + v.value());
                if (until == Integer.MAX_VALUE && v.value() != null) {
                    needed.add(what + " (the newest)");
                } else if (until == Integer.MAX_VALUE && running.stream().anyMatch(t -> t.snapshot < v.commit())) {
                    needed.add(what + " (the newest; a running transaction began before that delete)");
                } else if (!readers.isEmpty()) {
                    needed.add(what + " (read by " + readers + ")");
                }
            }
        });
        return needed;
    }

    /** Why {@code tx} should have read {@code expected} for {@code key} rather than {@code actual}. */
    String explainRead(Tx tx, String key, String expected, String actual) {
        String wrong = "";
        Tx writer = actual == null ? null : writerOfValue.get(actual);
        if (writer != null && writer != tx) {
            String writerFate = fate.get(writer.id);
            Optional<Version> committed = history.getOrDefault(key, List.of()).stream()
                    .filter(v -> actual.equals(v.value())).findFirst();
            if (writerFate.equals("running")) {
                wrong = "That is " + writer + "'s write, not committed yet: reading it is a dirty read. ";
            } else if (writerFate.equals("aborted")) {
                wrong = "That is " + writer + "'s write, and " + writer + " aborted: its writes must vanish. ";
            } else if (committed.isPresent() && committed.get().commit() > tx.snapshot) {
                wrong = writer + " committed that at step " + committed.get().step() + ", after " + tx
                        + " began at step " + tx.beganAt + ": a snapshot never sees later commits. ";
            } else {
                wrong = "That version was already overwritten when " + tx + " began. ";
            }
        }
        String right;
        if (tx.writes.containsKey(key)) {
            right = tx + " wrote " + key + " itself, so it reads its own last write";
        } else {
            Version visible = visible(key, tx.snapshot);
            right = tx + " began at step " + tx.beganAt + "; the last commit of " + key + " before that was "
                    + (visible == null ? "none" : "by T" + visible.writer() + " at step " + visible.step())
                    + ", and a transaction reads its snapshot plus its own writes";
        }
        return wrong + right + ".";
    }

    /** The story of a lost update: {@code tx} must lose on {@code key}. */
    String explainConflict(Tx tx, String key) {
        Version newest = newest(key);
        return "T" + newest.writer() + " wrote " + key + " and committed at step " + newest.step() + ", after " + tx
                + " began at step " + tx.beganAt + ". " + tx + " wrote " + key + " too, so first committer wins: "
                + "committing " + tx + " would silently overwrite T" + newest.writer() + "'s "
                + (newest.value() == null ? "delete of " + key : key + " = " + newest.value()) + " (a lost update).";
    }

    /** Why {@code tx}, about to commit, conflicts with no one. */
    String explainNoConflict(Tx tx) {
        return "No transaction that committed after " + tx + " began (step " + tx.beganAt + ") wrote any key "
                + tx + " wrote " + tx.writes.keySet() + ", so there is nothing to conflict with.";
    }

    private Version visible(String key, int snapshot) {
        Version visible = null;
        for (Version v : history.getOrDefault(key, List.of())) {
            if (v.commit() <= snapshot) {
                visible = v;
            }
        }
        return visible;
    }
}

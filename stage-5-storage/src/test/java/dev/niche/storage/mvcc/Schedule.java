package dev.niche.storage.mvcc;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs transactions on one {@link MvccStore}, one numbered step at a time, and keeps the schedule so that a failure
 * shows every step that led to it. A stub's TODO exception passes through untouched (the kata is then not started);
 * any other surprise becomes a {@link Failure} naming the step.
 */
final class Schedule {
    private final MvccStore store = new MvccStore();
    private final List<String> steps = new ArrayList<>();
    private final Map<MvccStore.Transaction, Long> ids = new IdentityHashMap<>();
    private long begun;

    /** The number of steps so far: the number of the step just taken. */
    int stepCount() {
        return steps.size();
    }

    String name(MvccStore.Transaction transaction) {
        return "T" + ids.get(transaction);
    }

    MvccStore.Transaction begin() {
        long expected = ++begun;
        step("T" + expected + " begins");
        MvccStore.Transaction transaction = call(store::begin);
        long id = call(transaction::id);
        if (id != expected) {
            throw failure("its id() is " + id + ", expected " + expected
                    + ": transactions are numbered 1, 2, 3, ... in the order they begin");
        }
        ids.put(transaction, id);
        return transaction;
    }

    /** Reads {@code key} and compares with {@code expected}; {@code why} explains a wrong value, given it. */
    void read(MvccStore.Transaction transaction, String key, String expected, Function<String, String> why) {
        step(name(transaction) + " gets " + key);
        String actual = call(() -> transaction.get(key));
        amend(": " + show(actual));
        if (!Objects.equals(actual, expected)) {
            throw failure("expected " + show(expected) + ", got " + show(actual) + ". " + why.apply(actual));
        }
    }

    void read(MvccStore.Transaction transaction, String key, String expected, String why) {
        read(transaction, key, expected, actual -> why);
    }

    void put(MvccStore.Transaction transaction, String key, String value) {
        step(name(transaction) + " puts " + key + " = " + value);
        call(() -> {
            transaction.put(key, value);
            return null;
        });
    }

    void delete(MvccStore.Transaction transaction, String key) {
        step(name(transaction) + " deletes " + key);
        call(() -> {
            transaction.delete(key);
            return null;
        });
    }

    void abort(MvccStore.Transaction transaction) {
        step(name(transaction) + " aborts");
        call(() -> {
            transaction.abort();
            return null;
        });
    }

    /** Commits, which must succeed; {@code why} says why no conflict is possible. */
    void commit(MvccStore.Transaction transaction, Supplier<String> why) {
        step(name(transaction) + " commits");
        try {
            call(() -> {
                transaction.commit();
                return null;
            });
        } catch (WriteConflict conflict) {
            amend(": WriteConflict");
            throw failure("expected the commit to succeed, but it threw WriteConflict (\"" + conflict.getMessage()
                    + "\"). " + why.get(), conflict);
        }
        amend(": committed");
    }

    void commit(MvccStore.Transaction transaction, String why) {
        commit(transaction, () -> why);
    }

    /**
     * Commits, which must throw {@link WriteConflict} naming one of {@code keys}, this transaction, and the writer
     * of that key's newest version ({@code newestWriter}). {@code story} tells what a successful commit destroys.
     */
    void commitConflicts(MvccStore.Transaction transaction, Set<String> keys, Function<String, Long> newestWriter,
            Supplier<String> story) {
        step(name(transaction) + " commits");
        WriteConflict conflict;
        try {
            call(() -> {
                transaction.commit();
                return null;
            });
            amend(": committed");
            throw failure("expected WriteConflict, but the commit succeeded. " + story.get());
        } catch (WriteConflict thrown) {
            conflict = thrown;
        }
        amend(": WriteConflict on " + conflict.key() + " (T" + conflict.transactionId() + " lost to T"
                + conflict.committedBy() + ")");
        long id = ids.get(transaction);
        if (!keys.contains(conflict.key())) {
            throw failure("the conflict names key '" + conflict.key() + "'; the keys in conflict are " + keys);
        }
        if (conflict.transactionId() != id || conflict.committedBy() != newestWriter.apply(conflict.key())) {
            throw failure("the conflict must name the losing transaction T" + id + " and T"
                    + newestWriter.apply(conflict.key()) + ", which committed the newest version of "
                    + conflict.key());
        }
    }

    /** After the last step, the store must hold at most {@code bound} versions; {@code needed} lists them. */
    void versionsAtMost(int bound, Supplier<String> needed) {
        int count = call(store::versionCount);
        if (count > bound) {
            throw failure("after this step the store holds " + versions(count) + ", but only " + bound
                    + (bound == 1 ? " is" : " are") + " still needed: " + needed.get() + ". Drop a version as soon"
                    + " as neither new transactions nor any running transaction's snapshot reads it.");
        }
    }

    /** The store must hold exactly {@code expected} versions now; {@code why} says why. */
    void versionsExactly(int expected, String why) {
        int count = call(store::versionCount);
        if (count != expected) {
            throw failure("after this step versionCount() is " + count + ", expected " + expected + ": " + why);
        }
    }

    private void step(String what) {
        steps.add(what);
    }

    private void amend(String outcome) {
        steps.set(steps.size() - 1, steps.get(steps.size() - 1) + outcome);
    }

    private <T> T call(Supplier<T> learnerCode) {
        try {
            return learnerCode.get();
        } catch (WriteConflict conflict) {
            throw conflict;
        } catch (RuntimeException e) {
            if (e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).startsWith("TODO")) {
                throw e;
            }
            throw failure("it threw " + e, e);
        }
    }

    Failure failure(String what) {
        return failure(what, null);
    }

    private Failure failure(String what, Throwable cause) {
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            String marker = i == steps.size() - 1 ? "   <-- here" : "";
            listing.append(String.format(Locale.ROOT, "%4d. %s%s%n", i + 1, steps.get(i), marker));
        }
        String conclusion = steps.isEmpty() ? what : "step " + steps.size() + " (" + steps.get(steps.size() - 1)
                + "): " + what;
        return new Failure(conclusion, listing.toString(), cause);
    }

    private static String versions(int count) {
        return count + (count == 1 ? " version" : " versions");
    }

    static String show(String value) {
        return value == null ? "null (no value)" : "'" + value + "'";
    }

    /** A failed expectation: a one-paragraph conclusion, then the numbered schedule. */
    static final class Failure extends AssertionError {
        private static final long serialVersionUID = 1L;
        final String conclusion;
        final String listing;

        Failure(String conclusion, String listing, Throwable cause) {
            super(conclusion + "\nThe schedule (one thread, one step at a time):\n" + listing, cause);
            this.conclusion = conclusion;
            this.listing = listing;
        }
    }
}

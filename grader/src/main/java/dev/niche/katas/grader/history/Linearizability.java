package dev.niche.katas.grader.history;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a recorded history of client operations is linearizable with respect to a sequential {@link
 * Model}: whether each operation can be given one instant inside its call-return interval so that, in the order
 * of those instants, the model produces every observed output.
 *
 * <p>The search is the one of Wing and Gong with Lowe's memoization, as in the Porcupine checker: walk the
 * history's call and return events in time order, try to linearize each operation whose call has been seen,
 * backtrack when a return is reached whose operation is not yet placed, and never revisit a (set of placed
 * operations, model state) pair. The model's partition (by key) runs it on each part separately.
 */
public final class Linearizability {

    /** The outcome of a check. */
    public enum Outcome { LINEARIZABLE, NOT_LINEARIZABLE, UNKNOWN }

    /**
     * A verdict, with an explanation when the history is not linearizable.
     *
     * @param outcome     the answer; UNKNOWN when the time budget ran out first
     * @param part        the operations of the part that failed (sorted by call), empty otherwise
     * @param longest     the longest order of that part's operations the model could explain
     * @param stuck       the operation whose return came while no explanation could place it
     */
    public record Verdict<I, O>(Outcome outcome, List<Operation<I, O>> part, List<Operation<I, O>> longest,
                                Optional<Operation<I, O>> stuck) {

        public boolean linearizable() {
            return outcome == Outcome.LINEARIZABLE;
        }

        /** A few lines for a learner: the operations, the best explanation found, and where it broke. */
        public String explain() {
            if (outcome != Outcome.NOT_LINEARIZABLE) {
                return outcome == Outcome.LINEARIZABLE ? "linearizable" : "unknown: the search ran out of time";
            }
            StringBuilder text = new StringBuilder("not linearizable. The operations (by call time):\n");
            for (Operation<I, O> op : part) {
                text.append("  ").append(op).append('\n');
            }
            text.append("The longest order the sequential object can explain (").append(longest.size()).append(" of ")
                    .append(part.size()).append(" operations):\n");
            for (int i = 0; i < longest.size(); i++) {
                text.append("  ").append(i + 1).append(". ").append(longest.get(i).input()).append(" -> ")
                        .append(longest.get(i).completed() ? longest.get(i).output() : "(no response)").append('\n');
            }
            stuck.ifPresent(op -> text.append("No order places ").append(op.input()).append(" -> ")
                    .append(op.output()).append(" (client ").append(op.client())
                    .append(") before its response: whatever ran first, the object could not have answered that."));
            return text.toString();
        }
    }

    private Linearizability() {
    }

    /**
     * Checks {@code history} against {@code model}, spending at most {@code budget}.
     *
     * @throws IllegalArgumentException if the history is null or a client has two operations open at once
     */
    public static <S, I, O> Verdict<I, O> check(List<Operation<I, O>> history, Model<S, I, O> model,
                                                Duration budget) {
        if (history == null) {
            throw new IllegalArgumentException("history must not be null");
        }
        requireOneOpenPerClient(history);
        long deadline = System.nanoTime() + budget.toNanos();
        boolean unknown = false;
        for (List<Operation<I, O>> part : model.partition(history)) {
            Verdict<I, O> verdict = new Search<>(part, model, deadline).run();
            if (verdict.outcome() == Outcome.NOT_LINEARIZABLE) {
                return verdict;
            }
            unknown |= verdict.outcome() == Outcome.UNKNOWN;
        }
        return new Verdict<>(unknown ? Outcome.UNKNOWN : Outcome.LINEARIZABLE, List.of(), List.of(),
                Optional.empty());
    }

    /**
     * The definition, by brute force: tries every order of the operations that respects real time (an operation
     * that returned before another was called comes first). Exponential: for histories of at most 9 operations,
     * to test faster checkers against.
     *
     * @throws IllegalArgumentException if the history has more than 9 operations
     */
    public static <S, I, O> boolean bruteForce(List<Operation<I, O>> history, Model<S, I, O> model) {
        if (history.size() > 9) {
            throw new IllegalArgumentException("brute force is for at most 9 operations, got " + history.size());
        }
        return orders(history, new BitSet(), model, model.initial());
    }

    private static <S, I, O> boolean orders(List<Operation<I, O>> ops, BitSet done, Model<S, I, O> model, S state) {
        if (done.cardinality() == ops.size()) {
            return true;
        }
        long firstReturn = Long.MAX_VALUE;
        for (int i = 0; i < ops.size(); i++) {
            if (!done.get(i)) {
                firstReturn = Math.min(firstReturn, ops.get(i).ret());
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            Operation<I, O> op = ops.get(i);
            // op may go next only if no remaining operation returned before op was called
            if (done.get(i) || op.call() > firstReturn) {
                continue;
            }
            Optional<S> next = model.step(state, op.input(), op.output());
            if (next.isPresent()) {
                done.set(i);
                boolean found = orders(ops, done, model, next.get());
                done.clear(i);
                if (found) {
                    return true;
                }
            }
        }
        // operations without a response may also never take effect
        for (int i = 0; i < ops.size(); i++) {
            if (!done.get(i) && !ops.get(i).completed()) {
                done.set(i);
                boolean found = orders(ops, done, model, state);
                done.clear(i);
                return found;
            }
        }
        return false;
    }

    private static <I, O> void requireOneOpenPerClient(List<Operation<I, O>> history) {
        Map<Integer, List<Operation<I, O>>> byClient = new HashMap<>();
        history.forEach(op -> byClient.computeIfAbsent(op.client(), c -> new ArrayList<>()).add(op));
        byClient.forEach((client, ops) -> {
            ops.sort(Comparator.comparingLong(Operation::call));
            for (int i = 1; i < ops.size(); i++) {
                if (ops.get(i).call() < ops.get(i - 1).ret()) {
                    throw new IllegalArgumentException("client " + client + " has two operations open at once: "
                            + ops.get(i - 1) + " and " + ops.get(i));
                }
            }
        });
    }

    /** The search over one part of a history. */
    private static final class Search<S, I, O> {
        /** A call or return event in a doubly linked list that the search lifts operations out of. */
        private static final class Entry {
            final int op;
            final boolean call;
            final long time;
            Entry match;
            Entry prev;
            Entry next;

            Entry(int op, boolean call, long time) {
                this.op = op;
                this.call = call;
                this.time = time;
            }
        }

        private final List<Operation<I, O>> ops;
        private final Model<S, I, O> model;
        private final long deadline;
        private final Entry head = new Entry(-1, false, Long.MIN_VALUE);

        Search(List<Operation<I, O>> part, Model<S, I, O> model, long deadline) {
            this.ops = new ArrayList<>(part);
            this.ops.sort(Comparator.comparingLong(Operation::call));
            this.model = model;
            this.deadline = deadline;
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                Entry call = new Entry(i, true, ops.get(i).call());
                Entry ret = new Entry(i, false, ops.get(i).ret());
                call.match = ret;
                entries.add(call);
                entries.add(ret);
            }
            // by time; at equal times calls first, so touching intervals count as overlapping
            entries.sort(Comparator.comparingLong((Entry e) -> e.time).thenComparing(e -> !e.call));
            Entry last = head;
            for (Entry e : entries) {
                last.next = e;
                e.prev = last;
                last = e;
            }
        }

        Verdict<I, O> run() {
            record Frame<S>(Entry entry, S state) {
            }
            Deque<Frame<S>> stack = new ArrayDeque<>();
            Map<BitSet, Set<S>> seen = new HashMap<>();
            BitSet placed = new BitSet(ops.size());
            S state = model.initial();
            List<Integer> longest = List.of();
            Entry stuckAt = null;
            Entry cursor = head.next;
            long steps = 0;
            while (head.next != null) {
                if ((++steps & 1023) == 0 && System.nanoTime() > deadline) {
                    return new Verdict<>(Outcome.UNKNOWN, List.of(), List.of(), Optional.empty());
                }
                if (cursor.call) {
                    Operation<I, O> op = ops.get(cursor.op);
                    Optional<S> next = model.step(state, op.input(), op.output());
                    boolean placedNow = false;
                    if (next.isPresent()) {
                        BitSet withIt = (BitSet) placed.clone();
                        withIt.set(cursor.op);
                        if (seen.computeIfAbsent(withIt, b -> new HashSet<>()).add(next.get())) {
                            stack.push(new Frame<>(cursor, state));
                            state = next.get();
                            placed = withIt;
                            lift(cursor);
                            cursor = head.next;
                            placedNow = true;
                        }
                    }
                    if (!placedNow) {
                        cursor = cursor.next;
                    }
                } else if (!ops.get(cursor.op).completed()) {
                    // only operations without a response are left: they may never have taken effect
                    break;
                } else {
                    if (stuckAt == null || stack.size() > longest.size()) {
                        List<Integer> order = new ArrayList<>();
                        stack.forEach(f -> order.add(0, f.entry().op));
                        longest = order;
                        stuckAt = cursor;
                    }
                    if (stack.isEmpty()) {
                        return failure(longest, stuckAt);
                    }
                    Frame<S> top = stack.pop();
                    state = top.state();
                    placed = (BitSet) placed.clone();
                    placed.clear(top.entry().op);
                    unlift(top.entry());
                    cursor = top.entry().next;
                }
            }
            return new Verdict<>(Outcome.LINEARIZABLE, List.of(), List.of(), Optional.empty());
        }

        private Verdict<I, O> failure(List<Integer> longest, Entry stuckAt) {
            return new Verdict<>(Outcome.NOT_LINEARIZABLE, List.copyOf(ops),
                    longest.stream().map(ops::get).toList(),
                    Optional.ofNullable(stuckAt).map(e -> ops.get(e.op)));
        }

        private static void lift(Entry call) {
            call.prev.next = call.next;
            call.next.prev = call.prev;
            Entry ret = call.match;
            ret.prev.next = ret.next;
            if (ret.next != null) {
                ret.next.prev = ret.prev;
            }
        }

        private static void unlift(Entry call) {
            Entry ret = call.match;
            ret.prev.next = ret;
            if (ret.next != null) {
                ret.next.prev = ret;
            }
            call.prev.next = call;
            call.next.prev = call;
        }
    }
}

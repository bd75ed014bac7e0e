package dev.niche.distributed.linearizabilitychecker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wing and Gong's search with Lowe's memo: place one operation at a time, only among those that may go next (no
 * unplaced operation returned before it was called), and never explore the same (placed set, register value)
 * twice. The memo bounds the work by the number of distinct frontiers, which stays small when few operations
 * overlap.
 */
public final class RegisterChecker {

    private RegisterChecker() {
    }

    public static boolean isLinearizable(List<Op> history) {
        if (history == null || history.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("history must be a list of operations without nulls, got " + history);
        }
        requireOneOpenPerClient(history);
        List<Op> ops = history.stream().filter(op -> op.write() || op.answered())
                .sorted(Comparator.comparingLong(Op::call)).toList();
        return new Search(ops).from(new BitSet(), 0);
    }

    private static void requireOneOpenPerClient(List<Op> history) {
        Map<Integer, List<Op>> byClient = new HashMap<>();
        history.forEach(op -> byClient.computeIfAbsent(op.client(), c -> new ArrayList<>()).add(op));
        byClient.forEach((client, ops) -> {
            ops.sort(Comparator.comparingLong(Op::call));
            for (int i = 1; i < ops.size(); i++) {
                if (ops.get(i).call() < ops.get(i - 1).ret()) {
                    throw new IllegalArgumentException("client " + client + " has two operations open at once: "
                            + ops.get(i - 1) + " and " + ops.get(i));
                }
            }
        });
    }

    private static final class Search {
        private record Visit(BitSet placed, long value) {
        }

        private final List<Op> ops;
        private final int answered;
        private final Set<Visit> failed = new HashSet<>();

        Search(List<Op> ops) {
            this.ops = ops;
            this.answered = (int) ops.stream().filter(Op::answered).count();
        }

        /** Whether the operations not in {@code placed} can follow, starting from register value {@code value}. */
        boolean from(BitSet placed, long value) {
            if (placedAnswered(placed) == answered) {
                return true; // the unanswered writes left over never took effect
            }
            Visit visit = new Visit((BitSet) placed.clone(), value);
            if (failed.contains(visit)) {
                return false;
            }
            long firstReturn = Long.MAX_VALUE;
            for (int i = placed.nextClearBit(0); i < ops.size(); i = placed.nextClearBit(i + 1)) {
                firstReturn = Math.min(firstReturn, ops.get(i).ret());
            }
            // ops are sorted by call: stop at the first one called after some unplaced operation returned
            for (int i = placed.nextClearBit(0); i < ops.size() && ops.get(i).call() <= firstReturn;
                 i = placed.nextClearBit(i + 1)) {
                Op op = ops.get(i);
                if (op.write() || op.value() == value) {
                    placed.set(i);
                    boolean found = from(placed, op.write() ? op.value() : value);
                    placed.clear(i);
                    if (found) {
                        return true;
                    }
                }
            }
            failed.add(visit);
            return false;
        }

        private int placedAnswered(BitSet placed) {
            int count = 0;
            for (int i = placed.nextSetBit(0); i >= 0; i = placed.nextSetBit(i + 1)) {
                count += ops.get(i).answered() ? 1 : 0;
            }
            return count;
        }
    }
}

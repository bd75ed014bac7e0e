package dev.niche.distributed.consistencyclassifier;

import dev.niche.katas.grader.AnswerKey;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.QuizAnswers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Kata(id = "distributed/consistency-classifier", title = "Consistency classifier: the strongest model of a history",
        order = 2, checkpoints = "6.1", naiveViolates = CheckKind.EXAMPLE)
class ConsistencyClassifierTest {

    /** hash("consistency-classifier", history, strongest model); checked against the computed model every run. */
    private static final Map<String, String> KEY = Map.of(
            "H1", "cc2d00423706b596",
            "H2", "845aed5caf654432",
            "H3", "3c574fb6c6c3dade",
            "H4", "88b03f696ddf0ad5",
            "H5", "ae3e1294623528bd",
            "H6", "142b29184db4d539",
            "H7", "2fdccb62783fc2cd",
            "H8", "9b1b702e413e22ae",
            "H9", "011cd475c6fd2773",
            "H10", "c671f8bd1dc3238e");

    @ParameterizedTest(name = "{0}")
    @EnumSource(History.class)
    @Kind(CheckKind.EXAMPLE)
    void classify(History history) {
        Classification truth = classifyByOrders(history.ops());
        if (!KEY.get(history.name()).equals(AnswerKey.hash("consistency-classifier", history.name(),
                truth.strongest().name()))) {
            throw new IllegalStateException("grader bug: the computed model of " + history + " (" + truth.strongest()
                    + ") disagrees with the answer key; please report it");
        }
        Strongest answer = QuizAnswers.in(Answers.class, Strongest.class).answer(history.name().toLowerCase());
        if (answer != truth.strongest()) {
            throw new AssertionError(history + ": you answered " + answer + ", the strongest model is "
                    + truth.strongest() + ".\n" + history.describe() + "\n" + truth.why());
        }
    }

    // ---- the spectrum, by searching for orders ----

    record Classification(Strongest strongest, String why) {
    }

    static Classification classifyByOrders(List<Op> ops) {
        List<Op> linear = order(ops, (a, b) -> a.ret() < b.call());
        if (linear != null) {
            return new Classification(Strongest.LINEARIZABLE, "This order respects real time and every read: "
                    + show(linear) + ".");
        }
        String notLinear = "No order respects both real time and every read.";
        List<Op> sequential = order(ops, (a, b) -> a.client().equals(b.client()) && a.call() < b.call());
        if (sequential != null) {
            return new Classification(Strongest.SEQUENTIAL, notLinear + " Ignoring real time between clients, this"
                    + " order keeps each client's own order and every read: " + show(sequential) + ".");
        }
        String notSequential = " No single order keeps each client's order and every read, either.";
        boolean[][] causal = causalOrder(ops);
        StringBuilder views = new StringBuilder();
        for (String client : ops.stream().map(Op::client).distinct().sorted().toList()) {
            List<Op> seen = ops.stream().filter(op -> op.write() || op.client().equals(client)).toList();
            List<Op> view = order(seen, (a, b) -> causal[ops.indexOf(a)][ops.indexOf(b)]);
            if (view == null) {
                return new Classification(Strongest.NONE_OF_THESE, notLinear + notSequential + " And " + client
                        + " cannot order the writes and its reads so that causes come before effects: it saw an"
                        + " effect without its cause.");
            }
            views.append("\n  ").append(client).append(" sees: ").append(show(view));
        }
        return new Classification(Strongest.CAUSAL, notLinear + notSequential + " But each client has its own"
                + " causally ordered view:" + views);
    }

    /** Program order plus writes-into (a write before the reads that returned it), closed transitively. */
    private static boolean[][] causalOrder(List<Op> ops) {
        int n = ops.size();
        boolean[][] before = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                Op x = ops.get(a);
                Op y = ops.get(b);
                before[a][b] = x.client().equals(y.client()) && x.call() < y.call()
                        || x.write() && !y.write() && x.key().equals(y.key()) && x.value() == y.value();
            }
        }
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    before[a][b] |= before[a][k] && before[k][b];
                }
            }
        }
        return before;
    }

    /** An order of all {@code ops} that respects {@code mustPrecede} and in which every read is legal, or null. */
    private static List<Op> order(List<Op> ops, BiPredicate<Op, Op> mustPrecede) {
        return extend(ops, mustPrecede, new ArrayList<>(), new HashMap<>());
    }

    private static List<Op> extend(List<Op> ops, BiPredicate<Op, Op> mustPrecede, List<Op> placed,
                                   Map<String, Long> registers) {
        if (placed.size() == ops.size()) {
            return List.copyOf(placed);
        }
        for (Op op : ops) {
            boolean ready = !placed.contains(op) && ops.stream()
                    .noneMatch(other -> other != op && !placed.contains(other) && mustPrecede.test(other, op));
            if (!ready || !op.write() && registers.getOrDefault(op.key(), 0L) != op.value()) {
                continue;
            }
            Long previous = op.write() ? registers.put(op.key(), op.value()) : null;
            placed.add(op);
            List<Op> found = extend(ops, mustPrecede, placed, registers);
            placed.remove(placed.size() - 1);
            if (op.write()) {
                if (previous == null) {
                    registers.remove(op.key());
                } else {
                    registers.put(op.key(), previous);
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String show(List<Op> order) {
        return order.stream().map(op -> op.client() + " " + (op.write() ? "w(" + op.key() + ", " + op.value() + ")"
                : "r(" + op.key() + ") = " + op.value())).collect(Collectors.joining(", "));
    }
}

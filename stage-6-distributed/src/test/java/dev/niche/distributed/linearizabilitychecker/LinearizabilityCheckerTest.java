package dev.niche.distributed.linearizabilitychecker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.history.Linearizability;
import dev.niche.katas.grader.history.Model;
import dev.niche.katas.grader.history.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/linearizability-checker", title = "Linearizability checker for a register", order = 1,
        checkpoints = "6.1", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class LinearizabilityCheckerTest {

    // ---- examples ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("one operation after another: each read sees the last write")
    void sequential() {
        assertVerdict(true, Op.write(1, 5, 0, 1), Op.read(2, 5, 2, 3), Op.write(2, 6, 4, 5), Op.read(1, 6, 6, 7));
        assertVerdict(true);
        assertVerdict(true, Op.read(1, 0, 0, 1));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a read that starts after a write returned must see it (a stale read is not linearizable)")
    void staleRead() {
        assertVerdict(false, Op.write(1, 5, 0, 1), Op.read(2, 0, 2, 3));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("during a write, readers may see old or new, but once one saw new, a later read cannot see old")
    void newThenOld() {
        assertVerdict(true, Op.write(1, 5, 0, 10), Op.read(2, 0, 1, 2), Op.read(3, 5, 3, 4), Op.read(2, 5, 5, 6));
        assertVerdict(true, Op.write(1, 5, 0, 10), Op.read(2, 5, 1, 2), Op.read(3, 0, 1, 4));
        assertVerdict(false, Op.write(1, 5, 0, 10), Op.read(2, 5, 1, 2), Op.read(3, 0, 3, 4));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a read of a value nobody wrote is not linearizable")
    void phantomValue() {
        assertVerdict(false, Op.write(1, 5, 0, 1), Op.read(2, 7, 0, 3));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an unanswered write may take effect late or never, but not before its call")
    void unansweredWrites() {
        assertVerdict(true, Op.unansweredWrite(1, 5, 0), Op.read(2, 0, 1, 2), Op.read(2, 5, 10, 11));
        assertVerdict(true, Op.unansweredWrite(1, 5, 0), Op.read(2, 0, 1, 2), Op.read(2, 0, 10, 11));
        assertVerdict(false, Op.read(2, 5, 0, 1), Op.unansweredWrite(1, 5, 2));
        assertVerdict(false, Op.unansweredWrite(1, 5, 0), Op.read(2, 5, 1, 2), Op.read(2, 0, 3, 4));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("two writes that overlap may land in either order")
    void concurrentWrites() {
        assertVerdict(true, Op.write(1, 1, 0, 5), Op.write(2, 2, 0, 5), Op.read(3, 1, 6, 7));
        assertVerdict(true, Op.write(1, 1, 0, 5), Op.write(2, 2, 0, 5), Op.read(3, 2, 6, 7));
        assertVerdict(false, Op.write(1, 1, 0, 5), Op.write(2, 2, 0, 5), Op.read(3, 2, 6, 7), Op.read(3, 1, 8, 9));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with a message: null history, null operation, a client with two open")
    void badInput() {
        assertThatThrownBy(() -> RegisterChecker.isLinearizable(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterChecker.isLinearizable(Arrays.asList(Op.read(1, 0, 0, 1), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterChecker.isLinearizable(List.of(Op.write(4, 1, 0, 5), Op.read(4, 1, 2, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client 4");
    }

    // ---- properties ----

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("3000 random small histories: the same answer as trying every order (seed 1)")
    void agreesWithBruteForce() {
        Random random = new Random(1);
        for (int round = 0; round < 3000; round++) {
            List<Op> history = randomSmallHistory(random, 1 + random.nextInt(8));
            boolean expected = Linearizability.bruteForce(operations(history), REGISTER);
            compare(history, expected, "round " + round + " of seed 1 (every order tried)");
        }
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("300 histories of 20 to 60 operations from a real register, half with one read changed: the grader's answer (seed 2)")
    void agreesWithTheGraderOnMidSizeHistories() {
        Random random = new Random(2);
        for (int round = 0; round < 300; round++) {
            List<Op> history = registerHistory(random, 3, 20 + random.nextInt(41), random.nextBoolean());
            boolean expected = Linearizability.check(operations(history), REGISTER, Duration.ofSeconds(10))
                    .linearizable();
            compare(history, expected, "round " + round + " of seed 2 (grader's checker)");
        }
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("long histories (4 clients, 300 operations, some with one wrong read near the end) are decided within 10 s each")
    void longHistoriesAreDecided() {
        Random random = new Random(3);
        for (int round = 0; round < 6; round++) {
            boolean corrupt = round % 2 == 1;
            List<Op> history = registerHistory(random, 4, 300, corrupt);
            boolean expected = Linearizability.check(operations(history), REGISTER, Duration.ofSeconds(20))
                    .linearizable();
            String label = "long history " + round + " of seed 3 (" + (corrupt ? "one read changed" : "as recorded") + ")";
            Boolean[] got = {null};
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    got[0] = RegisterChecker.isLinearizable(history);
                });
            } catch (AssertionError timeout) {
                throw new AssertionError(label + ": no answer within 10 s. Trying orders is exponential; remember"
                        + " each (set of placed operations, register value) that led nowhere and never try it again.",
                        timeout);
            }
            assertThat(got[0]).as(label).isEqualTo(expected);
        }
    }

    // ---- helpers ----

    private static void assertVerdict(boolean expected, Op... history) {
        assertThat(RegisterChecker.isLinearizable(List.of(history)))
                .as("isLinearizable of %s", Arrays.toString(history)).isEqualTo(expected);
    }

    private static void compare(List<Op> history, boolean expected, String where) {
        boolean got = RegisterChecker.isLinearizable(history);
        if (got != expected) {
            List<Op> sorted = new ArrayList<>(history);
            sorted.sort(Comparator.comparingLong(Op::call));
            StringBuilder text = new StringBuilder(where + ": expected " + expected + ", got " + got
                    + " for this history (by call time):\n");
            sorted.forEach(op -> text.append("  ").append(op).append('\n'));
            throw new AssertionError(text.toString());
        }
    }

    /** Up to 3 clients, values 0-2, intervals that often overlap, a few unanswered writes. */
    private static List<Op> randomSmallHistory(Random random, int n) {
        List<Op> ops = new ArrayList<>();
        long[] free = new long[3];
        boolean[] retired = new boolean[3];
        for (int i = 0; i < n; i++) {
            int client = random.nextInt(3);
            if (retired[client]) {
                continue;
            }
            long call = free[client] + random.nextInt(4);
            long ret = call + 1 + random.nextInt(6);
            free[client] = ret + 1;
            int kind = random.nextInt(10);
            if (kind == 0) {
                ops.add(Op.unansweredWrite(client, 1 + random.nextInt(2), call));
                retired[client] = true;
            } else if (kind < 5) {
                ops.add(Op.write(client, 1 + random.nextInt(2), call, ret));
            } else {
                ops.add(Op.read(client, random.nextInt(3), call, ret));
            }
        }
        return ops;
    }

    /**
     * What a real register shows: each operation takes effect at a random instant in its interval. With {@code
     * corrupt}, one read in the last fifth answers a value that was current some time before.
     */
    private static List<Op> registerHistory(Random random, int clients, int n, boolean corrupt) {
        record Timed(Op op, long at) {
        }
        List<Timed> timed = new ArrayList<>();
        long[] free = new long[clients];
        for (int i = 0; i < n; i++) {
            int client = i % clients;
            long call = free[client] + random.nextInt(3);
            long ret = call + 1 + random.nextInt(12);
            free[client] = ret + 1;
            long at = call + random.nextInt((int) (ret - call) + 1);
            timed.add(new Timed(random.nextInt(3) == 0 ? Op.write(client, i + 1, call, ret)
                    : Op.read(client, 0, call, ret), at));
        }
        timed.sort(Comparator.comparingLong(Timed::at));
        long value = 0;
        List<Long> values = new ArrayList<>();
        List<Op> history = new ArrayList<>();
        for (Timed t : timed) {
            Op op = t.op();
            if (op.write()) {
                value = op.value();
                history.add(op);
            } else {
                history.add(Op.read(op.client(), value, op.call(), op.ret()));
            }
            values.add(value);
        }
        if (corrupt) {
            for (int i = history.size() * 4 / 5; i < history.size(); i++) {
                Op op = history.get(i);
                if (!op.write() && i > 40 && values.get(i - 40) != op.value()) {
                    history.set(i, Op.read(op.client(), values.get(i - 40), op.call(), op.ret()));
                    break;
                }
            }
        }
        return history;
    }

    private static final Model<Long, Op, Long> REGISTER = new Model<>() {
        @Override
        public Long initial() {
            return 0L;
        }

        @Override
        public Optional<Long> step(Long state, Op op, Long output) {
            if (op.write()) {
                return Optional.of(op.value());
            }
            return output == null || output == state.longValue() ? Optional.of(state) : Optional.empty();
        }
    };

    private static List<Operation<Op, Long>> operations(List<Op> history) {
        return history.stream().map(op -> new Operation<Op, Long>(op.client(), op,
                op.write() || !op.answered() ? null : op.value(), op.call(), op.ret())).toList();
    }
}

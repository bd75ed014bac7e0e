package dev.niche.katas.grader.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinearizabilityTest {

    /** A register per key: write(k, v) answers null, read(k) answers the value (0 before any write). */
    record Op(String kind, String key, int value) {
        @Override
        public String toString() {
            return kind.equals("w") ? "write(" + key + ", " + value + ")" : "read(" + key + ")";
        }
    }

    static final Model<Integer, Op, Integer> REGISTER = new Model<>() {
        @Override
        public Integer initial() {
            return 0;
        }

        @Override
        public Optional<Integer> step(Integer state, Op input, Integer output) {
            if (input.kind().equals("w")) {
                return Optional.of(input.value());
            }
            return output == null || output.equals(state) ? Optional.of(state) : Optional.empty();
        }

        @Override
        public List<List<Operation<Op, Integer>>> partition(List<Operation<Op, Integer>> history) {
            Map<String, List<Operation<Op, Integer>>> byKey = history.stream()
                    .collect(Collectors.groupingBy(o -> o.input().key()));
            return List.copyOf(byKey.values());
        }
    };

    static Operation<Op, Integer> w(int client, String key, int value, long call, long ret) {
        return new Operation<>(client, new Op("w", key, value), null, call, ret);
    }

    static Operation<Op, Integer> r(int client, String key, int seen, long call, long ret) {
        return new Operation<>(client, new Op("r", key, 0), seen, call, ret);
    }

    static Linearizability.Verdict<Op, Integer> check(List<Operation<Op, Integer>> history) {
        return Linearizability.check(history, REGISTER, Duration.ofSeconds(5));
    }

    @Test
    void overlappingWriteMayBeSeenOrNot() {
        assertThat(check(List.of(w(0, "x", 1, 0, 10), r(1, "x", 0, 1, 2), r(2, "x", 1, 3, 4))).linearizable())
                .isTrue();
    }

    @Test
    void aStaleReadAfterANewerOneIsNotLinearizable() {
        var verdict = check(List.of(w(0, "x", 1, 0, 10), r(1, "x", 1, 1, 2), r(2, "x", 0, 3, 4)));
        assertThat(verdict.outcome()).isEqualTo(Linearizability.Outcome.NOT_LINEARIZABLE);
        assertThat(verdict.explain()).contains("read(x) -> 0").contains("longest order");
    }

    @Test
    void aReadAfterTheWriteReturnedMustSeeIt() {
        assertThat(check(List.of(w(0, "x", 1, 0, 1), r(1, "x", 0, 2, 3))).linearizable()).isFalse();
        assertThat(check(List.of(w(0, "x", 1, 0, 1), r(1, "y", 0, 2, 3))).linearizable()).isTrue();
    }

    @Test
    void anOperationWithoutAResponseMayTakeEffectLateOrNever() {
        assertThat(check(List.of(Operation.pending(0, new Op("w", "x", 1), 0), r(1, "x", 0, 1, 2),
                r(1, "x", 1, 5, 6))).linearizable()).isTrue();
        assertThat(check(List.of(Operation.pending(0, new Op("w", "x", 1), 0), r(1, "x", 0, 1, 2)))
                .linearizable()).isTrue();
        assertThat(check(List.of(Operation.pending(0, new Op("w", "x", 1), 3), r(1, "x", 1, 1, 2)))
                .linearizable()).isFalse();
    }

    @Test
    void refusesTwoOpenOperationsOfOneClient() {
        assertThatThrownBy(() -> check(List.of(w(0, "x", 1, 0, 5), r(0, "x", 0, 2, 3))))
                .hasMessageContaining("client 0 has two operations open");
        assertThatThrownBy(() -> w(0, "x", 1, 5, 4)).hasMessageContaining("before its call");
    }

    @Test
    void agreesWithBruteForceOnRandomSmallHistories() {
        Random random = new Random(7);
        int notLinearizable = 0;
        for (int round = 0; round < 3000; round++) {
            List<Operation<Op, Integer>> history = randomHistory(random, 2 + random.nextInt(7));
            boolean expected = Linearizability.bruteForce(history, REGISTER);
            var verdict = check(history);
            assertThat(verdict.linearizable()).as("round %d: %s", round, history).isEqualTo(expected);
            notLinearizable += expected ? 0 : 1;
        }
        assertThat(notLinearizable).as("both kinds of history were generated").isBetween(300, 2700);
    }

    @Test
    void aLongHistoryOfARealRegisterIsCheckedQuicklyAndOneStaleReadIsFound() {
        Random random = new Random(11);
        // 4 clients, 3 keys, 2000 overlapping operations; each takes effect at a random instant inside its interval
        record Timed(Operation<Op, Integer> op, long at) {
        }
        List<Timed> timed = new ArrayList<>();
        long[] free = new long[4];
        for (int i = 0; i < 2000; i++) {
            int client = i % 4;
            long call = free[client] + random.nextInt(3);
            long ret = call + 1 + random.nextInt(20);
            free[client] = ret + 1;
            long at = call + random.nextInt((int) (ret - call) + 1);
            Op op = random.nextBoolean() ? new Op("w", "k" + random.nextInt(3), i) : new Op("r", "k" + random.nextInt(3), 0);
            timed.add(new Timed(new Operation<>(client, op, null, call, ret), at));
        }
        timed.sort(java.util.Comparator.comparingLong(Timed::at));
        Map<String, Integer> register = new java.util.HashMap<>();
        List<Operation<Op, Integer>> history = new ArrayList<>();
        for (Timed t : timed) {
            Op op = t.op().input();
            if (op.kind().equals("w")) {
                register.put(op.key(), op.value());
                history.add(t.op());
            } else {
                history.add(new Operation<>(t.op().client(), op, register.getOrDefault(op.key(), 0), t.op().call(),
                        t.op().ret()));
            }
        }
        long start = System.nanoTime();
        assertThat(check(history).linearizable()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        int victim = history.size() / 2; // a read that answers a value no write ever wrote
        while (!history.get(victim).input().kind().equals("r")) {
            victim++;
        }
        Operation<Op, Integer> read = history.get(victim);
        history.set(victim, new Operation<>(read.client(), read.input(), -1, read.call(), read.ret()));
        var verdict = check(history);
        assertThat(verdict.outcome()).isEqualTo(Linearizability.Outcome.NOT_LINEARIZABLE);
        assertThat(verdict.stuck()).isPresent();
    }

    private static List<Operation<Op, Integer>> randomHistory(Random random, int n) {
        List<Operation<Op, Integer>> ops = new ArrayList<>();
        long[] free = new long[3];
        for (int i = 0; i < n; i++) {
            int client = random.nextInt(3);
            long call = free[client] + random.nextInt(4);
            long ret = call + 1 + random.nextInt(6);
            free[client] = ret + 1;
            if (random.nextInt(10) == 0) {
                ops.add(Operation.pending(client, new Op("w", "x", 1 + random.nextInt(2)), call));
                free[client] = Long.MAX_VALUE / 2;
            } else if (random.nextBoolean()) {
                ops.add(w(client, "x", 1 + random.nextInt(2), call, ret));
            } else {
                ops.add(r(client, "x", random.nextInt(3), call, ret));
            }
        }
        ops.removeIf(o -> o.call() >= Long.MAX_VALUE / 2);
        return ops;
    }
}

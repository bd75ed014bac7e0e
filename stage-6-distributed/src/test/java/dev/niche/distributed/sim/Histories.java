package dev.niche.distributed.sim;

import dev.niche.katas.grader.history.Linearizability;
import dev.niche.katas.grader.history.Model;
import dev.niche.katas.grader.history.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared by the stage's simulation checks: client calls as checkable histories, and the register model. */
public final class Histories {

    private Histories() {
    }

    /** A register operation: {@code read(key)}, or {@code write(key, value)}. */
    public record RegisterOp(boolean write, String key, long value) {
        public static RegisterOp read(String key) {
            return new RegisterOp(false, key, 0);
        }

        public static RegisterOp write(String key, long value) {
            return new RegisterOp(true, key, value);
        }

        @Override
        public String toString() {
            return write ? "write(" + key + ", " + value + ")" : "read(" + key + ")";
        }
    }

    /**
     * One register per key, each starting at 0: a write answers nothing of interest, a read answers the value.
     * Checked key by key.
     */
    public static Model<Long, RegisterOp, Long> registerPerKey() {
        return new Model<>() {
            @Override
            public Long initial() {
                return 0L;
            }

            @Override
            public Optional<Long> step(Long state, RegisterOp op, Long output) {
                if (op.write()) {
                    return Optional.of(op.value());
                }
                return output == null || output.equals(state) ? Optional.of(state) : Optional.empty();
            }

            @Override
            public List<List<Operation<RegisterOp, Long>>> partition(List<Operation<RegisterOp, Long>> history) {
                Map<String, List<Operation<RegisterOp, Long>>> byKey = history.stream()
                        .collect(Collectors.groupingBy(o -> o.input().key(), java.util.TreeMap::new,
                                Collectors.toList()));
                return List.copyOf(byKey.values());
            }
        };
    }

    /** The simulation's calls as operations (client c7 is client 7); unanswered calls stay open for ever. */
    public static <I, O> List<Operation<I, O>> operations(List<Call> calls, Function<Call, I> input,
                                                          Function<Call, O> output) {
        return calls.stream().map(c -> new Operation<I, O>(Integer.parseInt(c.client().name().substring(1)),
                input.apply(c), c.answered() ? output.apply(c) : null, c.start(), c.end())).toList();
    }

    /**
     * Fails with the checker's explanation, the seed and the trace unless {@code history} is linearizable.
     *
     * @throws SimulationFailure if it is not, or if the checker could not decide within 10 s
     */
    public static <S, I, O> void requireLinearizable(Simulation sim, List<Operation<I, O>> history,
                                                     Model<S, I, O> model) {
        Linearizability.Verdict<I, O> verdict = Linearizability.check(history, model, Duration.ofSeconds(10));
        if (verdict.outcome() == Linearizability.Outcome.UNKNOWN) {
            throw new SimulationFailure(sim.report("the linearizability checker could not decide within 10 s ("
                    + history.size() + " operations); this is a grader limit, please report it", 10), null);
        }
        if (!verdict.linearizable()) {
            throw new SimulationFailure(sim.report("The history is " + verdict.explain(), 40), null);
        }
    }
}

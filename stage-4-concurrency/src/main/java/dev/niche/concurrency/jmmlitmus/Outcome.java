package dev.niche.concurrency.jmmlitmus;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One outcome of a litmus test: the final values of its registers r1, r2, ..., in that order. Given code: do not
 * change it. {@code Outcome.of(1, 0)} is the outcome r1 == 1, r2 == 0.
 *
 * @param registers the registers' values, r1 first; not empty
 */
public record Outcome(List<Integer> registers) {
    public Outcome {
        registers = List.copyOf(registers);
        if (registers.isEmpty()) {
            throw new IllegalArgumentException("registers must not be empty");
        }
    }

    /** The outcome with these register values, r1 first. */
    public static Outcome of(int... registers) {
        return new Outcome(IntStream.of(registers).boxed().toList());
    }

    /** For example {@code (r1=1, r2=0)}. */
    @Override
    public String toString() {
        return IntStream.range(0, registers.size()).mapToObj(i -> "r" + (i + 1) + "=" + registers.get(i))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}

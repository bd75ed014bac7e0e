package dev.niche.katas.grader.report;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Mode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What CI demands of each mode, so that every check is proven both passable and meaningful:
 * <ul>
 *   <li>solution: every check of every kata passes, and each kata has a check of every kind it declares;</li>
 *   <li>stub: every kata is not started and no check passes, except refactoring katas, whose starting code
 *       must fail a check of a kind they train and pass every check of the other kinds;</li>
 *   <li>naive: every kata with a naive variant fails, only in the kinds it declares (each of them), and its
 *       other checks pass;</li>
 *   <li>bench (solution with -Pbench): every benchmark check passes on JMH figures, and every kata with a
 *       complexity check has one; checks marked {@code @ManySeeds} run too, with ten times their seeds, and
 *       pass.</li>
 * </ul>
 */
public final class ModeExpectations {
    private ModeExpectations() {
    }

    /**
     * @param declared each kata's test class, by kata id: which kinds of check it has and whether it has a
     *                 benchmark (read by reflection, so katas that did not run are seen too)
     * @return one line per miss; empty when the run is what the mode demands
     */
    public static List<String> misses(Progress progress, boolean bench, Map<String, KataShape> declared) {
        List<String> misses = new ArrayList<>();
        boolean benchmarksExpected = declared.values().stream().anyMatch(KataShape::hasBenchmark);
        if (progress.katas().isEmpty() && (!bench || benchmarksExpected)) {
            misses.add(progress.module() + ": no kata ran");
        }
        for (KataResult kata : progress.katas()) {
            KataShape shape = declared.get(kata.info().id());
            if (bench) {
                bench(kata, shape, misses);
            } else if (progress.mode() == Mode.SOLUTION) {
                solution(kata, shape, misses);
            } else if (progress.mode() == Mode.STUB
                    || (kata.info().refactoring() || kata.info().naiveViolates().isEmpty())) {
                stub(kata, misses);
            } else {
                naive(kata, misses);
            }
        }
        if (bench) {
            declared.forEach((id, shape) -> {
                boolean ran = progress.katas().stream().anyMatch(k -> k.info().id().equals(id));
                if (shape.kinds().contains(CheckKind.COMPLEXITY) && !shape.hasBenchmark()) {
                    misses.add(id + ": has complexity checks but no JMH benchmark check (@BenchCheck)");
                } else if (shape.hasBenchmark() && !ran) {
                    misses.add(id + ": its benchmark check did not run");
                }
            });
        }
        return misses;
    }

    private static void solution(KataResult kata, KataShape shape, List<String> misses) {
        String id = kata.info().id();
        for (CheckResult c : kata.checks()) {
            if (c.status() != Status.PASSED) {
                misses.add(id + ": the reference does not pass " + Board.reasonLine(c));
            }
        }
        if (kata.checks().isEmpty()) {
            misses.add(id + ": no check ran");
        }
        Set<CheckKind> ran = EnumSet.noneOf(CheckKind.class);
        kata.checks().forEach(c -> ran.add(c.kind()));
        for (CheckKind k : kata.info().naiveViolates()) {
            if (!ran.contains(k)) {
                misses.add(id + ": declares that its naive variant violates " + k.jsonName()
                        + " checks, but has none");
            }
        }
        if (shape != null && !ran.containsAll(shape.kinds())) {
            misses.add(id + ": some declared check kinds did not run: " + shape.kinds() + " vs " + ran);
        }
    }

    private static void stub(KataResult kata, List<String> misses) {
        String id = kata.info().id();
        if (kata.info().refactoring()) {
            boolean trainedKindFails = kata.checks().stream().anyMatch(c -> c.status() == Status.FAILED
                    && kata.info().naiveViolates().contains(c.kind()));
            if (!trainedKindFails) {
                misses.add(id + ": refactoring kata's starting code fails no check of the kinds it trains "
                        + kata.info().naiveViolates());
            }
            for (CheckResult c : kata.checks()) {
                if (c.status() != Status.PASSED && !kata.info().naiveViolates().contains(c.kind())) {
                    misses.add(id + ": refactoring kata's starting code must pass its other checks, but "
                            + Board.reasonLine(c));
                }
            }
            return;
        }
        for (CheckResult c : kata.checks()) {
            if (c.status() == Status.PASSED) {
                misses.add(id + ": a stub passes the " + c.kind().jsonName() + " check '" + c.name()
                        + "' (a check that a stub passes proves nothing)");
            } else if (c.status() == Status.FAILED) {
                misses.add(id + ": a stub fails instead of being not started: " + Board.reasonLine(c));
            }
        }
    }

    private static void naive(KataResult kata, List<String> misses) {
        String id = kata.info().id();
        List<CheckKind> violates = kata.info().naiveViolates();
        Set<CheckKind> failedKinds = EnumSet.noneOf(CheckKind.class);
        for (CheckResult c : kata.checks()) {
            boolean meantToFail = violates.contains(c.kind());
            if (c.status() == Status.FAILED && meantToFail) {
                failedKinds.add(c.kind());
            } else if (c.status() == Status.NOT_STARTED) {
                misses.add(id + ": the naive variant leaves a stub in place: " + Board.reasonLine(c));
            } else if (c.status() == Status.FAILED) {
                misses.add(id + ": the naive variant fails a check of a kind it should pass: "
                        + Board.reasonLine(c));
            }
        }
        for (CheckKind k : violates) {
            if (!failedKinds.contains(k)) {
                misses.add(id + ": the naive variant passes every " + k.jsonName()
                        + " check, so those checks do not catch it");
            }
        }
    }

    private static void bench(KataResult kata, KataShape shape, List<String> misses) {
        String id = kata.info().id();
        for (CheckResult c : kata.checks()) {
            if (c.status() != Status.PASSED) {
                misses.add(id + ": a check fails under -Pbench: " + Board.reasonLine(c));
            }
        }
        if (shape != null && shape.hasBenchmark() && kata.complexity().stream().noneMatch(m -> "jmh".equals(m.source()))) {
            misses.add(id + ": its benchmark checks recorded no JMH measurement");
        }
    }

    /** What a kata's test class declares, read by reflection. */
    public record KataShape(Set<CheckKind> kinds, boolean hasBenchmark) {
    }
}

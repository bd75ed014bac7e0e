package dev.niche.storage.disk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * Crash testing for the engine katas (write-ahead log, LSM tree): run a workload on a recording {@link Disk},
 * noting when each operation was acknowledged, then recover from the disk a power cut would leave at chosen
 * points and compare the recovered state with what had been acknowledged.
 *
 * <p>The rule, exact: after a crash the recovered state equals the state after the last acknowledged operation.
 * The one operation in flight at the crash may also appear, whole, but only once what it wrote up to its first sync
 * had fully reached the disk (its record is down; the rest may be a flush or a checkpoint): a torn or unfinished
 * record must never show.
 *
 * @param <S> the model state, compared with {@code equals}
 */
public final class CrashCheck<S> {

    /** A crash point: after {@code afterEvents} changes, optionally tearing the next write. */
    public record Point(int afterEvents, int tornBytes, boolean unsyncedSurvive) {
        @Override
        public String toString() {
            return (afterEvents == 0 ? "a crash before any change" : "a crash after change #" + (afterEvents - 1))
                    + (tornBytes > 0 ? ", with the first " + tornBytes
                    + " bytes of change #" + afterEvents + " on the disk" : "")
                    + (unsyncedSurvive ? " (unsynced bytes kept)" : " (unsynced bytes lost)");
        }
    }

    private record Step<S>(String label, int start, int end, S after) {
    }

    private final Disk disk;
    private final S initial;
    private final List<Step<S>> steps = new ArrayList<>();

    private CrashCheck(Disk disk, S initial) {
        this.disk = disk;
        this.initial = initial;
    }

    /** Starts recording on {@code disk} (made with {@link Disk#recordingCrashes()}); {@code initial} is the empty state. */
    public static <S> CrashCheck<S> on(Disk disk, S initial) {
        disk.eventCount(); // fails early with a clear message if the disk does not record
        return new CrashCheck<>(disk, initial);
    }

    /**
     * Runs one operation of the learner's engine; once it returns it is acknowledged, and {@code stateAfter} is what
     * the model holds from then on.
     */
    public void acknowledge(String label, Runnable operation, S stateAfter) {
        int start = disk.eventCount();
        operation.run();
        steps.add(new Step<>(label, start, disk.eventCount(), stateAfter));
    }

    /** How many operations were acknowledged. */
    public int acknowledged() {
        return steps.size();
    }

    /** Every change boundary, each with unsynced bytes kept and lost. */
    public List<Point> everyBoundary() {
        List<Point> points = new ArrayList<>();
        for (int e = 0; e <= disk.eventCount(); e++) {
            points.add(new Point(e, 0, true));
            points.add(new Point(e, 0, false));
        }
        return points;
    }

    /** Every byte offset inside every write (torn writes, unsynced bytes kept). */
    public List<Point> everyTornWrite() {
        List<Point> points = new ArrayList<>();
        for (Disk.Event e : disk.events()) {
            if (e.change() == Disk.Change.WRITE) {
                for (int t = 1; t < e.length(); t++) {
                    points.add(new Point(e.index(), t, true));
                }
            }
        }
        return points;
    }

    /** {@code count} torn writes at random offsets (writes of two bytes or more), from {@code seed}. */
    public List<Point> randomTornWrites(long seed, int count) {
        List<Disk.Event> writes = disk.events().stream()
                .filter(e -> e.change() == Disk.Change.WRITE && e.length() > 1).toList();
        List<Point> points = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < count && !writes.isEmpty(); i++) {
            Disk.Event e = writes.get(random.nextInt(writes.size()));
            points.add(new Point(e.index(), 1 + random.nextInt(e.length() - 1), true));
        }
        return points;
    }

    /**
     * Recovers at every point and fails at the first whose recovered state is not allowed.
     *
     * @param recover opens the learner's engine on a crash image and reads its whole state
     * @throws AssertionError naming the point, the changes before it, what was acknowledged and both states
     */
    public void verify(List<Point> points, Function<Disk, S> recover) {
        for (Point point : points) {
            Disk image = disk.crashImage(point.afterEvents(), point.tornBytes(), point.unsyncedSurvive());
            S recovered;
            try {
                recovered = recover.apply(image);
            } catch (UnsupportedOperationException e) {
                throw e; // a stub: "not started"
            } catch (RuntimeException e) {
                throw new AssertionError("Recovery threw " + e + " after " + point + ".\n" + story(point), e);
            }
            S acked = acknowledgedAt(point);
            Step<S> inFlight = inFlightAt(point);
            boolean mayShowInFlight = inFlight != null && complete(inFlight, point);
            if (Objects.equals(recovered, acked) || mayShowInFlight && Objects.equals(recovered, inFlight.after())) {
                continue;
            }
            throw new AssertionError("After " + point + " recovery found the wrong state.\n" + story(point)
                    + "\n  expected: " + acked
                    + (mayShowInFlight ? "\n  (or, with the operation in flight applied whole: " + inFlight.after()
                    + ")" : "")
                    + "\n  recovered: " + recovered);
        }
    }

    private S acknowledgedAt(Point point) {
        S state = initial;
        for (Step<S> step : steps) {
            if (step.end() <= point.afterEvents()) {
                state = step.after();
            }
        }
        return state;
    }

    private Step<S> inFlightAt(Point point) {
        return steps.stream().filter(s -> s.start() <= point.afterEvents() && point.afterEvents() < s.end())
                .findFirst().orElse(null);
    }

    /**
     * Whether the step in flight may already count as done: its first sync had completed (what it wrote before was
     * durable), or every write it made before that first sync had fully reached the disk. A step that logs a record
     * and then does more (an LSM put that then flushes) may therefore appear once its record is down; a torn
     * record never may.
     */
    private boolean complete(Step<S> step, Point point) {
        List<Disk.Event> events = disk.events();
        int firstSync = step.start();
        while (firstSync < step.end() && events.get(firstSync).change() != Disk.Change.SYNC) {
            firstSync++;
        }
        if (point.afterEvents() > firstSync) {
            return true;
        }
        if (point.tornBytes() > 0) {
            return false;
        }
        for (int i = point.afterEvents(); i < firstSync; i++) {
            if (events.get(i).change() != Disk.Change.SYNC) {
                return false;
            }
        }
        return true;
    }

    private String story(Point point) {
        StringBuilder text = new StringBuilder("  the last changes before the crash:\n");
        List<Disk.Event> events = disk.events();
        for (int i = Math.max(0, point.afterEvents() - 6); i < point.afterEvents(); i++) {
            text.append("    ").append(events.get(i)).append('\n');
        }
        if (point.tornBytes() > 0) {
            text.append("    ").append(events.get(point.afterEvents())).append("  <- torn: ").append(point.tornBytes())
                    .append(" of ").append(events.get(point.afterEvents()).length()).append(" bytes reached the disk\n");
        }
        long acked = steps.stream().filter(s -> s.end() <= point.afterEvents()).count();
        text.append("  acknowledged before the crash: ").append(acked).append(" of ").append(steps.size())
                .append(" operations");
        steps.stream().filter(s -> s.end() <= point.afterEvents()).reduce((a, b) -> b)
                .ifPresent(s -> text.append(", the last: ").append(s.label()));
        Step<S> inFlight = inFlightAt(point);
        if (inFlight != null) {
            text.append("\n  in flight: ").append(inFlight.label()).append(complete(inFlight, point)
                    ? " (what it wrote up to its first sync is on the disk: it may appear, whole, or not at all)"
                    : " (what it wrote up to its first sync is not all on the disk: it must not appear)");
        }
        return text.toString();
    }
}

package dev.niche.concurrency.jmmlitmus;

import java.util.ArrayList;
import java.util.List;

/**
 * Twelve litmus tests. Given code: do not change it. Each test is a few threads that start together after the
 * shared fields have been set to their initial values (0, or null for a reference), run once, and then report
 * their registers (local variables) r1, r2, ... For each test, {@link Answers} returns the set of outcomes the
 * Java Memory Model allows, chosen from {@link #candidates()}.
 *
 * <p>Allowed means the JMM permits it on some correct JVM and hardware, even if your laptop never shows it.
 * Forbidden means no correct JVM may ever produce it. Fields are plain unless the code says {@code volatile};
 * {@code final} and {@code synchronized} mean what the JLS (chapter 17) says they mean, no more.
 */
public enum Litmus {
    /**
     * Store buffering, plain fields.
     * <pre>
     * int x, y;
     *
     * Thread 1        Thread 2
     * x = 1;          y = 1;
     * r1 = y;         r2 = x;
     * </pre>
     */
    SB_PLAIN(2),

    /**
     * Store buffering, volatile fields.
     * <pre>
     * volatile int x, y;
     *
     * Thread 1        Thread 2
     * x = 1;          y = 1;
     * r1 = y;         r2 = x;
     * </pre>
     */
    SB_VOLATILE(2),

    /**
     * Message passing, plain fields.
     * <pre>
     * int data, flag;
     *
     * Thread 1        Thread 2
     * data = 1;       r1 = flag;
     * flag = 1;       r2 = data;
     * </pre>
     */
    MP_PLAIN(2),

    /**
     * Message passing through a volatile flag; {@code data} stays plain.
     * <pre>
     * int data;
     * volatile int flag;
     *
     * Thread 1        Thread 2
     * data = 1;       r1 = flag;
     * flag = 1;       r2 = data;
     * </pre>
     */
    MP_VOLATILE(2),

    /**
     * Message passing, both sides in a block synchronized on the same lock; the fields are plain.
     * <pre>
     * int data, flag;
     * final Object lock = new Object();
     *
     * Thread 1                    Thread 2
     * synchronized (lock) {       synchronized (lock) {
     *     data = 1;                   r1 = flag;
     *     flag = 1;                   r2 = data;
     * }                           }
     * </pre>
     */
    MP_LOCK(2),

    /**
     * Message passing where only the writer locks; the fields are plain.
     * <pre>
     * int data, flag;
     * final Object lock = new Object();
     *
     * Thread 1                    Thread 2
     * synchronized (lock) {       r1 = flag;
     *     data = 1;               r2 = data;
     *     flag = 1;
     * }
     * </pre>
     */
    MP_LOCK_WRITER_ONLY(2),

    /**
     * A chain of two volatile hand-offs; {@code data} stays plain. Thread 2 writes {@code b} whatever it read.
     * <pre>
     * int data;
     * volatile int a, b;
     *
     * Thread 1        Thread 2        Thread 3
     * data = 1;       r1 = a;         r2 = b;
     * a = 1;          b = 1;          r3 = data;
     * </pre>
     */
    HB_CHAIN(3),

    /**
     * Load buffering, plain fields.
     * <pre>
     * int x, y;
     *
     * Thread 1        Thread 2
     * r1 = x;         r2 = y;
     * y = 1;          x = 1;
     * </pre>
     */
    LB_PLAIN(2),

    /**
     * Independent reads of independent writes, volatile fields: two writers, and two readers that read the
     * fields in opposite orders.
     * <pre>
     * volatile int x, y;
     *
     * Thread 1    Thread 2    Thread 3    Thread 4
     * x = 1;      y = 1;      r1 = x;     r3 = y;
     *                         r2 = y;     r4 = x;
     * </pre>
     */
    IRIW_VOLATILE(4),

    /**
     * Coherence: one thread reads the same plain field twice.
     * <pre>
     * int x;
     *
     * Thread 1        Thread 2
     * x = 1;          r1 = x;
     *                 r2 = x;
     * </pre>
     */
    CORR_PLAIN(2),

    /**
     * Coherence: one thread reads the same volatile field twice.
     * <pre>
     * volatile int x;
     *
     * Thread 1        Thread 2
     * x = 1;          r1 = x;
     *                 r2 = x;
     * </pre>
     */
    CORR_VOLATILE(2),

    /**
     * Publishing an object through a data race: {@code box} is a plain field, {@code f} is final, {@code g} is
     * not, and the constructor does not let {@code this} escape. Thread 2 reads {@code box} once; -1 stands for
     * "it was still null".
     * <pre>
     * class Box {
     *     final int f;
     *     int g;
     *     Box() { f = 42; g = 42; }
     * }
     * Box box;
     *
     * Thread 1              Thread 2
     * box = new Box();      Box b = box;
     *                       r1 = (b == null) ? -1 : b.f;
     *                       r2 = (b == null) ? -1 : b.g;
     * </pre>
     */
    FINAL_FIELD(Outcome.of(-1, -1), Outcome.of(0, 0), Outcome.of(0, 42), Outcome.of(42, 0), Outcome.of(42, 42));

    private final List<Outcome> candidates;

    /** Every register is 0 or 1: all 2^registers combinations. */
    Litmus(int registers) {
        List<Outcome> all = new ArrayList<>();
        for (int bits = 0; bits < 1 << registers; bits++) {
            int[] values = new int[registers];
            for (int r = 0; r < registers; r++) {
                values[r] = bits >> (registers - 1 - r) & 1;
            }
            all.add(Outcome.of(values));
        }
        this.candidates = List.copyOf(all);
    }

    Litmus(Outcome... candidates) {
        this.candidates = List.of(candidates);
    }

    /**
     * The outcomes to choose from: every combination of register values the code can write, whether allowed or
     * not, ordered with r1 most significant ((r1=0, r2=0), (r1=0, r2=1), ...).
     */
    public List<Outcome> candidates() {
        return candidates;
    }
}

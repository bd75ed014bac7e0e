package dev.niche.katas.grader.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SharedFieldsTest {

    /** Double-checked locking without volatile: the classic unsafe publication. */
    static final class RacyLazy {
        private final Supplier<Object> supplier = Object::new;
        private Object value;

        Object get() {
            if (value == null) {
                synchronized (this) {
                    if (value == null) {
                        value = supplier.get();
                    }
                }
            }
            return value;
        }
    }

    static final class VolatileLazy {
        private Supplier<Object> supplier = Object::new;
        private volatile Object value;

        Object get() {
            Object v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                        supplier = null;
                    }
                }
            }
            return v;
        }
    }

    static final class SynchronizedGetter {
        private Object value;

        synchronized Object get() {
            if (value == null) {
                value = new Object();
            }
            return value;
        }
    }

    static final class HolderIdiom {
        private static final class Holder {
            static final Object INSTANCE = new Object();
        }

        static Object get() {
            return Holder.INSTANCE;
        }
    }

    static final class AtomicLazy {
        private final AtomicReference<Object> value = new AtomicReference<>();

        Object get() {
            return value.updateAndGet(v -> v == null ? new Object() : v);
        }
    }

    /** Reads under a block, in a try-catch inside a block, and in a private helper called only under the lock. */
    static final class GuardedBlocks {
        private int count;
        private String name = "a";

        int count() {
            synchronized (this) {
                try {
                    return count + helper();
                } catch (RuntimeException e) {
                    return count;
                }
            }
        }

        private int helper() {
            return name.length();
        }
    }

    /** The read after the synchronized block and the read in the catch around it hold no lock. */
    static final class ReadAfterBlock {
        private int count;

        int count() {
            try {
                synchronized (this) {
                    count++;
                }
            } catch (RuntimeException e) {
                return count;
            }
            return count;
        }
    }

    /** Mostly immutable: the field is only written in the constructor, but it is not final. */
    static final class MostlyImmutable {
        private String name;

        MostlyImmutable(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    @Test
    void doubleCheckedLockingWithoutVolatileIsReportedWithFieldMethodAndLine() {
        assertThat(SharedFields.unguardedReads(RacyLazy.class)).containsExactly(
                "SharedFieldsTest.RacyLazy.get (SharedFieldsTest.java:18) reads field value: not volatile, not final, no lock held",
                "SharedFieldsTest.RacyLazy.get (SharedFieldsTest.java:25) reads field value: not volatile, not final, no lock held");
        assertThatThrownBy(() -> SharedFields.assertNoUnguardedReads(RacyLazy.class))
                .isInstanceOf(ConcurrencyFailure.class)
                .hasMessageContaining("Shared fields read with no happens-before edge")
                .hasMessageContaining("SharedFieldsTest.RacyLazy.get (SharedFieldsTest.java:18) reads field value")
                .hasMessageContaining("happens-before")
                .hasMessageContaining("volatile or final, or read it under the lock");
    }

    @Test
    void safeIdiomsAreAccepted() {
        for (Class<?> safe : new Class<?>[] {VolatileLazy.class, SynchronizedGetter.class, HolderIdiom.class,
                AtomicLazy.class, GuardedBlocks.class}) {
            assertThat(SharedFields.unguardedReads(safe)).as(safe.getSimpleName()).isEmpty();
        }
        SharedFields.assertNoUnguardedReads(VolatileLazy.class, SynchronizedGetter.class, HolderIdiom.class,
                AtomicLazy.class, GuardedBlocks.class);
    }

    @Test
    void readsOutsideTheBlockAreReported() {
        assertThat(SharedFields.unguardedReads(ReadAfterBlock.class)).hasSize(2)
                .allMatch(line -> line.startsWith("SharedFieldsTest.ReadAfterBlock.count (SharedFieldsTest.java:"));
    }

    @Test
    void aNonFinalFieldWrittenOnlyInTheConstructorIsReported() {
        assertThat(SharedFields.unguardedReads(MostlyImmutable.class)).containsExactly(
                "SharedFieldsTest.MostlyImmutable.name (SharedFieldsTest.java:123) reads field name:"
                        + " not volatile, not final, no lock held");
    }
}

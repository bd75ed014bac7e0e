package dev.niche.concurrency.safepublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.SharedFields;
import dev.niche.katas.grader.concurrency.Stress;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/safe-publication", title = "Lazy init and immutable publication", order = 11,
        checkpoints = "4.2", naiveViolates = CheckKind.CONCURRENCY)
class SafePublicationTest {

    private static Map<String, String> routes() {
        Map<String, String> routes = new HashMap<>();
        routes.put("billing", "10.0.0.1:8080");
        routes.put("search", "10.0.0.2:8080");
        return routes;
    }

    private static List<String> fallbacks() {
        return new ArrayList<>(List.of("10.0.9.1:8080", "10.0.9.2:8080"));
    }

    // ---- examples: one thread ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Lazy runs the supplier on the first get only, and returns the same object every time")
    void lazyRunsOnce() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<StringBuilder> lazy = new Lazy<>(() -> {
            calls.incrementAndGet();
            return new StringBuilder("built");
        });
        assertThat(calls).as("supplier calls before the first get").hasValue(0);
        StringBuilder first = lazy.get();
        assertThat(first).hasToString("built");
        assertThat(lazy.get()).isSameAs(first);
        assertThat(lazy.get()).isSameAs(first);
        assertThat(calls).as("supplier calls after three gets").hasValue(1);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Lazy passes on a failing supplier's exception, remembers nothing, and tries again next time")
    void lazyRetriesAfterFailure() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("config server down");
            }
            return "config v2";
        });
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class).hasMessage("config server down");
        assertThat(lazy.get()).isEqualTo("config v2");
        assertThat(lazy.get()).isEqualTo("config v2");
        assertThat(calls).hasValue(2);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Lazy rejects a null supplier, and a supplier result of null, with a NullPointerException")
    void lazyRejectsNulls() {
        assertThatThrownBy(() -> new Lazy<String>(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("supplier");
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> calls.incrementAndGet() == 1 ? null : "second try");
        assertThatThrownBy(lazy::get).isInstanceOf(NullPointerException.class).hasMessageContaining("null");
        assertThat(lazy.get()).isEqualTo("second try");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("RoutingTable sends a service to its route, or to the first fallback when it has none")
    void tableRoutes() {
        RoutingTable table = new RoutingTable(routes(), fallbacks());
        assertThat(table.backendFor("billing")).isEqualTo("10.0.0.1:8080");
        assertThat(table.backendFor("search")).isEqualTo("10.0.0.2:8080");
        assertThat(table.backendFor("mail")).isEqualTo("10.0.9.1:8080");
        assertThat(table.routes()).isEqualTo(routes());
        assertThat(table.fallbacks()).containsExactly("10.0.9.1:8080", "10.0.9.2:8080");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("RoutingTable rejects null arguments and an empty fallback list, naming the argument")
    void tableRejectsBadInput() {
        assertThatThrownBy(() -> new RoutingTable(null, fallbacks()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("routes");
        assertThatThrownBy(() -> new RoutingTable(routes(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("fallbacks");
        assertThatThrownBy(() -> new RoutingTable(routes(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbacks");
        RoutingTable table = new RoutingTable(routes(), fallbacks());
        assertThatThrownBy(() -> table.backendFor(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("service");
    }

    // ---- concurrency: publication is checked in the bytecode and by reflection; exactly-once by stress ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Every field read outside a lock is of a volatile or final field (Lazy, RoutingTable)")
    void sharedFieldsAreSafelyRead() {
        new Lazy<>(() -> "warm-up").get();
        new RoutingTable(routes(), fallbacks()).backendFor("billing");
        SharedFields.assertNoUnguardedReads(Lazy.class, RoutingTable.class);
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("RoutingTable's fields are all private and final")
    void tableFieldsArePrivateFinal() {
        new RoutingTable(routes(), fallbacks());
        List<String> notPrivateFinal = new ArrayList<>();
        for (Field field : RoutingTable.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !(Modifier.isPrivate(modifiers) && Modifier.isFinal(modifiers))) {
                notPrivateFinal.add(Modifier.toString(modifiers) + " " + field.getType().getSimpleName() + " "
                        + field.getName());
            }
        }
        assertThat(notPrivateFinal)
                .as("fields of RoutingTable that are not private final: only final fields are guaranteed to be"
                        + " seen as the constructor set them by a thread that gets the table through a race")
                .isEmpty();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Changing the map and list after building a RoutingTable does not change the table")
    void tableCopiesItsInput() {
        Map<String, String> routes = routes();
        List<String> fallbacks = fallbacks();
        RoutingTable table = new RoutingTable(routes, fallbacks);
        routes.put("billing", "10.6.6.6:8080");
        routes.put("mail", "10.6.6.7:8080");
        fallbacks.set(0, "10.6.6.8:8080");
        assertThat(table.backendFor("billing")).as("backendFor(\"billing\") after the caller changed its map")
                .isEqualTo("10.0.0.1:8080");
        assertThat(table.backendFor("mail")).as("backendFor(\"mail\") after the caller changed its map and list")
                .isEqualTo("10.0.9.1:8080");
        assertThat(table.routes()).as("routes() after the caller changed its map").isEqualTo(routes());
        assertThat(table.fallbacks()).as("fallbacks() after the caller changed its list")
                .containsExactly("10.0.9.1:8080", "10.0.9.2:8080");
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("routes() and fallbacks() cannot be used to change a RoutingTable")
    void tableViewsAreUnmodifiable() {
        RoutingTable table = new RoutingTable(routes(), fallbacks());
        assertThatThrownBy(() -> table.routes().put("billing", "10.6.6.6:8080"))
                .as("routes().put").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.fallbacks().add("10.6.6.8:8080"))
                .as("fallbacks().add").isInstanceOf(UnsupportedOperationException.class);
        assertThat(table.backendFor("billing")).isEqualTo("10.0.0.1:8080");
        assertThat(table.fallbacks()).containsExactly("10.0.9.1:8080", "10.0.9.2:8080");
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("8 threads racing for the first get of 200 Lazy values: each supplier runs once, all get one object")
    void racingFirstGetsRunTheSupplierOnce() {
        int threads = 8;
        int lazies = 200;
        AtomicIntegerArray calls = new AtomicIntegerArray(lazies);
        List<Lazy<Object>> values = new ArrayList<>();
        for (int i = 0; i < lazies; i++) {
            int index = i;
            values.add(new Lazy<>(() -> {
                calls.incrementAndGet(index);
                Thread.yield();
                return new Object();
            }));
        }
        AtomicReferenceArray<Object> seen = new AtomicReferenceArray<>(threads * lazies);
        Stress.threads(threads).run(threads + " threads calling get() on Lazy 0.." + (lazies - 1) + " in order",
                thread -> {
                    for (int i = 0; i < lazies; i++) {
                        seen.set(thread * lazies + i, values.get(i).get());
                    }
                });
        List<String> notOnce = new ArrayList<>();
        for (int i = 0; i < lazies; i++) {
            if (calls.get(i) != 1) {
                notOnce.add("Lazy " + i + ": " + calls.get(i) + " calls");
            }
        }
        if (!notOnce.isEmpty()) {
            fail("each supplier must run exactly once, but %d of the %d did not; the first of them: %s",
                    notOnce.size(), lazies, notOnce.subList(0, Math.min(5, notOnce.size())));
        }
        for (int i = 0; i < lazies; i++) {
            for (int thread = 0; thread < threads; thread++) {
                assertThat(seen.get(thread * lazies + i))
                        .as("the object thread-%d got from Lazy %d, compared with thread-0's", thread, i)
                        .isSameAs(seen.get(i));
            }
        }
    }
}

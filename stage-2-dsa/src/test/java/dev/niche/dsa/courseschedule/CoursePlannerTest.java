package dev.niche.dsa.courseschedule;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.SmallStack;
import dev.niche.katas.grader.complexity.Workload;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.RandomAccess;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/course-schedule", title = "Order courses by their prerequisites, or name a cycle", order = 200,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class CoursePlannerTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("a chain of requirements has exactly one order")
    void chain() {
        List<Prerequisite> prerequisites = List.of(needs(2, 1), needs(1, 0));
        assertThat(CoursePlanner.plan(3, prerequisites)).as("plan(3, %s)", prerequisites)
                .isEqualTo(new Schedule.Order(List.of(0, 1, 2)));
    }

    @Test
    @DisplayName("a course with several requirements comes after all of them")
    void severalRequirements() {
        List<Prerequisite> prerequisites = List.of(needs(3, 1), needs(1, 0), needs(3, 2), needs(2, 0),
                needs(4, 3));
        assertValidPlan(5, prerequisites, false);
    }

    @Test
    @DisplayName("courses without requirements may come in any order, but each exactly once")
    void noRequirements() {
        assertValidPlan(4, List.of(), false);
        assertValidPlan(1, List.of(), false);
    }

    @Test
    @DisplayName("no courses give an empty order")
    void noCourses() {
        assertThat(CoursePlanner.plan(0, List.of())).as("plan(0, [])").isEqualTo(new Schedule.Order(List.of()));
    }

    @Test
    @DisplayName("a prerequisite listed twice changes nothing")
    void duplicates() {
        List<Prerequisite> prerequisites = List.of(needs(0, 1), needs(0, 1), needs(1, 2));
        assertThat(CoursePlanner.plan(3, prerequisites)).as("plan(3, %s)", prerequisites)
                .isEqualTo(new Schedule.Order(List.of(2, 1, 0)));
    }

    @Test
    @DisplayName("a course that requires itself is a cycle of one course")
    void selfRequirement() {
        List<Prerequisite> prerequisites = List.of(needs(0, 2), needs(1, 1));
        assertThat(CoursePlanner.plan(3, prerequisites)).as("plan(3, %s)", prerequisites)
                .isEqualTo(new Schedule.Cycle(List.of(1)));
    }

    @Test
    @DisplayName("two courses that require each other are named as a cycle")
    void twoCourseCycle() {
        assertValidPlan(3, List.of(needs(1, 0), needs(0, 2), needs(2, 0)), true);
    }

    @Test
    @DisplayName("a cycle behind a chain of other courses is found and named, without the courses around it")
    void cycleBehindAChain() {
        List<Prerequisite> prerequisites = List.of(needs(1, 0), needs(2, 1), needs(3, 2), needs(4, 3),
                needs(5, 4), needs(3, 5), needs(6, 5), needs(7, 6));
        Schedule schedule = assertValidPlan(8, prerequisites, true);
        assertThat(new HashSet<>(((Schedule.Cycle) schedule).courses())).as("the cycle found in %s", prerequisites)
                .isEqualTo(Set.of(3, 4, 5));
    }

    @Test
    @DisplayName("a negative number of courses is rejected, naming courses")
    void rejectsNegativeCourses() {
        assertThatThrownBy(() -> CoursePlanner.plan(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("courses");
    }

    @Test
    @DisplayName("a null list or prerequisite is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> CoursePlanner.plan(2, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("prerequisites");
        assertThatThrownBy(() -> CoursePlanner.plan(2, Arrays.asList(needs(1, 0), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("prerequisites[1]");
    }

    @Test
    @DisplayName("a prerequisite naming a course outside 0 to courses - 1 is rejected, naming its position")
    void rejectsUnknownCourses() {
        for (Prerequisite bad : List.of(needs(3, 0), needs(0, 3), needs(-1, 0), needs(0, -1))) {
            List<Prerequisite> prerequisites = List.of(needs(1, 0), needs(2, 1), bad);
            assertThatThrownBy(() -> CoursePlanner.plan(3, prerequisites)).as("plan(3, %s)", prerequisites)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prerequisites[2]");
        }
    }

    /** Checks the plan: an order that respects every prerequisite, or a real cycle; returns it. */
    private static Schedule assertValidPlan(int courses, List<Prerequisite> prerequisites, boolean expectCycle) {
        Schedule schedule = CoursePlanner.plan(courses, prerequisites);
        String call = "plan(" + courses + ", " + prerequisites + ")";
        if (expectCycle) {
            assertThat(schedule).as("%s: there is a cycle, so no order exists", call)
                    .isInstanceOf(Schedule.Cycle.class);
            List<Integer> cycle = ((Schedule.Cycle) schedule).courses();
            assertThat(new HashSet<>(cycle)).as("%s returned the cycle %s, which repeats a course", call, cycle)
                    .hasSize(cycle.size());
            Set<Prerequisite> given = new HashSet<>(prerequisites);
            for (int i = 0; i < cycle.size(); i++) {
                Prerequisite step = needs(cycle.get(i), cycle.get((i + 1) % cycle.size()));
                assertThat(given).as("%s returned the cycle %s, but '%s' is not a prerequisite", call, cycle, step)
                        .contains(step);
            }
        } else {
            assertThat(schedule).as("%s: the requirements have no cycle, so an order exists", call)
                    .isInstanceOf(Schedule.Order.class);
            List<Integer> order = ((Schedule.Order) schedule).courses();
            List<Integer> sorted = new ArrayList<>(order);
            sorted.sort(null);
            assertThat(sorted).as("%s returned %s, which is not every course once", call, order)
                    .isEqualTo(java.util.stream.IntStream.range(0, courses).boxed().toList());
            for (Prerequisite p : prerequisites) {
                assertThat(order.indexOf(p.requires())).as("%s returned %s, which breaks '%s'", call, order, p)
                        .isLessThan(order.indexOf(p.course()));
            }
        }
        return schedule;
    }

    private static Prerequisite needs(int course, int requires) {
        return new Prerequisite(course, requires);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("finds an order exactly when the requirements have no cycle, and a real cycle otherwise")
    void anyRequirements(@ForAll("catalogues") Catalogue catalogue) {
        assertValidPlan(catalogue.courses(), catalogue.prerequisites(), hasCycleByClosure(catalogue));
    }

    @Property(tries = 300)
    @Label("always finds a valid order when every course only requires courses earlier in some hidden order")
    void acyclicRequirements(@ForAll("acyclicCatalogues") Catalogue catalogue) {
        assertValidPlan(catalogue.courses(), catalogue.prerequisites(), false);
    }

    /**
     * The oracle: {@code after[a][b]} says a needs b directly or through other courses; close it under "a
     * after k and k after b". A cycle exists exactly when some course comes after itself.
     */
    private static boolean hasCycleByClosure(Catalogue catalogue) {
        int n = catalogue.courses();
        boolean[][] after = new boolean[n][n];
        for (Prerequisite p : catalogue.prerequisites()) {
            after[p.course()][p.requires()] = true;
        }
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    after[a][b] |= after[a][k] && after[k][b];
                }
            }
        }
        for (int a = 0; a < n; a++) {
            if (after[a][a]) {
                return true;
            }
        }
        return false;
    }

    /** A catalogue of courses and its prerequisites, as a property sees it. */
    record Catalogue(int courses, List<Prerequisite> prerequisites) {
        Schedule plan() {
            return CoursePlanner.plan(courses, prerequisites);
        }

        /**
         * n >= 2 courses and 3n - 1 prerequisites, listed in shuffled order: a shuffled chain, each course
         * needing the one before it, plus 2n requirements of courses on courses earlier in the chain. The
         * list makes each prerequisite from two int arrays when it is read, so it takes 8 bytes per entry.
         */
        static Catalogue chained(int n) {
            Random random = new Random(n);
            int[] chain = shuffledRange(n, random);
            int edges = 3 * n - 1;
            int[] course = new int[edges];
            int[] requires = new int[edges];
            for (int i = 0; i < edges; i++) {
                int later = i < n - 1 ? i + 1 : 1 + random.nextInt(n - 1);
                int earlier = i < n - 1 ? i : random.nextInt(later);
                course[i] = chain[later];
                requires[i] = chain[earlier];
            }
            for (int i = edges - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = course[i];
                course[i] = course[j];
                course[j] = swap;
                swap = requires[i];
                requires[i] = requires[j];
                requires[j] = swap;
            }
            return new Catalogue(n, new ComputedList(edges, i -> new Prerequisite(course[i], requires[i])));
        }
    }

    /** A list whose elements are made on each read, so a big catalogue takes little memory. */
    private static final class ComputedList extends AbstractList<Prerequisite> implements RandomAccess {
        private final int size;
        private final java.util.function.IntFunction<Prerequisite> element;

        ComputedList(int size, java.util.function.IntFunction<Prerequisite> element) {
            this.size = size;
            this.element = element;
        }

        @Override
        public Prerequisite get(int index) {
            return element.apply(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static int[] shuffledRange(int n, Random random) {
        int[] values = java.util.stream.IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** Up to 8 courses and 14 prerequisites on any courses: cycles, self-requirements and duplicates happen. */
    @Provide
    Arbitrary<Catalogue> catalogues() {
        return Arbitraries.integers().between(0, 8).flatMap(n -> n == 0
                ? Arbitraries.just(new Catalogue(0, List.of()))
                : prerequisite(Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, n - 1))
                        .list().ofMaxSize(14).map(list -> new Catalogue(n, list)));
    }

    /** Up to 8 courses; each prerequisite points back in a hidden shuffled order, so there is never a cycle. */
    @Provide
    Arbitrary<Catalogue> acyclicCatalogues() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            Arbitrary<Integer> position = Arbitraries.integers().between(0, n - 1);
            Arbitrary<List<Integer>> hidden = Arbitraries.shuffle(java.util.stream.IntStream.range(0, n).boxed()
                    .toList());
            return net.jqwik.api.Combinators.combine(hidden, prerequisite(position, position).list().ofMaxSize(14))
                    .as((order, pairs) -> new Catalogue(n, pairs.stream()
                            .filter(p -> p.course() != p.requires())
                            .map(p -> needs(order.get(Math.max(p.course(), p.requires())),
                                    order.get(Math.min(p.course(), p.requires()))))
                            .toList()));
        });
    }

    private static Arbitrary<Prerequisite> prerequisite(Arbitrary<Integer> course, Arbitrary<Integer> requires) {
        return net.jqwik.api.Combinators.combine(course, requires).as(Prerequisite::new);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("time grows linearly with a catalogue whose only order is one long chain (timing)")
    void linearOnChains() {
        assertValidPlan(64, Catalogue.chained(64).prerequisites(), false);
        assertComplexity(Complexity.timing("plan, n courses and 3n - 1 prerequisites",
                Workload.of(Catalogue::chained, Catalogue::plan)).sizes(powersOfTwo(9, 14)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("the call stack does not grow with a chain: two chains of 10,000 courses on a 256 KB stack")
    void stackDoesNotGrowWithChains() {
        int half = 10_000;
        List<Prerequisite> prerequisites = new ArrayList<>();
        for (int i = 0; i + 1 < half; i++) {
            prerequisites.add(needs(i, i + 1));
            prerequisites.add(needs(half + i + 1, half + i));
        }
        Schedule schedule = SmallStack.call(256 * 1024, () -> CoursePlanner.plan(2 * half, prerequisites),
                "plan overflowed a 256 KB stack on two chains of 10,000 courses (0 needs 1 needs 2 ..., and "
                        + "10001 needs 10000, 10002 needs 10001, ...): the call stack grows with a chain. Keep the "
                        + "courses still to handle in a queue or stack of your own.");
        assertThat(schedule).as("plan of two chains of 10,000 courses").isInstanceOf(Schedule.Order.class);
    }

    @BenchCheck
    @DisplayName("time grows linearly with a catalogue whose only order is one long chain (JMH)")
    void planBenchmark() {
        assertComplexity(Complexity.jmh("plan, n courses and 3n - 1 prerequisites", CoursePlannerBenchmark.class,
                "plan").sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEAR);
    }
}

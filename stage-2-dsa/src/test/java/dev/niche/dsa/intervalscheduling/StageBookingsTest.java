package dev.niche.dsa.intervalscheduling;

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
import dev.niche.katas.grader.complexity.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/interval-scheduling", title = "Most shows on one stage", order = 300, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class StageBookingsTest {

    private static Booking b(int start, int end) {
        return new Booking(start, end);
    }

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("accepts the most requests that do not overlap")
    void mostCompatibleRequests() {
        List<Booking> requests = List.of(b(9, 12), b(10, 11), b(11, 13), b(12, 14), b(13, 15));
        assertThat(StageBookings.maxAccepted(requests)).as("maxAccepted(%s)", requests).isEqualTo(3);
    }

    @Test
    @DisplayName("back-to-back requests can all be accepted")
    void backToBack() {
        List<Booking> requests = List.of(b(3, 4), b(1, 2), b(2, 3));
        assertThat(StageBookings.maxAccepted(requests)).as("maxAccepted(%s)", requests).isEqualTo(3);
    }

    @Test
    @DisplayName("a request that starts first but lasts long is not worth accepting")
    void earliestStartIsNotBest() {
        List<Booking> requests = List.of(b(0, 100), b(1, 2), b(3, 4), b(5, 6));
        assertThat(StageBookings.maxAccepted(requests)).as("maxAccepted(%s)", requests).isEqualTo(3);
    }

    @Test
    @DisplayName("the shortest request is not always worth accepting")
    void shortestIsNotBest() {
        List<Booking> requests = List.of(b(0, 5), b(4, 7), b(6, 10));
        assertThat(StageBookings.maxAccepted(requests)).as("maxAccepted(%s)", requests).isEqualTo(2);
    }

    @Test
    @DisplayName("no requests give 0, one request 1, identical requests 1")
    void emptySingleAndIdentical() {
        assertThat(StageBookings.maxAccepted(List.of())).as("maxAccepted([])").isZero();
        assertThat(StageBookings.maxAccepted(List.of(b(-3, 7)))).as("maxAccepted([-3, 7))").isEqualTo(1);
        List<Booking> identical = List.of(b(2, 5), b(2, 5), b(2, 5));
        assertThat(StageBookings.maxAccepted(identical)).as("maxAccepted(%s)", identical).isEqualTo(1);
    }

    @Test
    @DisplayName("the extremes of int are valid times")
    void extremes() {
        List<Booking> requests = List.of(b(0, Integer.MAX_VALUE), b(Integer.MIN_VALUE, 0),
                b(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertThat(StageBookings.maxAccepted(requests)).as("maxAccepted(%s)", requests).isEqualTo(2);
    }

    @Test
    @DisplayName("a null list or null request is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> StageBookings.maxAccepted(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("requests");
        assertThatThrownBy(() -> StageBookings.maxAccepted(Arrays.asList(b(1, 2), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("requests[1]");
    }

    @Test
    @DisplayName("a request that ends before it starts, or as it starts, is rejected with a message naming its index")
    void rejectsRequestsThatDoNotLast() {
        assertThatThrownBy(() -> StageBookings.maxAccepted(List.of(b(1, 2), b(4, 6), b(9, 8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests[2]");
        assertThatThrownBy(() -> StageBookings.maxAccepted(List.of(b(5, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests[0]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("equals the largest clash-free subset, found by trying every subset")
    void matchesEverySubset(@ForAll("requests") List<Booking> requests) {
        assertThat(StageBookings.maxAccepted(requests)).as("maxAccepted(%s)", requests)
                .isEqualTo(largestClashFreeSubset(requests));
    }

    /** Tries all 2^n subsets and keeps the largest in which no two requests overlap. */
    private static int largestClashFreeSubset(List<Booking> requests) {
        int n = requests.size();
        int best = 0;
        for (int subset = 0; subset < (1 << n); subset++) {
            if (Integer.bitCount(subset) > best && clashFree(requests, subset)) {
                best = Integer.bitCount(subset);
            }
        }
        return best;
    }

    private static boolean clashFree(List<Booking> requests, int subset) {
        for (int i = 0; i < requests.size(); i++) {
            for (int j = i + 1; j < requests.size(); j++) {
                boolean both = (subset >> i & 1) == 1 && (subset >> j & 1) == 1;
                Booking x = requests.get(i);
                Booking y = requests.get(j);
                if (both && x.start() < y.end() && y.start() < x.end()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Up to 11 requests (the oracle tries all subsets) in a short day, so clashes and repeats are common. */
    @Provide
    Arbitrary<List<Booking>> requests() {
        Arbitrary<Booking> request = Combinators.combine(Arbitraries.integers().between(-5, 14),
                Arbitraries.integers().between(1, 7)).as((start, length) -> b(start, start + length));
        return request.list().ofMaxSize(11);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("choosing among n requests at random times takes O(n log n) time, not O(n^2) (timing)")
    void choosingIsNotQuadratic() {
        assertComplexity(Complexity.timing("maxAccepted of n requests",
                Workload.of(StageBookingsTest::randomRequests, StageBookings::maxAccepted)).sizes(powersOfTwo(8, 14)))
                .isAtMost(Growth.LINEARITHMIC);
    }

    /** n requests starting at random in [0, 4n), each lasting 1 to 16. */
    static List<Booking> randomRequests(int n) {
        Random random = new Random(n);
        List<Booking> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(4 * n);
            requests.add(b(start, start + 1 + random.nextInt(16)));
        }
        return List.copyOf(requests);
    }

    @BenchCheck
    @DisplayName("choosing among n requests takes O(n log n) time, a linear slope (JMH)")
    void choosingBenchmark() {
        assertComplexity(Complexity.jmh("maxAccepted of n requests", StageBookingsBenchmark.class, "maxAccepted")
                .sizes(1 << 6, 1 << 8, 1 << 10, 1 << 12)).isAtMost(Growth.LINEARITHMIC);
    }
}

package dev.niche.dsa.networkdelay;

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
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/network-delay", title = "When has every server heard the alert?", order = 210, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class SignalDelayTest {
    private static final int MAX = Integer.MAX_VALUE;

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("along a chain the delays add up")
    void chainAddsUp() {
        assertTime(3, links(0, 1, 3, 1, 2, 4), 0, 7);
    }

    @Test
    @DisplayName("the alert takes the fastest route, even when it has more links")
    void fastestRoute() {
        assertTime(3, links(0, 2, 10, 0, 1, 2, 1, 2, 3), 0, 5);
    }

    @Test
    @DisplayName("the answer is when the last server hears it, not the sum of all delays")
    void latestArrival() {
        assertTime(4, links(0, 1, 5, 0, 2, 7, 0, 3, 1), 0, 7);
        assertTime(4, links(2, 0, 1, 2, 1, 4, 1, 3, 2), 2, 6);
    }

    @Test
    @DisplayName("one server alone hears it at time 0, with or without a link to itself")
    void singleServer() {
        assertTime(1, links(), 0, 0);
        assertTime(1, links(0, 0, 9), 0, 0);
    }

    @Test
    @DisplayName("answers -1 when a server can never hear it: links are one-way")
    void unreachable() {
        assertTime(2, links(1, 0, 4), 0, -1);
        assertTime(3, links(0, 1, 1, 1, 0, 1), 0, -1);
        assertTime(2, links(), 1, -1);
    }

    @Test
    @DisplayName("delays of 0 are allowed, and of several links between two servers the fastest counts")
    void zeroDelaysAndParallelLinks() {
        assertTime(3, links(0, 1, 0, 1, 2, 0), 0, 0);
        assertTime(2, links(0, 1, 9, 0, 1, 4, 0, 1, 6), 0, 4);
    }

    @Test
    @DisplayName("times beyond the int range do not overflow: three links of Integer.MAX_VALUE")
    void hugeDelays() {
        assertTime(4, links(0, 1, MAX, 1, 2, MAX, 2, 3, MAX), 0, 3L * MAX);
    }

    @Test
    @DisplayName("fewer than one server or a source outside the servers is rejected, naming it")
    void rejectsBadCounts() {
        assertThatThrownBy(() -> SignalDelay.timeToReachAll(0, links(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodes");
        for (int source : new int[] {-1, 3}) {
            assertThatThrownBy(() -> SignalDelay.timeToReachAll(3, links(0, 1, 1), source)).as("source %d", source)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        }
    }

    @Test
    @DisplayName("null links or a null link is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> SignalDelay.timeToReachAll(2, null, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("links");
        assertThatThrownBy(() -> SignalDelay.timeToReachAll(2, new int[][] {{0, 1, 1}, null}, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("links[1]");
    }

    @Test
    @DisplayName("a malformed link, a link to an unknown server or a negative delay is rejected, naming the link")
    void rejectsBadLinks() {
        for (int[] bad : List.of(new int[] {0, 1}, new int[] {0, 1, 1, 1}, new int[] {0, 3, 1},
                new int[] {-1, 1, 1}, new int[] {3, 0, 1}, new int[] {0, -1, 1}, new int[] {1, 2, -1})) {
            int[][] links = {{0, 1, 1}, {1, 2, 1}, bad};
            assertThatThrownBy(() -> SignalDelay.timeToReachAll(3, links, 0)).as("links[2] = %s",
                    Arrays.toString(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("links[2]");
        }
    }

    private static void assertTime(int nodes, int[][] links, int source, long expected) {
        assertThat(SignalDelay.timeToReachAll(nodes, links, source))
                .as("timeToReachAll(%d, %s, %d)", nodes, Arrays.deepToString(links), source).isEqualTo(expected);
    }

    /** Links from a flat list: from, to, delay, from, to, delay, ... */
    private static int[][] links(int... flat) {
        int[][] links = new int[flat.length / 3][];
        for (int i = 0; i < links.length; i++) {
            links[i] = Arrays.copyOfRange(flat, 3 * i, 3 * i + 3);
        }
        return links;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with relaxing every link V times, from any source")
    void matchesRepeatedRelaxation(@ForAll("networks") Network network) {
        assertThat(network.broadcast()).as("timeToReachAll%s", network)
                .isEqualTo(timeByRelaxation(network.nodes(), network.links(), network.source()));
    }

    /**
     * The oracle: after round k, {@code heard[v]} is the earliest arrival over routes of at most k links; no
     * fastest route needs more than V - 1 links, so V rounds are enough.
     */
    private static long timeByRelaxation(int nodes, int[][] links, int source) {
        long[] heard = new long[nodes];
        Arrays.fill(heard, Long.MAX_VALUE);
        heard[source] = 0;
        for (int round = 0; round < nodes; round++) {
            for (int[] link : links) {
                if (heard[link[0]] != Long.MAX_VALUE) {
                    heard[link[1]] = Math.min(heard[link[1]], heard[link[0]] + link[2]);
                }
            }
        }
        long last = Arrays.stream(heard).max().orElseThrow();
        return last == Long.MAX_VALUE ? -1 : last;
    }

    /** A network and the server that starts the alert. */
    record Network(int nodes, int[][] links, int source) {
        long broadcast() {
            return SignalDelay.timeToReachAll(nodes, links, source);
        }

        @Override
        public String toString() {
            return "(" + nodes + ", " + Arrays.deepToString(links) + ", " + source + ")";
        }

        /**
         * n servers and 4n links with delays 1 to 1000: a random tree of links from server 0 reaches every
         * server, and 3n + 1 more links join random servers. The links are made in the order of the array, so
         * reading them in that order walks memory in order too.
         */
        static Network sparse(int n) {
            Random random = new Random(n);
            int[][] links = new int[4 * n][];
            for (int v = 1; v < n; v++) {
                links[v - 1] = new int[] {random.nextInt(v), v, 1 + random.nextInt(1000)};
            }
            for (int i = n - 1; i < links.length; i++) {
                links[i] = new int[] {random.nextInt(n), random.nextInt(n), 1 + random.nextInt(1000)};
            }
            return new Network(n, links, 0);
        }
    }

    /** Up to 7 servers and 16 links; small delays so ties happen, and now and then Integer.MAX_VALUE. */
    @Provide
    Arbitrary<Network> networks() {
        Arbitrary<Integer> delay = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 9)),
                Tuple.of(1, Arbitraries.just(MAX)));
        return Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<Integer> server = Arbitraries.integers().between(0, n - 1);
            Arbitrary<int[]> link = Combinators.combine(server, server, delay).as((u, v, d) -> new int[] {u, v, d});
            return Combinators.combine(link.list().ofMaxSize(16), server)
                    .as((list, source) -> new Network(n, list.toArray(int[][]::new), source));
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("time grows like V log V, not V^2, on sparse networks with 4 links per server (timing)")
    void nearLinearOnSparseNetworks() {
        Network small = Network.sparse(256);
        assertThat(small.broadcast()).as("timeToReachAll on a sparse network of 256 servers")
                .isEqualTo(timeByRelaxation(small.nodes(), small.links(), small.source()));
        assertComplexity(Complexity.timing("timeToReachAll, V servers and 4V links",
                Workload.of(Network::sparse, Network::broadcast)).sizes(powersOfTwo(9, 14)))
                .isAtMost(Growth.LINEARITHMIC);
    }

    @BenchCheck
    @DisplayName("time grows like V log V, not V^2, on sparse networks with 4 links per server (JMH)")
    void broadcastBenchmark() {
        assertComplexity(Complexity.jmh("timeToReachAll, V servers and 4V links", SignalDelayBenchmark.class,
                "broadcast").sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEARITHMIC);
    }
}

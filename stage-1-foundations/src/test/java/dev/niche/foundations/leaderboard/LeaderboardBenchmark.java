package dev.niche.foundations.leaderboard;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code LeaderboardTest#mixedBenchmark}: one update, one topK(10), one rank, n players. */
@State(Scope.Benchmark)
public class LeaderboardBenchmark {
    @Param("1024")
    public int n;

    private LeaderboardTest.MixedOps state;

    @Setup
    public void prepare() {
        state = new LeaderboardTest.MixedOps(n);
    }

    @Benchmark
    public int updateTopKRank() {
        return state.next();
    }
}

package dev.niche.dsa.meetingrooms;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code RoomPlannerTest#planningBenchmark}: the rooms for n meetings at random times.
 * Sizes stop at 2^12 so the meetings (about 24 bytes each) stay in cache.
 */
@State(Scope.Benchmark)
public class RoomPlannerBenchmark {
    @Param("1024")
    public int n;

    private List<Meeting> meetings;

    @Setup
    public void prepare() {
        meetings = RoomPlannerTest.randomDay(n);
    }

    @Benchmark
    public int roomsNeeded() {
        return RoomPlanner.roomsNeeded(meetings);
    }
}

package dev.niche.dsa.intervalscheduling;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code StageBookingsTest#choosingBenchmark}: the most acceptable of n requests at random
 * times. Sizes stop at 2^12 so the requests (about 24 bytes each) stay in cache.
 */
@State(Scope.Benchmark)
public class StageBookingsBenchmark {
    @Param("1024")
    public int n;

    private List<Booking> requests;

    @Setup
    public void prepare() {
        requests = StageBookingsTest.randomRequests(n);
    }

    @Benchmark
    public int maxAccepted() {
        return StageBookings.maxAccepted(requests);
    }
}

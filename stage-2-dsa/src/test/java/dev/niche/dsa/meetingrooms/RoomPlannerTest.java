package dev.niche.dsa.meetingrooms;

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

@Kata(id = "dsa/meeting-rooms", title = "Fewest rooms for a day of meetings", order = 170, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class RoomPlannerTest {

    private static Meeting m(int start, int end) {
        return new Meeting(start, end);
    }

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("one long meeting overlapping two short ones that do not overlap each other needs 2 rooms")
    void longAndShortMeetings() {
        List<Meeting> meetings = List.of(m(0, 30), m(5, 10), m(15, 20));
        assertThat(RoomPlanner.roomsNeeded(meetings)).as("roomsNeeded(%s)", meetings).isEqualTo(2);
    }

    @Test
    @DisplayName("a meeting may start in the room of one that ends at that moment")
    void backToBackShareARoom() {
        List<Meeting> meetings = List.of(m(10, 11), m(9, 10), m(11, 12));
        assertThat(RoomPlanner.roomsNeeded(meetings)).as("roomsNeeded(%s)", meetings).isEqualTo(1);
        List<Meeting> overlapping = List.of(m(9, 11), m(10, 12));
        assertThat(RoomPlanner.roomsNeeded(overlapping)).as("roomsNeeded(%s)", overlapping).isEqualTo(2);
    }

    @Test
    @DisplayName("no meetings need no room; one meeting needs one")
    void emptyAndSingle() {
        assertThat(RoomPlanner.roomsNeeded(List.of())).as("roomsNeeded([])").isZero();
        assertThat(RoomPlanner.roomsNeeded(List.of(m(-5, -1)))).as("roomsNeeded([-5, -1))").isEqualTo(1);
    }

    @Test
    @DisplayName("identical meetings each need their own room")
    void identicalMeetings() {
        List<Meeting> meetings = List.of(m(3, 4), m(3, 4), m(3, 4));
        assertThat(RoomPlanner.roomsNeeded(meetings)).as("roomsNeeded(%s)", meetings).isEqualTo(3);
    }

    @Test
    @DisplayName("the count is the most meetings in progress at one moment, not the most that meet one meeting")
    void busiestMomentCounts() {
        List<Meeting> meetings = List.of(m(1, 10), m(2, 3), m(4, 5), m(6, 7), m(8, 9));
        assertThat(RoomPlanner.roomsNeeded(meetings)).as("roomsNeeded(%s)", meetings).isEqualTo(2);
    }

    @Test
    @DisplayName("the extremes of int are valid times")
    void extremes() {
        List<Meeting> overlapping = List.of(m(Integer.MIN_VALUE, Integer.MAX_VALUE), m(0, 1));
        assertThat(RoomPlanner.roomsNeeded(overlapping)).as("roomsNeeded(%s)", overlapping).isEqualTo(2);
        List<Meeting> backToBack = List.of(m(0, Integer.MAX_VALUE), m(Integer.MIN_VALUE, 0));
        assertThat(RoomPlanner.roomsNeeded(backToBack)).as("roomsNeeded(%s)", backToBack).isEqualTo(1);
    }

    @Test
    @DisplayName("a null list or null meeting is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> RoomPlanner.roomsNeeded(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("meetings");
        assertThatThrownBy(() -> RoomPlanner.roomsNeeded(Arrays.asList(m(1, 2), m(2, 3), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("meetings[2]");
    }

    @Test
    @DisplayName("a meeting that ends before it starts, or as it starts, is rejected with a message naming its index")
    void rejectsMeetingsThatDoNotLast() {
        assertThatThrownBy(() -> RoomPlanner.roomsNeeded(List.of(m(1, 2), m(7, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetings[1]");
        assertThatThrownBy(() -> RoomPlanner.roomsNeeded(List.of(m(5, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetings[0]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("equals the most meetings in progress at any one time, checking every moment of a short day")
    void matchesBusiestMoment(@ForAll("meetings") List<Meeting> meetings) {
        assertThat(RoomPlanner.roomsNeeded(meetings)).as("roomsNeeded(%s)", meetings)
                .isEqualTo(busiestMoment(meetings));
    }

    private static final int DAY_START = -10;
    private static final int DAY_END = 20;

    /**
     * No assignment needs fewer rooms than the meetings in progress at the busiest moment, and that many always
     * suffice. With whole-number times, every moment has the same meetings in progress as the whole number
     * just before it, so checking each whole number of the day finds the busiest one.
     */
    private static int busiestMoment(List<Meeting> meetings) {
        int most = 0;
        for (int t = DAY_START; t < DAY_END; t++) {
            int inProgress = 0;
            for (Meeting meeting : meetings) {
                if (meeting.start() <= t && t < meeting.end()) {
                    inProgress++;
                }
            }
            most = Math.max(most, inProgress);
        }
        return most;
    }

    /** Up to 14 short meetings in a short day, so overlaps, back-to-back meetings and repeats are common. */
    @Provide
    Arbitrary<List<Meeting>> meetings() {
        Arbitrary<Meeting> meeting = Combinators.combine(Arbitraries.integers().between(DAY_START, DAY_END - 1),
                Arbitraries.integers().between(1, 8))
                .as((start, length) -> m(start, Math.min(DAY_END, start + length)));
        return meeting.list().ofMaxSize(14);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("planning n meetings at random times takes O(n log n) time, not O(n^2) (timing)")
    void planningIsNotQuadratic() {
        assertComplexity(Complexity.timing("roomsNeeded of n meetings",
                Workload.of(RoomPlannerTest::randomDay, RoomPlanner::roomsNeeded)).sizes(powersOfTwo(8, 14)))
                .isAtMost(Growth.LINEARITHMIC);
    }

    /** n meetings starting at random in [0, n), each lasting 1 to 32: a handful in progress at any moment. */
    static List<Meeting> randomDay(int n) {
        Random random = new Random(n);
        List<Meeting> meetings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(n);
            meetings.add(m(start, start + 1 + random.nextInt(32)));
        }
        return List.copyOf(meetings);
    }

    @BenchCheck
    @DisplayName("planning n meetings takes O(n log n) time, a linear slope (JMH)")
    void planningBenchmark() {
        assertComplexity(Complexity.jmh("roomsNeeded of n meetings", RoomPlannerBenchmark.class, "roomsNeeded")
                .sizes(1 << 6, 1 << 8, 1 << 10, 1 << 12)).isAtMost(Growth.LINEARITHMIC);
    }
}

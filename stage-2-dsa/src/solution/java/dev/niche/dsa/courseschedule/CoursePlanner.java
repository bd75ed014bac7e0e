package dev.niche.dsa.courseschedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Reference: take courses whose requirements are all taken, from a queue; if some are left, walk to a cycle. */
public final class CoursePlanner {
    private CoursePlanner() {
    }

    /**
     * {@code waiting[c]} counts the requirements of c not yet taken. A course joins the queue when that count
     * reaches 0, and taking it lowers the count of each course that requires it: every course and every
     * prerequisite is handled once, O(V + E).
     *
     * <p>If the queue empties early, every course left still waits for a course that is also left. Walking
     * from any of them to such a requirement, again and again, must repeat a course within V steps; the walk
     * from that course's first visit on is a cycle.
     */
    public static Schedule plan(int courses, List<Prerequisite> prerequisites) {
        if (courses < 0) {
            throw new IllegalArgumentException("courses must be 0 or more, got " + courses);
        }
        Objects.requireNonNull(prerequisites, "prerequisites");
        int edges = prerequisites.size();
        int[] course = new int[edges];
        int[] requires = new int[edges];
        int i = 0;
        for (Prerequisite p : prerequisites) {
            Objects.requireNonNull(p, "prerequisites[" + i + "]");
            if (p.course() < 0 || p.course() >= courses || p.requires() < 0 || p.requires() >= courses) {
                throw new IllegalArgumentException("prerequisites[" + i + "] (" + p + ") names a course outside 0 to "
                        + (courses - 1));
            }
            course[i] = p.course();
            requires[i] = p.requires();
            i++;
        }
        int[][] unlocks = grouped(courses, requires, course);
        int[] waiting = new int[courses];
        for (int c : course) {
            waiting[c]++;
        }
        int[] order = new int[courses];
        int taken = 0;
        for (int c = 0; c < courses; c++) {
            if (waiting[c] == 0) {
                order[taken++] = c;
            }
        }
        for (int next = 0; next < taken; next++) {
            for (int after : unlocks[order[next]]) {
                if (--waiting[after] == 0) {
                    order[taken++] = after;
                }
            }
        }
        if (taken == courses) {
            return new Schedule.Order(Arrays.stream(order).boxed().toList());
        }
        return new Schedule.Cycle(cycleAmongWaiting(grouped(courses, course, requires), waiting));
    }

    /** Walks from a course still waiting to a requirement still waiting until a course repeats. */
    private static List<Integer> cycleAmongWaiting(int[][] requirementsOf, int[] waiting) {
        int[] firstVisit = new int[waiting.length];
        Arrays.fill(firstVisit, -1);
        List<Integer> walk = new ArrayList<>();
        int at = 0;
        while (waiting[at] == 0) {
            at++;
        }
        while (firstVisit[at] < 0) {
            firstVisit[at] = walk.size();
            walk.add(at);
            for (int required : requirementsOf[at]) {
                if (waiting[required] > 0) {
                    at = required;
                    break;
                }
            }
        }
        return walk.subList(firstVisit[at], walk.size());
    }

    /** For each key, the values paired with it: two passes of counting, O(V + E). */
    private static int[][] grouped(int keys, int[] key, int[] value) {
        int[] count = new int[keys];
        for (int k : key) {
            count[k]++;
        }
        int[][] groups = new int[keys][];
        for (int k = 0; k < keys; k++) {
            groups[k] = new int[count[k]];
        }
        Arrays.fill(count, 0);
        for (int e = 0; e < key.length; e++) {
            groups[key[e]][count[key[e]]++] = value[e];
        }
        return groups;
    }
}

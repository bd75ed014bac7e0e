package dev.niche.dsa.courseschedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Naive: before taking each course, reads every prerequisite again to see which courses still wait for
 * something, and takes the first free one. Correct, and it never recurses, but V rounds of E reads is O(V x E).
 */
public final class CoursePlanner {
    private CoursePlanner() {
    }

    public static Schedule plan(int courses, List<Prerequisite> prerequisites) {
        if (courses < 0) {
            throw new IllegalArgumentException("courses must not be negative: " + courses);
        }
        Objects.requireNonNull(prerequisites, "prerequisites");
        for (int i = 0; i < prerequisites.size(); i++) {
            Prerequisite p = Objects.requireNonNull(prerequisites.get(i), "prerequisites[" + i + "]");
            if (p.course() < 0 || p.course() >= courses || p.requires() < 0 || p.requires() >= courses) {
                throw new IllegalArgumentException("prerequisites[" + i + "] is out of range");
            }
        }
        boolean[] taken = new boolean[courses];
        List<Integer> order = new ArrayList<>();
        while (order.size() < courses) {
            boolean[] waits = new boolean[courses];
            for (Prerequisite p : prerequisites) {
                if (!taken[p.requires()]) {
                    waits[p.course()] = true;
                }
            }
            int next = -1;
            for (int c = 0; c < courses && next < 0; c++) {
                if (!taken[c] && !waits[c]) {
                    next = c;
                }
            }
            if (next < 0) {
                return new Schedule.Cycle(findCycle(prerequisites, taken));
            }
            taken[next] = true;
            order.add(next);
        }
        return new Schedule.Order(order);
    }

    private static List<Integer> findCycle(List<Prerequisite> prerequisites, boolean[] taken) {
        int at = 0;
        while (taken[at]) {
            at++;
        }
        List<Integer> walk = new ArrayList<>();
        while (!walk.contains(at)) {
            walk.add(at);
            for (Prerequisite p : prerequisites) {
                if (p.course() == at && !taken[p.requires()]) {
                    at = p.requires();
                    break;
                }
            }
        }
        return walk.subList(walk.indexOf(at), walk.size());
    }
}

package dev.niche.dsa.courseschedule;

import java.util.List;

/** What the planner found: an order in which to take every course, or a cycle that makes that impossible. */
public sealed interface Schedule permits Schedule.Order, Schedule.Cycle {

    /** Every course exactly once, each one after every course it requires. */
    record Order(List<Integer> courses) implements Schedule {
        public Order {
            courses = List.copyOf(courses);
        }
    }

    /**
     * Different courses c0, c1, ..., c(k-1) where each one requires the next and the last requires c0, so none
     * of them can ever be taken. A course that requires itself is a cycle of one course.
     */
    record Cycle(List<Integer> courses) implements Schedule {
        public Cycle {
            courses = List.copyOf(courses);
            if (courses.isEmpty()) {
                throw new IllegalArgumentException("a cycle holds at least one course");
            }
        }
    }
}

package dev.niche.dsa.courseschedule;

/** {@code course} cannot be taken before {@code requires} has been taken. */
public record Prerequisite(int course, int requires) {
    @Override
    public String toString() {
        return course + " needs " + requires;
    }
}

package dev.niche.katas.grader.design;

/**
 * One place that breaks a rule.
 *
 * @param offender the simple name of the class at fault (with the member, where there is one)
 * @param detail   what it does, in words a learner can act on
 * @param location {@code File.java:line}, or empty when the compiler kept no line
 */
public record Violation(String offender, String detail, String location) {
    @Override
    public String toString() {
        return offender + " " + detail + (location.isEmpty() ? "" : " (" + location + ")");
    }
}

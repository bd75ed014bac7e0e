package dev.niche.katas.grader;

/** The five kinds of check a kata can have. The board and progress.json say which kind failed. */
public enum CheckKind {
    /** Fixed, readable cases: the specification by example. */
    EXAMPLE,
    /** Randomized cases checked against an oracle or a model. */
    PROPERTY,
    /** The required growth class, measured by timing, by counting operations or by allocation. */
    COMPLEXITY,
    /** Architecture rules and extension tests. */
    DESIGN,
    /** Linearizability, races, deadlock freedom. */
    CONCURRENCY;

    /** The lower-case name used in progress.json. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

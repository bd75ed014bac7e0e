package dev.niche.katas.grader.complexity;

/**
 * What timing can tell apart on a small, noisy machine: a log-log slope falls in one of these bands. Log
 * factors (1 vs log n, n vs n log n) are inside one band; counting operations separates those.
 */
public enum TimingBand {
    SUBLINEAR("sublinear (O(1) or O(log n))", Double.NEGATIVE_INFINITY, 0.6),
    LINEAR("linear (O(n) or O(n log n))", 0.6, 1.5),
    QUADRATIC("quadratic", 1.5, 2.5),
    CUBIC("cubic", 2.5, 3.6),
    EXPONENTIAL("exponential or worse", 3.6, Double.POSITIVE_INFINITY);

    private final String label;
    private final double from;
    private final double below;

    TimingBand(String label, double from, double below) {
        this.label = label;
        this.from = from;
        this.below = below;
    }

    public String label() {
        return label;
    }

    /** The largest slope this band accepts, exclusive. */
    double upperSlope() {
        return below;
    }

    public static TimingBand ofSlope(double slope) {
        for (TimingBand band : values()) {
            if (slope >= band.from && slope < band.below) {
                return band;
            }
        }
        return EXPONENTIAL;
    }

    /** The band in which a class of growth shows when timed. */
    public static TimingBand of(Growth growth) {
        switch (growth) {
            case CONSTANT:
            case LOGARITHMIC:
            case SQRT:
                return SUBLINEAR;
            case LINEAR:
            case LINEARITHMIC:
                return LINEAR;
            case QUADRATIC:
                return QUADRATIC;
            case CUBIC:
                return CUBIC;
            default:
                return EXPONENTIAL;
        }
    }
}

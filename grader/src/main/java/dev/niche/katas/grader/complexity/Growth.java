package dev.niche.katas.grader.complexity;

/**
 * The growth classes a kata can require, in increasing order. Each knows its function g(n), used to fit exact
 * operation counts, and the log-log slope it shows when timed, used to fit noisy timings.
 */
public enum Growth {
    CONSTANT("O(1)", 0.0),
    LOGARITHMIC("O(log n)", 0.0),
    SQRT("O(sqrt n)", 0.5),
    LINEAR("O(n)", 1.0),
    LINEARITHMIC("O(n log n)", 1.0),
    QUADRATIC("O(n^2)", 2.0),
    CUBIC("O(n^3)", 3.0),
    EXPONENTIAL("O(2^n)", Double.POSITIVE_INFINITY),
    FACTORIAL("O(n!)", Double.POSITIVE_INFINITY);

    private final String bigO;
    private final double slope;

    Growth(String bigO, double slope) {
        this.bigO = bigO;
        this.slope = slope;
    }

    /** Big-O notation, e.g. {@code O(n log n)}. */
    public String bigO() {
        return bigO;
    }

    /** The polynomial degree, ignoring log factors; infinite for exponential and factorial growth. */
    double slope() {
        return slope;
    }

    /** g(n), with log taken base 2 and never below 1, so that ratios count / g(n) stay finite. */
    public double at(double n) {
        double log = Math.max(1.0, Math.log(n) / Math.log(2));
        switch (this) {
            case CONSTANT: return 1.0;
            case LOGARITHMIC: return log;
            case SQRT: return Math.sqrt(n);
            case LINEAR: return n;
            case LINEARITHMIC: return n * log;
            case QUADRATIC: return n * n;
            case CUBIC: return n * n * n;
            case EXPONENTIAL: return Math.pow(2, n);
            default: return factorial(n);
        }
    }

    private static double factorial(double n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** Parses {@code O(n log n)}, {@code n log n}, {@code LINEARITHMIC} and the like; names the input if not. */
    public static Growth parse(String text) {
        String t = text.trim().replaceAll("\\s+", " ");
        String inner = t.matches("(?i)O\\(.*\\)") ? t.substring(2, t.length() - 1).trim() : t;
        for (Growth g : values()) {
            String own = g.bigO.substring(2, g.bigO.length() - 1);
            if (own.equalsIgnoreCase(inner) || g.name().equalsIgnoreCase(inner)) {
                return g;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a growth class; use one of "
                + java.util.Arrays.stream(values()).map(Growth::bigO).toList());
    }
}

package dev.niche.katas.grader.complexity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one fitter behind every complexity check.
 * <ul>
 *   <li>Timed points (timing harness or JMH) get a robust log-log slope: the median of the slopes between every
 *       pair of points (Theil-Sen), so one disturbed point cannot move it much. The slope picks a
 *       {@link TimingBand}.</li>
 *   <li>Exact points (operation counts, bytes) get the smallest class g for which value / g(n) does not grow
 *       from the smallest to the largest n. With sizes from 2^8 to 2^16 a log factor doubles that ratio,
 *       which is how n is told from n log n and 1 from log n.</li>
 * </ul>
 */
public final class Fitter {
    /** value / g(n) may grow by at most this factor over the sizes and still count as bounded. */
    static final double BOUNDED_GROWTH = 1.35;
    /** A smaller class wins the offset-free fit if its worst residual is within this share of the best. */
    static final double SHAPE_TOLERANCE = 0.02;

    private Fitter() {
    }

    /** Theil-Sen slope of log(value) against log(n). */
    public static double slope(List<Point> points) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                Point a = points.get(i);
                Point b = points.get(j);
                if (a.n() != b.n()) {
                    slopes.add((log(b.value()) - log(a.value())) / (Math.log(b.n()) - Math.log(a.n())));
                }
            }
        }
        if (slopes.isEmpty()) {
            throw new IllegalArgumentException("a slope needs points at two or more sizes, got " + points);
        }
        double[] sorted = slopes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double log(double value) {
        return Math.log(Math.max(value, 1e-3));
    }

    public static TimingBand band(List<Point> points) {
        return TimingBand.ofSlope(slope(points));
    }

    /**
     * How much value / g(n) grows from the smallest size to the largest. Values under {@code floor} count as
     * the floor (a few bytes of bookkeeping are not growth). Exact values need no smoothing; sizes spanning
     * nmax >= nmin^2 (say 2^8 to 2^16) make a log factor at least double the ratio.
     */
    public static double growthAgainst(List<Point> points, Growth g, double floor) {
        Point first = points.stream().min(Comparator.comparingInt(Point::n)).orElseThrow();
        Point last = points.stream().max(Comparator.comparingInt(Point::n)).orElseThrow();
        double low = Math.max(first.value(), floor) / g.at(first.n());
        double high = Math.max(last.value(), floor) / g.at(last.n());
        return high / low;
    }

    /**
     * Like {@link #exact}, for values that carry an unknown offset (stack depth is measured against a
     * baseline whose own frames vary with the JIT): the class is read from the shape of the rise, not from
     * the size of the values. Constant when the values rise by at most {@code floor}. Otherwise each class g
     * gets a least-squares line value = a g(n) + b, and its worst residual as a share of the rise; the
     * smallest class within {@link #SHAPE_TOLERANCE} of the best share wins, so one disturbed point among
     * several sizes does not change the answer.
     */
    public static Growth exactIgnoringOffset(List<Point> points, double floor) {
        if (points.size() < 3) {
            throw new IllegalArgumentException("a fit that ignores the offset needs three or more sizes, got "
                    + points);
        }
        double min = points.stream().mapToDouble(Point::value).min().orElseThrow();
        double max = points.stream().mapToDouble(Point::value).max().orElseThrow();
        if (max - min <= floor) {
            return Growth.CONSTANT;
        }
        Growth[] candidates = {Growth.LOGARITHMIC, Growth.SQRT, Growth.LINEAR, Growth.LINEARITHMIC,
            Growth.QUADRATIC, Growth.CUBIC, Growth.EXPONENTIAL};
        double[] misfit = new double[candidates.length];
        double best = Double.MAX_VALUE;
        for (int i = 0; i < candidates.length; i++) {
            misfit[i] = worstResidual(points, candidates[i]) / (max - min);
            best = Math.min(best, misfit[i]);
        }
        for (int i = 0; i < candidates.length; i++) {
            if (misfit[i] <= best + SHAPE_TOLERANCE) {
                return candidates[i];
            }
        }
        return Growth.FACTORIAL;
    }

    /** How far the farthest point lies from the least-squares line of value against g(n). */
    private static double worstResidual(List<Point> points, Growth g) {
        double meanX = points.stream().mapToDouble(p -> g.at(p.n())).average().orElseThrow();
        double meanY = points.stream().mapToDouble(Point::value).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = g.at(p.n()) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value() - meanY);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double worst = 0;
        for (Point p : points) {
            double fitted = meanY + slope * (g.at(p.n()) - meanX);
            worst = Math.max(worst, Math.abs(p.value() - fitted));
        }
        return slope > 0 ? worst : Double.MAX_VALUE;
    }

    /** The smallest class that bounds exact points; FACTORIAL when none below it does. */
    public static Growth exact(List<Point> points, double floor) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a fit needs points at two or more sizes, got " + points);
        }
        for (Growth g : Growth.values()) {
            if (growthAgainst(points, g, floor) <= BOUNDED_GROWTH) {
                return g;
            }
        }
        return Growth.FACTORIAL;
    }
}

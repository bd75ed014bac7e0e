package dev.niche.katas.grader.history;

import java.util.stream.LongStream;

/**
 * Which seeds a simulation check runs. Seeds are 1, 2, 3, ... so a failure names a small number that replays it.
 * <ul>
 *   <li>{@code -Dkata.seed=S}: only seed S (to replay a failure and read its trace);</li>
 *   <li>{@code -Dkata.seeds=N}: seeds 1 to N;</li>
 *   <li>otherwise the check's default count, ten times that under {@code -Pbench}.</li>
 * </ul>
 */
public final class Seeds {
    public static final String SEED = "kata.seed";
    public static final String COUNT = "kata.seeds";

    private Seeds() {
    }

    /**
     * @throws IllegalArgumentException if a property is not a number, or the count is below 1
     */
    public static long[] forCheck(int defaultCount) {
        String one = System.getProperty(SEED, "");
        if (!one.isBlank()) {
            return new long[] {parse(SEED, one)};
        }
        boolean bench = Boolean.parseBoolean(System.getProperty("kata.bench", "false"));
        String count = System.getProperty(COUNT, "");
        long n = count.isBlank() ? (bench ? 10L * defaultCount : defaultCount) : parse(COUNT, count);
        if (n < 1) {
            throw new IllegalArgumentException("-D" + COUNT + " must be at least 1, got " + count);
        }
        return LongStream.rangeClosed(1, n).toArray();
    }

    private static long parse(String property, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a whole number, got \"" + value + "\"");
        }
    }
}

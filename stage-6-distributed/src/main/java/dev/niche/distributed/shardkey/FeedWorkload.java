package dev.niche.distributed.shardkey;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Given code: do not change. The posts of two busy days of a social feed, the workload the checks replay: 100 000
 * posts a day. Three celebrities write 4%, 3% and 2% of each day's posts; the other 91% come from 100 000 ordinary
 * users whose activity follows a Zipf law (the user of rank r writes in proportion to r^-0.6, so the busiest of
 * them writes about 0.4% of the ordinary posts). User ids look random, as ids from a large id space do.
 */
public final class FeedWorkload {
    /** The celebrities' user ids; they write 4%, 3% and 2% of the posts, in this order. */
    public static final List<Long> CELEBRITIES = List.of(7_700_000_001L, 7_700_000_002L, 7_700_000_003L);
    /** The days of the workload, as days since 1970-01-01. */
    public static final List<Integer> DAYS = List.of(20_000, 20_001);
    public static final int POSTS_PER_DAY = 100_000;

    private static final double[] CELEBRITY_SHARES = {0.04, 0.03, 0.02};
    private static final int ORDINARY_USERS = 100_000;
    private static final double ZIPF_EXPONENT = 0.6;

    private FeedWorkload() {
    }

    /** The posts of both days, in the order they were written; the same seed always gives the same posts. */
    public static List<Post> posts(long seed) {
        double[] cumulative = zipfCumulative();
        SplittableRandom random = new SplittableRandom(seed);
        List<Post> posts = new ArrayList<>(DAYS.size() * POSTS_PER_DAY);
        long postId = 1;
        for (int day : DAYS) {
            for (int i = 0; i < POSTS_PER_DAY; i++) {
                posts.add(new Post(author(random, cumulative), day, postId++));
            }
        }
        return posts;
    }

    /** The id of the ordinary user of the given popularity rank (0 is the busiest). */
    public static long ordinaryUser(int rank) {
        long z = (rank + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 31)) * 0xD6E8FEB86659FD93L;
        return (z ^ (z >>> 32)) & 0xFF_FFFF_FFFFL | 1L << 40; // in [2^40, 2^41): never a celebrity's id
    }

    private static long author(SplittableRandom random, double[] cumulative) {
        double pick = random.nextDouble();
        for (int c = 0; c < CELEBRITY_SHARES.length; c++) {
            if (pick < CELEBRITY_SHARES[c]) {
                return CELEBRITIES.get(c);
            }
            pick -= CELEBRITY_SHARES[c];
        }
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) { // the first rank whose cumulative weight reaches the target
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ordinaryUser(low);
    }

    private static double[] zipfCumulative() {
        double[] cumulative = new double[ORDINARY_USERS];
        double sum = 0;
        for (int rank = 0; rank < ORDINARY_USERS; rank++) {
            sum += Math.pow(rank + 1, -ZIPF_EXPONENT);
            cumulative[rank] = sum;
        }
        return cumulative;
    }
}

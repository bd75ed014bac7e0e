package dev.niche.distributed.shardkey;

import java.util.Set;

/**
 * Where the feed stores each post, and which shards a reader must ask for one user's posts of one day.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #shardOf} depends only on the post's fields and the constructor's arguments, and is in
 *       {@code [0, shards)};</li>
 *   <li>{@link #shardsFor}{@code (u, d)} contains the shard of every post that user {@code u} writes on day
 *       {@code d};</li>
 *   <li>for an ordinary user it is exactly one shard; for a celebrity at most {@code celebritySpread} shards;</li>
 *   <li>no shard gets much more than its share of a day's posts, celebrities included: the checks replay the
 *       {@link FeedWorkload} on 16 shards with a spread of 8 and want the busiest shard of each day within 1.25
 *       times the day's mean.</li>
 * </ul>
 */
public final class ShardKey {

    /**
     * @param shards the number of shards, numbered from 0
     * @param celebrities the user ids whose posts are too many for one shard
     * @param celebritySpread over how many shards a celebrity's posts of one day may be spread
     * @throws IllegalArgumentException if {@code shards < 1}, {@code celebrities} is null or contains null, or
     *     {@code celebritySpread} is below 1 or above {@code shards} (the message names the argument)
     */
    public ShardKey(int shards, Set<Long> celebrities, int celebritySpread) {
        throw new UnsupportedOperationException("TODO: check and keep the shard count, celebrities and spread");
    }

    /**
     * The shard that stores {@code post}.
     *
     * @throws IllegalArgumentException if {@code post} is null (the message names {@code post})
     */
    public int shardOf(Post post) {
        throw new UnsupportedOperationException("TODO: hash the user and day, salting only celebrities' posts");
    }

    /**
     * The shards to ask for every post of {@code userId} on {@code day}: one for an ordinary user, at most
     * {@code celebritySpread} for a celebrity. The caller may not change the set.
     */
    public Set<Integer> shardsFor(long userId, int day) {
        throw new UnsupportedOperationException("TODO: the shards that shardOf can pick for this user and day");
    }
}

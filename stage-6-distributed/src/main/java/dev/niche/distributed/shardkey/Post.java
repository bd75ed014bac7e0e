package dev.niche.distributed.shardkey;

/**
 * Given code: do not change. One post of the feed: who wrote it, on which day (days since 1970-01-01), and its id,
 * unique and increasing in the order posts were written.
 */
public record Post(long userId, int day, long postId) {
}

/**
 * <h2>Shard key: spread the celebrities, keep everyone else together</h2>
 *
 * <p>A social feed stores posts on 16 database shards. The natural key is the author: {@code hash(userId) % 16}
 * keeps all of a user's posts on one shard, so "show me what Ana wrote today" is one query to one shard. But
 * activity is skewed. Most users post now and then, a few post all day, and three celebrities write 4%, 3% and 2%
 * of everything; with 16 shards the mean shard takes 6.25% of a day's posts, so the shard that holds the top
 * celebrity gets her 4% on top of its ordinary share and runs at about 1.5 times the mean. That shard is the
 * hotspot every other shard waits for.
 *
 * <p>The opposite extreme, a random shard per post, is perfectly balanced and useless for reads: one user's day
 * is then scattered over every shard. The usual middle road is to <em>salt only the hot keys</em>: ordinary users
 * keep one shard per day, and a celebrity's posts of a day are split over a small, fixed group of shards that a
 * reader can compute and ask in parallel.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.shardkey.ShardKey}: the shard of each post, and the shards a reader
 * must ask for one user's day. The list of celebrities is given (in production it comes from monitoring), and so
 * is how many shards a celebrity's day may touch. {@link dev.niche.distributed.shardkey.FeedWorkload} generates the
 * posts the checks replay, so you can measure your own key.
 *
 * <p><b>The checks.</b> Examples and bad input. Then, for 3 seeds of the workload (200 000 posts over two days,
 * 30 seeds under {@code -Pbench}), 16 shards and a celebrity spread of 8: on each day, no shard holds more than
 * 1.25 times the day's mean; for every user and day, the shards the reader asks contain every post of that day,
 * and they are one shard for an ordinary user and at most 8 for a celebrity. A failure names the seed, the day,
 * the hot shard and who filled it.
 */
package dev.niche.distributed.shardkey;

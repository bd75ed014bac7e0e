package dev.niche.distributed.shardkey;

import java.util.Set;

/**
 * The natural key: the author. Every user, celebrity or not, has one shard for all their posts, so every read is a
 * single-shard query, and the shard of the busiest celebrity takes her whole share on top of its own.
 */
public final class ShardKey {
    private final int shards;

    public ShardKey(int shards, Set<Long> celebrities, int celebritySpread) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, got " + shards);
        }
        if (celebrities == null || celebrities.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("celebrities must be a set of user ids without null");
        }
        if (celebritySpread < 1 || celebritySpread > shards) {
            throw new IllegalArgumentException("celebritySpread must be between 1 and " + shards + ", got "
                    + celebritySpread);
        }
        this.shards = shards;
    }

    public int shardOf(Post post) {
        if (post == null) {
            throw new IllegalArgumentException("post must not be null");
        }
        return shardOfUser(post.userId());
    }

    public Set<Integer> shardsFor(long userId, int day) {
        return Set.of(shardOfUser(userId));
    }

    private int shardOfUser(long userId) {
        long z = userId * 0x9E3779B97F4A7C15L;
        return (int) Long.remainderUnsigned(z ^ (z >>> 29), shards);
    }
}

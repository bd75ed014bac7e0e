package dev.niche.distributed.shardkey;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Ordinary users are keyed by user id alone: all their posts, every day, on one shard, so any read of one user is
 * a single-shard query. A celebrity's day gets a group of {@code spread} consecutive shards starting at
 * hash(user, day), and each post picks its place in the group by its id. Consecutive shards are distinct, so the
 * celebrity's load is cut into {@code spread} equal slices (hashing each salt separately would let slices collide
 * on one shard); starting from hash(user, day) moves the group every day, so no shard is the celebrity's forever.
 */
public final class ShardKey {
    private final int shards;
    private final Set<Long> celebrities;
    private final int spread;

    public ShardKey(int shards, Set<Long> celebrities, int celebritySpread) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, got " + shards);
        }
        if (celebrities == null || celebrities.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("celebrities must be a set of user ids without null, got "
                    + celebrities);
        }
        if (celebritySpread < 1 || celebritySpread > shards) {
            throw new IllegalArgumentException("celebritySpread must be between 1 and the " + shards + " shards, got "
                    + celebritySpread);
        }
        this.shards = shards;
        this.celebrities = Set.copyOf(celebrities);
        this.spread = celebritySpread;
    }

    public int shardOf(Post post) {
        if (post == null) {
            throw new IllegalArgumentException("post must not be null");
        }
        if (!celebrities.contains(post.userId())) {
            return shard(mix(post.userId()));
        }
        int slice = (int) Math.floorMod(post.postId(), (long) spread);
        return (groupStart(post.userId(), post.day()) + slice) % shards;
    }

    public Set<Integer> shardsFor(long userId, int day) {
        if (!celebrities.contains(userId)) {
            return Set.of(shard(mix(userId)));
        }
        Set<Integer> group = new LinkedHashSet<>();
        int start = groupStart(userId, day);
        for (int slice = 0; slice < spread; slice++) {
            group.add((start + slice) % shards);
        }
        return Collections.unmodifiableSet(group);
    }

    private int groupStart(long userId, int day) {
        return shard(mix(mix(userId) + day));
    }

    private int shard(long hash) {
        return (int) Long.remainderUnsigned(hash, shards);
    }

    /** Murmur3's 64-bit finalizer: ids that differ in one bit land on unrelated shards. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}

package dev.niche.distributed.shardkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.ManySeeds;
import dev.niche.katas.grader.history.Seeds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "distributed/shard-key", title = "Shard key for a skewed workload with celebrities", order = 10,
        checkpoints = "6.3", naiveViolates = CheckKind.PROPERTY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the order of this file: examples, then balance first
class ShardKeyTest {
    private static final int SHARDS = 16;
    private static final int SPREAD = 8;
    private static final double BOUND = 1.25;
    private static final Set<Long> CELEBRITIES = Set.copyOf(FeedWorkload.CELEBRITIES);
    private static final long STAR = FeedWorkload.CELEBRITIES.get(0);

    // ---- examples ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("shards are in range, and the same post always lands on the same shard")
    void inRangeAndRepeatable() {
        for (int shards : new int[] {1, 7, 16}) {
            ShardKey key = new ShardKey(shards, CELEBRITIES, 1);
            for (int i = 0; i < 500; i++) {
                Post post = new Post(i % 2 == 0 ? FeedWorkload.ordinaryUser(i) : STAR, 20_000 + i % 3, i);
                assertThat(key.shardOf(post)).as("%s on %d shards", post, shards).isBetween(0, shards - 1)
                        .isEqualTo(new ShardKey(shards, CELEBRITIES, 1).shardOf(post));
            }
        }
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an ordinary user's posts of a day are all on the one shard a reader asks")
    void ordinaryUserIsLocal() {
        ShardKey key = new ShardKey(SHARDS, CELEBRITIES, SPREAD);
        for (int rank : new int[] {0, 1, 50, 99_999}) {
            long user = FeedWorkload.ordinaryUser(rank);
            Set<Integer> asked = key.shardsFor(user, 20_000);
            assertThat(asked).as("shardsFor(%d, 20000)", user).hasSize(1);
            for (long postId = 1; postId <= 40; postId++) {
                Post post = new Post(user, 20_000, postId * 977);
                assertThat(asked).as("shardsFor(%d, 20000) must contain the shard of %s", user, post)
                        .contains(key.shardOf(post));
            }
        }
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("with a spread of 1 a celebrity is treated like everyone else: one shard per day")
    void spreadOfOne() {
        ShardKey key = new ShardKey(SHARDS, CELEBRITIES, 1);
        Set<Integer> used = new HashSet<>();
        for (long postId = 1; postId <= 100; postId++) {
            used.add(key.shardOf(new Post(STAR, 20_001, postId)));
        }
        assertThat(used).as("shards of 100 posts of celebrity %d on one day", STAR).hasSize(1);
        assertThat(key.shardsFor(STAR, 20_001)).isEqualTo(used);
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with a message naming it")
    void badInput() {
        assertThatThrownBy(() -> new ShardKey(0, CELEBRITIES, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shards");
        assertThatThrownBy(() -> new ShardKey(4, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("celebrities");
        Set<Long> withNull = new HashSet<>(Arrays.asList(1L, null));
        assertThatThrownBy(() -> new ShardKey(4, withNull, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("celebrities");
        assertThatThrownBy(() -> new ShardKey(4, CELEBRITIES, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("celebritySpread");
        assertThatThrownBy(() -> new ShardKey(4, CELEBRITIES, 5)).as("a spread of 5 over 4 shards")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("celebritySpread");
        assertThatThrownBy(() -> new ShardKey(4, CELEBRITIES, 2).shardOf(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("post");
    }

    // ---- the workload, replayed ----

    @Test
    @Order(5)
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("the feed on 16 shards, spread 8: each day, the busiest shard holds at most 1.25 times the mean"
            + " (3 seeds)")
    void balance() {
        ShardKey key = new ShardKey(SHARDS, CELEBRITIES, SPREAD);
        for (long seed : Seeds.forCheck(3)) {
            List<Post> posts = FeedWorkload.posts(seed);
            for (int day : FeedWorkload.DAYS) {
                List<Post> ofDay = posts.stream().filter(p -> p.day() == day).toList();
                int[] load = new int[SHARDS];
                ofDay.forEach(post -> load[key.shardOf(post)]++);
                int hot = 0;
                for (int shard = 1; shard < SHARDS; shard++) {
                    hot = load[shard] > load[hot] ? shard : hot;
                }
                double mean = (double) ofDay.size() / SHARDS;
                if (load[hot] > BOUND * mean) {
                    int hotShard = hot;
                    throw new AssertionError(String.format("seed %d, day %d: shard %d holds %d posts, %.2f times the"
                            + " mean of %.0f (the bound is %.2f).%n  its biggest writers: %s%n  posts per shard: %s"
                            + "%n  replay: -Dkata.seed=%d", seed, day, hot, load[hot], load[hot] / mean, mean, BOUND,
                            topWriters(ofDay, post -> key.shardOf(post) == hotShard), Arrays.toString(load), seed));
                }
            }
        }
    }

    @Test
    @Order(6)
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("a user's day is found where it was written: 1 shard for an ordinary user, at most 8 for a"
            + " celebrity (3 seeds)")
    void locality() {
        ShardKey key = new ShardKey(SHARDS, CELEBRITIES, SPREAD);
        for (long seed : Seeds.forCheck(3)) {
            Map<Long, Map<Integer, Set<Integer>>> asked = new HashMap<>();
            for (Post post : FeedWorkload.posts(seed)) {
                Set<Integer> shards = asked.computeIfAbsent(post.userId(), user -> new HashMap<>())
                        .computeIfAbsent(post.day(), day -> shardsFor(key, post.userId(), day, seed));
                int shard = key.shardOf(post);
                if (!shards.contains(shard)) {
                    throw new AssertionError(String.format("seed %d: %s is stored on shard %d, but shardsFor(%d, %d)"
                            + " = %s, so a reader of that day would miss it", seed, post, shard, post.userId(),
                            post.day(), shards));
                }
            }
        }
    }

    // ---- helpers ----

    private static Set<Integer> shardsFor(ShardKey key, long user, int day, long seed) {
        Set<Integer> shards = key.shardsFor(user, day);
        boolean celebrity = CELEBRITIES.contains(user);
        int allowed = celebrity ? SPREAD : 1;
        if (shards.isEmpty() || shards.size() > allowed) {
            throw new AssertionError(String.format("seed %d: shardsFor(%d, %d) = %s; %s day must be read from %s",
                    seed, user, day, shards, celebrity ? "a celebrity's" : "an ordinary user's",
                    celebrity ? "1 to " + SPREAD + " shards" : "exactly one shard"));
        }
        return shards;
    }

    private static String topWriters(List<Post> posts, Predicate<Post> onShard) {
        Map<Long, Long> counts = posts.stream().filter(onShard)
                .collect(Collectors.groupingBy(Post::userId, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed()).limit(4)
                .map(e -> "user " + e.getKey() + (CELEBRITIES.contains(e.getKey()) ? " (celebrity)" : "") + ": "
                        + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

package dev.niche.foundations.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Naive variant: right answers, wrong costs. Scores live in a hash map, so an update is O(1), but every topK and
 * every rank sorts all n players first: O(n log n) comparisons per query, where O(log n) was required.
 */
public final class Leaderboard {
    private final Comparator<Entry> order;
    private final Map<String, Long> scores = new HashMap<>();

    public Leaderboard(Comparator<Entry> order) {
        this.order = Objects.requireNonNull(order, "order must not be null");
    }

    public void update(String player, long score) {
        scores.put(Objects.requireNonNull(player, "player must not be null"), score);
    }

    public List<Entry> topK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got k = " + k);
        }
        List<Entry> ranked = ranked();
        return new ArrayList<>(ranked.subList(0, Math.min(k, ranked.size())));
    }

    public int rank(String player) {
        Objects.requireNonNull(player, "player must not be null");
        Long score = scores.get(player);
        if (score == null) {
            throw new NoSuchElementException("no player named '" + player + "' on the board");
        }
        return ranked().indexOf(new Entry(player, score)) + 1;
    }

    public int size() {
        return scores.size();
    }

    private List<Entry> ranked() {
        List<Entry> entries = new ArrayList<>();
        scores.forEach((player, score) -> entries.add(new Entry(player, score)));
        entries.sort(order);
        return entries;
    }
}

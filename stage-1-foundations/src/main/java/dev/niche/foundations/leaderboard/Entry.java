package dev.niche.foundations.leaderboard;

import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a leaderboard: a player and their current score.
 *
 * @param player the player's name, not null
 * @param score  the player's current score
 */
public record Entry(String player, long score) {

    /**
     * The usual ranking: the higher score first; between equal scores, the player whose name comes first in
     * {@link String#compareTo} order. Two entries of different players never compare equal.
     */
    public static final Comparator<Entry> BEST_FIRST =
            Comparator.comparingLong(Entry::score).reversed().thenComparing(Entry::player);

    public Entry {
        Objects.requireNonNull(player, "player must not be null");
    }
}

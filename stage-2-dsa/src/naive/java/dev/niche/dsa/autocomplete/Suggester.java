package dev.niche.dsa.autocomplete;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Naive: keeps the words in a set and reads every one of them on each query. Correct, but O(number of words). */
public final class Suggester {
    private final Set<String> words = new HashSet<>();

    public Suggester() {
    }

    public void add(String word) {
        requireLetters(word, "word");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("word must not be empty");
        }
        words.add(word);
    }

    public List<String> suggest(String prefix, int k) {
        requireLetters(prefix, "prefix");
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got " + k);
        }
        List<String> matches = new ArrayList<>();
        for (String word : words) {
            if (word.startsWith(prefix)) {
                matches.add(word);
            }
        }
        matches.sort(null);
        return matches.subList(0, Math.min(k, matches.size()));
    }

    private static void requireLetters(String text, String name) {
        Objects.requireNonNull(text, name);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                throw new IllegalArgumentException(name + " may hold only the letters a to z, but \"" + text
                        + "\" has '" + c + "' at index " + i);
            }
        }
    }
}

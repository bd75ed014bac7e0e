package dev.niche.dsa.autocomplete;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reference: a tree of letters. Each node stands for the start of a word, its children for that start with one
 * more letter, kept in alphabetical order; a node is marked where a stored word ends. The words that start with
 * a prefix are exactly the marks below the prefix's node, and visiting children in letter order (a node before
 * its children) meets them in alphabetical order. Every node visited lies on the way to a word that is returned,
 * because every node leads to a stored word, so a query never looks at the rest of the dictionary.
 */
public final class Suggester {
    private static final int LETTERS = 26;

    private static final class Node {
        final Node[] next = new Node[LETTERS];
        boolean endsWord;
    }

    private final Node root = new Node();

    public Suggester() {
    }

    public void add(String word) {
        requireLetters(word, "word");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("word must not be empty");
        }
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            int letter = word.charAt(i) - 'a';
            if (node.next[letter] == null) {
                node.next[letter] = new Node();
            }
            node = node.next[letter];
        }
        node.endsWord = true;
    }

    public List<String> suggest(String prefix, int k) {
        requireLetters(prefix, "prefix");
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got " + k);
        }
        List<String> words = new ArrayList<>(Math.min(k, 64));
        Node node = root;
        for (int i = 0; i < prefix.length() && node != null; i++) {
            node = node.next[prefix.charAt(i) - 'a'];
        }
        if (node != null && k > 0) {
            collect(node, new StringBuilder(prefix), k, words);
        }
        return words;
    }

    /** Adds the words at and below {@code node}, spelled {@code spelling}, in order until there are k. */
    private static void collect(Node node, StringBuilder spelling, int k, List<String> words) {
        if (node.endsWord) {
            words.add(spelling.toString());
        }
        for (int letter = 0; letter < LETTERS && words.size() < k; letter++) {
            if (node.next[letter] != null) {
                spelling.append((char) ('a' + letter));
                collect(node.next[letter], spelling, k, words);
                spelling.setLength(spelling.length() - 1);
            }
        }
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

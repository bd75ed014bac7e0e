package dev.niche.dsa.autocomplete;

import java.util.List;

/**
 * Suggestions for a search box.
 *
 * <p>A search box suggests words as the user types. Its dictionary grows while the service runs, up to millions
 * of words, and after every keystroke the box shows at most k of the stored words that begin with what the user
 * has typed so far, the alphabetically first ones. A keystroke must be answered in the same time whether the
 * dictionary holds a thousand words or a million.
 *
 * <h2>Contract</h2>
 * Words are non-empty and made of the lowercase letters 'a' to 'z' only.
 * <ul>
 *   <li>{@code add(word)} stores a word; adding a word that is already stored changes nothing.</li>
 *   <li>{@code suggest(prefix, k)} returns the stored words that start with {@code prefix} (a word equal to the
 *       prefix counts), in alphabetical order ({@link String#compareTo}), the first {@code k} of them if there
 *       are more. The prefix may be empty: every word starts with it. {@code k = 0} returns an empty list.</li>
 * </ul>
 * For the words car, cart, care, cat and dog, {@code suggest("car", 5)} is [car, care, cart] and
 * {@code suggest("ca", 2)} is [car, care].
 *
 * <h2>Required complexity (L = length of the word, p = length of the prefix)</h2>
 * {@code add}: O(L). {@code suggest}: O(p + the total length of the words it returns), whatever the number of
 * stored words; reading every stored word on each keystroke is far too slow. The grader times one
 * {@code suggest} on dictionaries of 2^8 to 2^15 words and requires the time not to grow with their number.
 *
 * <h2>Bad input</h2>
 * A null word or prefix throws {@link NullPointerException} naming "word" or "prefix". An empty word, or a word
 * with any character outside 'a'..'z', throws {@link IllegalArgumentException} naming "word"; a prefix with such
 * a character throws one naming "prefix". A negative k throws {@link IllegalArgumentException} naming k and its
 * value. A rejected call changes nothing.
 */
public final class Suggester {

    /** An empty dictionary. */
    public Suggester() {
        throw new UnsupportedOperationException("TODO: set up an empty dictionary");
    }

    /** Stores {@code word}, unless it is stored already. */
    public void add(String word) {
        throw new UnsupportedOperationException("TODO: store the word so that words sharing a start share work");
    }

    /** At most {@code k} stored words that start with {@code prefix}, alphabetically first. */
    public List<String> suggest(String prefix, int k) {
        throw new UnsupportedOperationException(
                "TODO: find where the prefix leads, then collect words in alphabetical order until you have k");
    }
}

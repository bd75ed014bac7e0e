package dev.niche.foundations.dropconstants;

/**
 * Drop constants and lower-order terms: reduce a cost such as {@code 3n^2 + 10n log n + 7} to the one term
 * that decides how it grows, {@code n^2}.
 *
 * <h2>Input</h2>
 * A sum of terms in n, written with this grammar:
 * <pre>
 * expression  = term { "+" term }
 * term        = coefficient | [ coefficient ] factor { factor }
 * coefficient = a positive integer in decimal, any number of digits, no leading zero: 7, 10, 250000
 * factor      = "n" | "n^" k | "log n" | "sqrt n" | "2^n" | "n!"
 * k           = an int from 2 up to 2147483647, no leading zero: n^2, n^10 (write n, not n^1)
 * </pre>
 * <ul>
 *   <li>Spaces (the character ' ') may appear around each '+' and at both ends. Factors are separated by one
 *       or more spaces, and so are "log" and "sqrt" from their "n". There are no spaces inside
 *       {@code n^k}, {@code 2^n} or {@code n!}.</li>
 *   <li>The coefficient comes first and may touch its first factor ({@code 3n^2}, {@code 10n log n},
 *       {@code 5 log n}), except before {@code 2^n}, where a space is needed ({@code 3 2^n}; {@code 32^n} is
 *       malformed).</li>
 *   <li>Within a term, factors may come in any order, but each kind at most once: a power of n
 *       ({@code n} or {@code n^k}), {@code sqrt n}, {@code log n}, {@code 2^n}, {@code n!}. So
 *       {@code log n n} is fine (it is n log n), while {@code n n} and {@code n^2 n} are malformed.</li>
 *   <li>A term without factors is a constant. A term without a coefficient has coefficient 1.</li>
 * </ul>
 *
 * <h2>Output</h2>
 * The dominant term: the one that grows fastest as n grows without bound, whatever the coefficients are (a
 * term f dominates g when f(n) / g(n) grows without bound). Its coefficient is dropped. Terms that grow alike
 * are the same term once their coefficients are gone, so {@code 3n + 5n} simplifies to {@code n}.
 *
 * <p>The answer is spelled in one canonical way:
 * <ul>
 *   <li>{@code "1"} for a constant;</li>
 *   <li>otherwise the term's factors, in this order, separated by one space: the power of n ({@code n} or
 *       {@code n^k}), {@code sqrt n}, {@code log n}, {@code 2^n}, {@code n!}. For example {@code "n log n"},
 *       {@code "n^2 log n"}, {@code "n sqrt n"}, {@code "n 2^n"}.</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>null: {@link NullPointerException} whose message names {@code expression}.</li>
 *   <li>Anything the grammar does not allow: {@link IllegalArgumentException} whose message quotes, in double
 *       quotes, the whole input and the offending term as written between its '+' signs without the spaces
 *       around it. For {@code 3n^2 + 5m} that could be {@code malformed term "5m" in "3n^2 + 5m": ...}; the
 *       wording around the two quoted parts is yours. When a term is empty (a blank input, or nothing on one
 *       side of a '+'), the message quotes the whole input and contains the words {@code empty term}.</li>
 * </ul>
 *
 * <h2>Required complexity</h2>
 * O(L) time and space, L = the length of the input.
 */
public final class DominantTerm {
    private DominantTerm() {
    }

    /**
     * The dominant term of {@code expression}, without its coefficient, in canonical spelling.
     *
     * @param expression a sum of terms, for example {@code "3n^2 + 10n log n + 7"}
     * @return the dominant term, for example {@code "n^2"}
     */
    public static String simplify(String expression) {
        throw new UnsupportedOperationException("TODO: parse each term, keep the one that grows fastest, and spell it without its coefficient");
    }
}

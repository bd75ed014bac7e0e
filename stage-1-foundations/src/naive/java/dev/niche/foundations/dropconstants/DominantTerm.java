package dev.niche.foundations.dropconstants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Drop constants and lower-order terms: reduce a cost such as {@code 3n^2 + 10n log n + 7} to the one term
 * that decides how it grows, {@code n^2}.
 *
 * <p>Naive variant: the dominant term is taken to be the one with the highest power of n, as if log n, sqrt n,
 * 2^n and n! were lower-order decorations; on a tie the first such term wins. It gets {@code 3n^2 + 10n log n + 7}
 * right, but not {@code n + n log n} or {@code n^3 + 2^n}.
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
        Objects.requireNonNull(expression, "expression must not be null");
        Term dominant = null;
        for (String term : expression.split("\\+", -1)) {
            Term parsed = Term.parse(term.trim(), expression);
            if (dominant == null || parsed.growsFasterThan(dominant)) {
                dominant = parsed;
            }
        }
        return dominant.spelling();
    }

    /**
     * A term without its coefficient. {@code halfPowers} is twice the exponent of n, so that sqrt n counts
     * as one half: n^2 sqrt n has halfPowers 5.
     */
    private record Term(boolean factorial, boolean exponential, long halfPowers, boolean log) {

        boolean growsFasterThan(Term other) {
            return halfPowers / 2 > other.halfPowers / 2;
        }

        String spelling() {
            List<String> factors = new ArrayList<>();
            long power = halfPowers / 2;
            if (power == 1) {
                factors.add("n");
            } else if (power > 1) {
                factors.add("n^" + power);
            }
            if (halfPowers % 2 == 1) {
                factors.add("sqrt n");
            }
            if (log) {
                factors.add("log n");
            }
            if (exponential) {
                factors.add("2^n");
            }
            if (factorial) {
                factors.add("n!");
            }
            return factors.isEmpty() ? "1" : String.join(" ", factors);
        }

        /** Parses one trimmed term of {@code expression}. */
        static Term parse(String text, String expression) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty term in \"" + expression
                        + "\": every '+' needs a term on both sides");
            }
            List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" +")));
            String first = tokens.get(0);
            if (Character.isDigit(first.charAt(0)) && !first.equals("2^n")) {
                int end = 0;
                while (end < first.length() && Character.isDigit(first.charAt(end))) {
                    end++;
                }
                if (first.charAt(0) == '0') {
                    throw malformed(text, expression, "a coefficient is a positive integer without a leading zero");
                }
                tokens.remove(0);
                if (end < first.length()) {
                    tokens.add(0, first.substring(end));
                }
            }
            long power = 0;
            boolean sqrt = false;
            boolean log = false;
            boolean exponential = false;
            boolean factorial = false;
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (token.equals("log") || token.equals("sqrt")) {
                    if (i + 1 == tokens.size() || !tokens.get(i + 1).equals("n")) {
                        throw malformed(text, expression, "\"" + token + "\" must be followed by \" n\"");
                    }
                    i++;
                    if (token.equals("log")) {
                        log = once(log, text, expression);
                    } else {
                        sqrt = once(sqrt, text, expression);
                    }
                } else if (token.equals("n") || token.startsWith("n^")) {
                    once(power > 0, text, expression);
                    power = token.equals("n") ? 1 : exponent(token.substring(2), text, expression);
                } else if (token.equals("2^n")) {
                    exponential = once(exponential, text, expression);
                } else if (token.equals("n!")) {
                    factorial = once(factorial, text, expression);
                } else {
                    throw malformed(text, expression, "\"" + token + "\" is not a factor"
                            + " (n, n^k, log n, sqrt n, 2^n or n!)");
                }
            }
            return new Term(factorial, exponential, 2 * power + (sqrt ? 1 : 0), log);
        }

        /** Marks a kind of factor as seen, refusing it if the term already has one. */
        private static boolean once(boolean alreadySeen, String text, String expression) {
            if (alreadySeen) {
                throw malformed(text, expression, "a term holds each kind of factor at most once"
                        + " (one power of n, such as n^3, at most one log n, ...)");
            }
            return true;
        }

        private static int exponent(String digits, String text, String expression) {
            if (!digits.matches("[1-9][0-9]*")) {
                throw malformed(text, expression, "the exponent in n^k is a whole number without a leading zero");
            }
            int k;
            try {
                k = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw malformed(text, expression, "the exponent " + digits + " does not fit in an int");
            }
            if (k < 2) {
                throw malformed(text, expression, "write n instead of n^" + k);
            }
            return k;
        }
    }

    private static IllegalArgumentException malformed(String term, String expression, String reason) {
        return new IllegalArgumentException("malformed term \"" + term + "\" in \"" + expression + "\": " + reason);
    }
}

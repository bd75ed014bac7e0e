package dev.niche.lld.overengineered;

import java.util.Optional;

/** A link shortener. Given code: do not change it; the tests drive this interface. */
public interface Shortener {
    /**
     * The code for {@code url}: lowercase letters and digits, the same for the same url, different for different
     * urls.
     *
     * @throws NullPointerException     naming {@code url} when it is null
     * @throws IllegalArgumentException naming {@code url} when it is blank
     */
    String shorten(String url);

    /**
     * The url this shortener gave {@code code} to, or empty when it never handed out {@code code}.
     *
     * @throws NullPointerException naming {@code code} when it is null
     */
    Optional<String> resolve(String code);
}

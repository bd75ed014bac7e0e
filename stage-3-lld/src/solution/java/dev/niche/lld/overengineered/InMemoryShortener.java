package dev.niche.lld.overengineered;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference: one class that keeps the links of one shortener and numbers them itself. The counter is an instance
 * field, so two shorteners never share state; when a second code scheme is requested, extract an interface then.
 */
final class InMemoryShortener implements Shortener {
    private final Map<String, String> codeByUrl = new HashMap<>();
    private final Map<String, String> urlByCode = new HashMap<>();
    private long next = 1;

    @Override
    public String shorten(String url) {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
        return codeByUrl.computeIfAbsent(url, u -> {
            String code = Long.toString(next++, 36);
            urlByCode.put(code, u);
            return code;
        });
    }

    @Override
    public Optional<String> resolve(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(urlByCode.get(code));
    }
}

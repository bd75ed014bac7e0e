package dev.niche.lld.overengineered;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Keeps the links of one shortener in memory; codes come from a {@link CodeGenerator}. */
final class InMemoryShortener implements Shortener {
    private final CodeGenerator codes;
    private final Map<String, String> codeByUrl = new HashMap<>();
    private final Map<String, String> urlByCode = new HashMap<>();

    InMemoryShortener(CodeGenerator codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public String shorten(String url) {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
        return codeByUrl.computeIfAbsent(url, u -> {
            String code = codes.nextCode();
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

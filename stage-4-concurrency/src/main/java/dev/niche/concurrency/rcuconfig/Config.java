package dev.niche.concurrency.rcuconfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Given code: do not change. One immutable version of a service's settings. Every field is final and the map is
 * an unmodifiable copy, so a {@code Config} can be shared between threads freely once it is published: nobody
 * can change it, they can only build a new one from it.
 *
 * @param version  the number of updates that led to this config (0 for the first one)
 * @param settings the settings by name; never null, never modified
 */
public record Config(long version, Map<String, String> settings) {
    /**
     * @throws IllegalArgumentException if {@code version} is negative
     * @throws NullPointerException     if {@code settings}, or a name or value in it, is null
     */
    public Config {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
    }

    /** Version 0 with no settings. */
    public static Config empty() {
        return new Config(0, Map.of());
    }

    /** The value of setting {@code name}, or null when it is not set. */
    public String get(String name) {
        return settings.get(name);
    }

    /** A copy of this config with setting {@code name} set to {@code value}; this config is unchanged. */
    public Config with(String name, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(name, value);
        return new Config(version, changed);
    }

    /** A copy of this config with another version number; this config is unchanged. */
    public Config withVersion(long newVersion) {
        return new Config(newVersion, settings);
    }
}

package dev.niche.concurrency.rcuconfig;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Holds the current config. Naive variant: one lock for readers and writers. Correct, but a reader waits
 * for any update in progress, however slow, and every request thread queues on the same monitor.
 */
public class ConfigHolder {
    private Config current;

    public ConfigHolder(Config initial) {
        current = Objects.requireNonNull(initial, "initial");
    }

    public synchronized Config current() {
        return current;
    }

    public synchronized Config update(UnaryOperator<Config> change) {
        Objects.requireNonNull(change, "change");
        Config changed = Objects.requireNonNull(change.apply(current), "the config returned by change");
        current = changed.withVersion(current.version() + 1);
        return current;
    }
}

package dev.niche.concurrency.rcuconfig;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Holds the current {@link Config} of a service: read on every request by many threads, updated rarely.
 *
 * <p>Read-copy-update: the config is immutable, so publishing a new one is swapping one reference. Readers
 * do a single volatile read of that reference (wait-free: no lock, no retry), and the happens-before edge of
 * the volatile write hands them a fully built config. A writer copies the current config, changes the copy,
 * and swaps it in with {@code compareAndSet}; if another writer got there first, the swap fails and the change
 * is applied again to the newer config, so no update is lost. No lock is held while {@code change} runs, so a
 * slow change delays nobody but its own caller. The old config is reclaimed by the garbage collector once the
 * last reader drops it: in Java, the collector does RCU's hardest part (knowing when no reader is left).
 */
public class ConfigHolder {
    private final AtomicReference<Config> published;

    /**
     * A holder whose current config is {@code initial}.
     *
     * @throws NullPointerException if {@code initial} is null (the message names {@code initial})
     */
    public ConfigHolder(Config initial) {
        published = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The config most recently published. Never blocks. */
    public Config current() {
        return published.get();
    }

    /**
     * Applies {@code change} to the current config and publishes the result, numbered with the current
     * config's version plus one. Retries on a newer config when another update was published in between.
     *
     * @return the config this update published
     * @throws NullPointerException if {@code change} is null, or if it returns null; nothing is published then
     * @throws RuntimeException     whatever {@code change} throws, unchanged; nothing is published then
     */
    public Config update(UnaryOperator<Config> change) {
        Objects.requireNonNull(change, "change");
        while (true) {
            Config base = published.get();
            Config changed = Objects.requireNonNull(change.apply(base), "the config returned by change");
            Config next = changed.withVersion(base.version() + 1);
            if (published.compareAndSet(base, next)) {
                return next;
            }
        }
    }
}

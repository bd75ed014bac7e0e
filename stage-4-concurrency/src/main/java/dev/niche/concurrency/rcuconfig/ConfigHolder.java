package dev.niche.concurrency.rcuconfig;

import java.util.function.UnaryOperator;

/**
 * Holds the current {@link Config} of a service: read on every request by many threads, updated rarely.
 *
 * <p>Thread safety: every method may be called from any thread at any time.
 * <ul>
 *   <li>{@link #current()} never blocks and never waits for an update in progress, however slow that update
 *       is: it returns the config most recently published, whole. A reader never sees part of an update.</li>
 *   <li>{@link #update} builds the next config from the current one and publishes it in one atomic step.
 *       Concurrent updates never lose each other: each one is applied exactly once, to the config published
 *       just before it, and gets the next version number.</li>
 * </ul>
 */
public class ConfigHolder {

    /**
     * A holder whose current config is {@code initial}.
     *
     * @throws NullPointerException if {@code initial} is null (the message names {@code initial})
     */
    public ConfigHolder(Config initial) {
        throw new UnsupportedOperationException("TODO: publish the initial config");
    }

    /** The config most recently published. Never blocks. */
    public Config current() {
        throw new UnsupportedOperationException("TODO: return the published config without blocking");
    }

    /**
     * Applies {@code change} to the current config and publishes the result, numbered with the current
     * config's version plus one (whatever version {@code change} returned). If another update is published in
     * between, {@code change} is applied again, to that newer config: it may run more than once, so it must
     * not have side effects. Readers keep getting the previous config until the new one is published.
     *
     * @return the config this update published
     * @throws NullPointerException if {@code change} is null (the message names {@code change}), or if it
     *                              returns null (the message names the result); nothing is published then
     * @throws RuntimeException     whatever {@code change} throws, unchanged; nothing is published then
     */
    public Config update(UnaryOperator<Config> change) {
        throw new UnsupportedOperationException("TODO: copy, change and publish atomically");
    }
}

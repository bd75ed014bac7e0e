/**
 * <b>Read-copy-update holder: wait-free readers</b> (checkpoint 4.3: explain how hazard pointers and RCU
 * address reclamation).
 *
 * <p>A gateway reads its routing and limit settings on every request, thousands of times a second, from many
 * threads; an operator changes them a few times a day. Guarding the settings with a lock makes every request
 * pay for a lock, and makes all of them wait while an update runs. Changing the settings in place without one
 * lets a request see half an update: the new limit with the old route.
 *
 * <p>Read-copy-update avoids both. The settings live in an immutable {@link dev.niche.concurrency.rcuconfig.Config}.
 * Readers take the current one and use it as long as they like; nobody will change it under them. A writer
 * copies the current config, changes the copy, and publishes it with one atomic step; readers that already
 * hold the old config keep it, readers that come later get the new one. In C, the hard part of RCU is
 * knowing when the last reader of an old version is gone so its memory can be freed; in Java, the garbage
 * collector does that.
 *
 * <p><b>Your task:</b> build {@link dev.niche.concurrency.rcuconfig.ConfigHolder} ({@code Config} is given).
 *
 * <p>The checks: examples on one thread (versions, bad input, a change that throws); a stress run where
 * readers check every config they read (all its settings must belong to its version, versions never go back)
 * while writers update (zero torn reads, and every update applied exactly once: the versions the updates
 * return are exactly 1 to n); and a slow update: its change waits until readers have made a thousand reads each, so a
 * reader that waits for the writer never gets there, and the run reports where the readers are stuck.
 */
package dev.niche.concurrency.rcuconfig;

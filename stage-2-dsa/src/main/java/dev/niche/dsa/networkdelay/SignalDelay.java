package dev.niche.dsa.networkdelay;

/**
 * When has every server heard the news?
 *
 * <p>Servers numbered 0 to {@code nodes - 1} are joined by one-way links, each with a delay: a message sent
 * over the link {@code {u, v, d}} at time t arrives at v at time t + d. At time 0 server {@code source} sends
 * an alert on all its outgoing links, and every server that receives the alert for the first time forwards it
 * at once on all of its own. How long until the last server hears it?
 *
 * <h2>Contract</h2>
 * {@code timeToReachAll(nodes, links, source)} returns the earliest time at which every server has received
 * the alert (the source has it at time 0, so one server alone answers 0), or -1 when some server can never
 * receive it. {@code links[i] = {from, to, delay}}. Links are one-way; several links may join the same two
 * servers, and a link may lead from a server back to itself. The array is not modified.
 *
 * <h2>Constraints and required complexity (V = nodes, E = links)</h2>
 * V up to 100,000 and E up to 400,000; delays go from 0 to {@link Integer#MAX_VALUE}, so times need a
 * {@code long}. Anything that takes V x V steps (10^10) is far too slow: the time must be O((V + E) log V),
 * with O(V + E) extra space. The grader times calls on sparse networks (E = 4V) of growing size: the time
 * must grow like V log V, not like V^2.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>{@code nodes < 1}: {@link IllegalArgumentException} naming {@code "nodes"};</li>
 *   <li>{@code source} outside 0 to {@code nodes - 1}: {@link IllegalArgumentException} naming
 *       {@code "source"};</li>
 *   <li>a null {@code links} or a null link: {@link NullPointerException} naming it ({@code "links"},
 *       {@code "links[4]"});</li>
 *   <li>a link that is not three numbers, names a server outside 0 to {@code nodes - 1}, or has a negative
 *       delay: {@link IllegalArgumentException} naming it, e.g. {@code "links[4]"}.</li>
 * </ul>
 */
public final class SignalDelay {
    private SignalDelay() {
    }

    /** The time at which the last server hears an alert sent by {@code source} at time 0, or -1 if one never does. */
    public static long timeToReachAll(int nodes, int[][] links, int source) {
        throw new UnsupportedOperationException("TODO: find when each server first hears the alert, then the latest of those times");
    }
}

package dev.niche.distributed.sim;

/**
 * One client call as the simulation recorded it. Given code: do not change.
 *
 * @param client   who called
 * @param node     the node the request went to
 * @param request  what was asked
 * @param response the answer, or {@code null} if none came before the timeout
 * @param start    when the request was sent, in simulated milliseconds
 * @param end      when the answer arrived; {@link Long#MAX_VALUE} if none came (the call may still take effect)
 */
public record Call(Address client, Address node, Object request, Object response, long start, long end) {

    /** Whether an answer came. */
    public boolean answered() {
        return end != Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return client + " -> " + node + " " + request + " => " + (answered() ? response + " [" + start + ", " + end
                + "] ms" : "(no answer) [" + start + ", ...] ms");
    }
}

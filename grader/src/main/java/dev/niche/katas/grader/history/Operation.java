package dev.niche.katas.grader.history;

/**
 * One client operation of a recorded history: what was asked, what came back, and when.
 *
 * @param client which client issued it (each client has at most one operation open at a time)
 * @param input  the request, e.g. {@code write(x, 3)} or {@code read(x)}
 * @param output the response, or {@code null} when none came (a timeout: the operation may or may not have
 *               taken effect, and may take effect at any time after its call)
 * @param call   when it was invoked
 * @param ret    when its response arrived; {@link Long#MAX_VALUE} when none came
 */
public record Operation<I, O>(int client, I input, O output, long call, long ret) {

    public Operation {
        if (ret < call) {
            throw new IllegalArgumentException("operation " + input + " of client " + client + " returns at " + ret
                    + ", before its call at " + call);
        }
    }

    /** An operation that never got its response. */
    public static <I, O> Operation<I, O> pending(int client, I input, long call) {
        return new Operation<>(client, input, null, call, Long.MAX_VALUE);
    }

    /** Whether a response came. */
    public boolean completed() {
        return ret != Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "client " + client + ": " + input + " -> " + (completed() ? output : "(no response)") + "  ["
                + call + ", " + (completed() ? String.valueOf(ret) : "...") + "]";
    }
}

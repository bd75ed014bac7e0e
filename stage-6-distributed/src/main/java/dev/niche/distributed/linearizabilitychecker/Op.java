package dev.niche.distributed.linearizabilitychecker;

/**
 * One operation on the shared register. Given code: do not change.
 *
 * @param client which client called it; a client has at most one operation open at a time
 * @param write  true for a write, false for a read
 * @param value  the value written, or the value the read returned
 * @param call   when it was called
 * @param ret    when its answer came; {@link #NO_ANSWER} if none came
 */
public record Op(int client, boolean write, long value, long call, long ret) {

    /** The return time of an operation that never got an answer. */
    public static final long NO_ANSWER = Long.MAX_VALUE;

    public Op {
        if (ret < call) {
            throw new IllegalArgumentException("client " + client + "'s " + (write ? "write" : "read") + " returns at "
                    + ret + ", before its call at " + call);
        }
    }

    /** A write of {@code value} by {@code client} over {@code [call, ret]}. */
    public static Op write(int client, long value, long call, long ret) {
        return new Op(client, true, value, call, ret);
    }

    /** A read by {@code client} over {@code [call, ret]} that returned {@code value}. */
    public static Op read(int client, long value, long call, long ret) {
        return new Op(client, false, value, call, ret);
    }

    /** A write of {@code value} called at {@code call} that never got an answer. */
    public static Op unansweredWrite(int client, long value, long call) {
        return new Op(client, true, value, call, NO_ANSWER);
    }

    /** Whether an answer came. */
    public boolean answered() {
        return ret != NO_ANSWER;
    }

    @Override
    public String toString() {
        return "c" + client + " " + (write ? "write(" + value + ")" : "read() -> " + value) + " ["
                + call + ", " + (answered() ? String.valueOf(ret) : "no answer") + "]";
    }
}

package dev.niche.distributed.consistencyclassifier;

/**
 * One operation on a key-value store of registers, each starting at 0. Given code: do not change.
 *
 * @param client who called it; a client calls one operation at a time, in the order it appears
 * @param key    the register
 * @param write  true for a write, false for a read
 * @param value  the value written, or the value the read returned
 * @param call   when it was called
 * @param ret    when it returned
 */
public record Op(String client, String key, boolean write, long value, long call, long ret) {

    /** A write of {@code value} to {@code key} over {@code [call, ret]}. */
    public static Op w(String client, String key, long value, long call, long ret) {
        return new Op(client, key, true, value, call, ret);
    }

    /** A read of {@code key} over {@code [call, ret]} that returned {@code value}. */
    public static Op r(String client, String key, long value, long call, long ret) {
        return new Op(client, key, false, value, call, ret);
    }

    @Override
    public String toString() {
        return client + " " + (write ? "w(" + key + ", " + value + ")" : "r(" + key + ") = " + value) + " [" + call
                + ", " + ret + "]";
    }
}

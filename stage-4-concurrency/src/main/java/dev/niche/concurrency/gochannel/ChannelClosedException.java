package dev.niche.concurrency.gochannel;

/**
 * Given code: do not change. Thrown by a send on a closed channel and by a second close: the two cases in which
 * Go panics. Unchecked, like the panic: both are bugs in the caller, not conditions to recover from.
 */
public class ChannelClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ChannelClosedException(String message) {
        super(message);
    }
}

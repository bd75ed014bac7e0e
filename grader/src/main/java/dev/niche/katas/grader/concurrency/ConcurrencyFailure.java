package dev.niche.katas.grader.concurrency;

/**
 * A failed concurrency check. Its message is the whole report (what went wrong, the operations, the
 * interleaving or the threads' stacks); a stack trace of the grader would add nothing, so it has none.
 */
public final class ConcurrencyFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    public ConcurrencyFailure(String report) {
        super(report);
        setStackTrace(new StackTraceElement[0]);
    }

    public ConcurrencyFailure(String report, Throwable cause) {
        this(report);
        initCause(cause);
    }
}

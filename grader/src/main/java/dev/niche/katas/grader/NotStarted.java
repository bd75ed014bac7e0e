package dev.niche.katas.grader;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The not-started rule: a stub body throws {@code UnsupportedOperationException("TODO: ...")}, and a check that
 * ends in that exception has not been started yet. This is not a crash and is reported in one line.
 */
public final class NotStarted {
    private NotStarted() {
    }

    /**
     * Finds a stub's TODO exception in {@code failure}, its causes or its suppressed exceptions.
     *
     * @return one line naming the stub method and its TODO text, or empty when the failure is a real one
     */
    public static Optional<String> describe(Throwable failure) {
        return find(failure, new IdentityHashMap<>()).map(NotStarted::oneLine);
    }

    /** True when {@code failure} comes from an untouched stub. */
    public static boolean isNotStarted(Throwable failure) {
        return find(failure, new IdentityHashMap<>()).isPresent();
    }

    /**
     * An assertion about a thrown exception ({@code assertThatThrownBy}) keeps only the stub exception's text,
     * with its first stack frame: recognise that too.
     */
    private static final Pattern QUOTED_STUB = Pattern.compile(
            "java\\.lang\\.UnsupportedOperationException: (TODO[^\\r\\n]*)\\R\\s*at ([\\w.$]+)\\.([\\w$<>]+)\\(");

    private static Optional<UnsupportedOperationException> find(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED_STUB.matcher(String.valueOf(t.getMessage()));
        if (!(t instanceof NotStartedError) && quoted.find()) {
            UnsupportedOperationException stub = new UnsupportedOperationException(quoted.group(1));
            stub.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(quoted.group(2), quoted.group(3), null, -1)});
            return Optional.of(stub);
        }
        if (t instanceof NotStartedError) {
            return Optional.of(((NotStartedError) t).stub());
        }
        if (t instanceof UnsupportedOperationException && t.getMessage() != null
                && t.getMessage().startsWith("TODO")) {
            return Optional.of((UnsupportedOperationException) t);
        }
        Optional<UnsupportedOperationException> inCause = find(t.getCause(), seen);
        if (inCause.isPresent()) {
            return inCause;
        }
        for (Throwable s : t.getSuppressed()) {
            Optional<UnsupportedOperationException> inSuppressed = find(s, seen);
            if (inSuppressed.isPresent()) {
                return inSuppressed;
            }
        }
        return Optional.empty();
    }

    private static String oneLine(UnsupportedOperationException stub) {
        StackTraceElement[] frames = stub.getStackTrace();
        String where = frames.length == 0 ? "a stub"
                : simpleName(frames[0].getClassName()) + "." + frames[0].getMethodName();
        if ("<init>".equals(frames.length == 0 ? "" : frames[0].getMethodName())) {
            where = simpleName(frames[0].getClassName()) + " constructor";
        }
        return "not started: " + where + " (" + stub.getMessage() + ")";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Raised in place of the stub's exception: one line, no stack trace. */
    public static final class NotStartedError extends AssertionError {
        private static final long serialVersionUID = 1L;
        private final transient UnsupportedOperationException stub;

        public NotStartedError(UnsupportedOperationException stub) {
            super(oneLine(stub));
            this.stub = stub;
            setStackTrace(new StackTraceElement[0]);
        }

        UnsupportedOperationException stub() {
            return stub;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Replaces a TODO exception anywhere in {@code failure} by a {@link NotStartedError}; other failures pass. */
    public static Throwable quieten(Throwable failure) {
        return find(failure, new IdentityHashMap<>())
                .<Throwable>map(NotStartedError::new)
                .orElse(failure);
    }
}

package dev.niche.katas.grader.sql;

/** A statement of a learner's SQL file failed; the message names the file, the line and PostgreSQL's message. */
public final class SqlScriptError extends AssertionError {
    private static final long serialVersionUID = 1L;

    public SqlScriptError(String message, Throwable cause) {
        super(message, cause);
        setStackTrace(new StackTraceElement[0]);
    }
}

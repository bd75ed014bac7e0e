package dev.niche.katas.grader.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Turns failures and values into the short, single-line text that the board and progress.json show. */
public final class Messages {
    static final int MAX_VALUE = 160;
    static final int MAX_LINE = 400;
    static final int MAX_DETAIL_LINES = 80;

    private Messages() {
    }

    /** The failure's message on one line (whitespace collapsed), or its type when it has none. */
    public static String of(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return truncate(message.trim().replaceAll("\\s+", " "), MAX_LINE);
    }

    /**
     * The failure's whole message when it has several lines (a table, an interleaving, stacks), at most
     * {@link #MAX_DETAIL_LINES} of them; null when one line says it all or there is no failure.
     */
    public static String details(Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        if (message == null || message.strip().lines().count() < 2) {
            return null;
        }
        java.util.List<String> lines = message.strip().lines().toList();
        if (lines.size() <= MAX_DETAIL_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, MAX_DETAIL_LINES)) + "\n... "
                + (lines.size() - MAX_DETAIL_LINES) + " more lines in target/surefire-reports";
    }

    /** A value as a learner would write it: arrays spelled out, long values cut with an ellipsis. */
    public static String render(Object value) {
        String text;
        if (value instanceof Object[]) {
            text = Arrays.deepToString((Object[]) value);
        } else if (value instanceof int[]) {
            text = Arrays.toString((int[]) value);
        } else if (value instanceof long[]) {
            text = Arrays.toString((long[]) value);
        } else if (value instanceof Collection<?>) {
            text = ((Collection<?>) value).stream().map(Messages::render)
                    .collect(Collectors.joining(", ", "[", "]"));
        } else {
            text = String.valueOf(value);
        }
        return truncate(text, MAX_VALUE);
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}

package dev.niche.katas.grader.report;

import java.util.Locale;

/**
 * The progress board printed at the end of every run: one line per kata (with its first reason when it is
 * failing), the stage summary, and what to do next. Plain ASCII, so it reads the same in any console.
 */
public final class Board {
    private static final int REASON_WIDTH = 300;

    private Board() {
    }

    /** @param focus the {@code -Dkata} id when one kata was run alone, else empty */
    public static String render(Progress progress, String focus) {
        StringBuilder out = new StringBuilder("\n");
        String title = " Kata board: " + progress.module() + " (mode: " + progress.mode().jsonName()
                + (focus.isEmpty() ? "" : ", focus: " + focus) + ") ";
        out.append("=".repeat(4)).append(title).append("=".repeat(Math.max(4, 76 - title.length()))).append('\n');
        int idWidth = progress.katas().stream().mapToInt(k -> k.info().id().length()).max().orElse(10);
        for (KataResult kata : progress.katas()) {
            out.append(String.format(Locale.ROOT, "  %-13s %-" + idWidth + "s  %s%n",
                    label(kata.status()), kata.info().id(), kata.info().title()));
            if (kata.status() == Status.FAILED) {
                kata.firstReason().ifPresentOrElse(
                        reason -> out.append("                ").append(reasonLine(reason)).append('\n'),
                        () -> out.append("                no check ran: see target/surefire-reports\n"));
            }
        }
        long done = progress.count(Status.PASSED);
        long failing = progress.count(Status.FAILED);
        long notStarted = progress.count(Status.NOT_STARTED);
        out.append(String.format(Locale.ROOT, "%d of %d done, %d failing, %d not started.%n",
                done, progress.katas().size(), failing, notStarted));
        progress.next().ifPresentOrElse(next -> appendNext(out, progress, next),
                () -> out.append(progress.katas().isEmpty() ? "No kata ran.\n"
                        : focus.isEmpty() ? "Stage complete. Well done: on to the next stage in README.md.\n"
                        : "This kata is done. Run the whole stage to see what is next.\n"));
        out.append("Report: ").append(progress.module()).append("/target/kata-report/progress.json\n");
        return out.toString();
    }

    private static void appendNext(StringBuilder out, Progress progress, KataResult next) {
        KataInfo info = next.info();
        String module = progress.module();
        out.append("Next: ").append(info.id()).append(" - ").append(info.title()).append('\n');
        out.append("  statement: ").append(module).append('/').append(info.statement()).append(" (Javadoc)\n");
        out.append("  hints:     ").append(module).append("/HINTS.md#").append(info.slug()).append('\n');
        out.append("  run it:    ./mvnw test -pl ").append(module).append(" -Dkata=").append(info.id()).append('\n');
        if (next.status() == Status.FAILED) {
            next.firstReason().map(CheckResult::details).ifPresent(details -> {
                out.append("  the first failure in full:\n");
                details.lines().forEach(line -> out.append("    ").append(line).append('\n'));
            });
        }
        if (next.status() == Status.NOT_STARTED) {
            next.firstReason().ifPresent(r -> out.append("  start at:  ")
                    .append(r.message().replaceFirst("^not started: ", "")).append('\n'));
        }
    }

    static String reasonLine(CheckResult reason) {
        String line = reason.kind().jsonName() + " '" + reason.name() + "': " + reason.message();
        return Messages.truncate(line, REASON_WIDTH);
    }

    private static String label(Status status) {
        switch (status) {
            case PASSED: return "[done]";
            case NOT_STARTED: return "[not started]";
            default: return "[FAILING]";
        }
    }
}

package dev.niche.katas.grader.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Lincheck's report into what a learner needs: what went wrong in one line, the operations with their
 * results, and the interleaving that produced them. Lincheck's detailed trace (every field access with its
 * source line) is dropped: it repeats the interleaving and is often longer than the kata's code.
 */
final class LincheckReport {
    /** Longer reports are cut here; the full one is in the test's output file. */
    static final int MAX_LINES = 70;

    private LincheckReport() {
    }

    static String trim(String lincheckMessage) {
        List<String> lines = lincheckMessage == null ? List.of() : lincheckMessage.strip().lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("= ")).findFirst().orElse("").strip();
        List<String> kept = new ArrayList<>();
        kept.add(explain(header));
        boolean skippingLegend = false;
        for (String line : lines) {
            if (line.startsWith("Detailed trace:")) {
                break;
            }
            if (line.equals(header) || line.isBlank()) {
                continue;
            }
            if (line.equals("---")) {
                skippingLegend = !skippingLegend;
                continue;
            }
            if (skippingLegend) {
                continue;
            }
            if (line.startsWith("The following interleaving leads to the error")) {
                kept.add("The interleaving that does it (\"x ➜ v\": read v from x; \"x = v\": write; \"switch\": this thread"
                        + " pauses and the other runs):");
                continue;
            }
            kept.add(line);
        }
        if (kept.size() > MAX_LINES) {
            int cut = kept.size() - MAX_LINES;
            kept = new ArrayList<>(kept.subList(0, MAX_LINES));
            kept.add("... " + cut + " more lines in target/surefire-reports");
        }
        return String.join(System.lineSeparator(), kept);
    }

    /** Lincheck's section header, said in the learner's terms. */
    private static String explain(String header) {
        String h = header.toLowerCase(java.util.Locale.ROOT);
        if (h.contains("invalid execution results")) {
            return "not linearizable: no one-at-a-time order of these operations gives these results"
                    + " (operations above a line finished before those below it started)";
        }
        if (h.contains("hung") || h.contains("deadlock") || h.contains("livelock")) {
            return "the threads stopped making progress (a deadlock, a lost wake-up or an endless retry):";
        }
        if (h.contains("obstruction-freedom") || h.contains("lock")) {
            return "not lock-free: a thread running alone could not finish its operation (it waited on a lock or"
                    + " spun on another thread's progress):";
        }
        if (h.contains("exception")) {
            return "an operation threw an exception that its one-at-a-time run does not throw:";
        }
        return header.isEmpty() ? "Lincheck found a failing execution:" : header;
    }
}

package dev.niche.dsa.traceworksheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One hand-written trace, read from {@code src/main/resources/dev/niche/dsa/traceworksheets/}, and compared
 * with the trace that the test computes.
 *
 * <p>A worksheet is lines of text. {@code #} starts a comment, to the end of the line; blank lines do not count.
 * Spacing is free: runs of spaces are one space, there may be spaces around {@code = : , ( ) [ ]}, and list items
 * may be separated by commas, spaces or both. Content is strict: every other line is one step of the trace and
 * must have one of the worksheet's line shapes, written with the placeholders {@code <int>} (a whole number),
 * {@code <ints>} (a list of them in brackets), {@code <node>} (a name) and {@code <a|b>} (one of the words).
 */
final class Worksheet {
    static final String FOLDER = "src/main/resources/dev/niche/dsa/traceworksheets/";
    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]+)>");

    private final String fileName;
    private final List<Step> steps;

    /** One trace line as the learner wrote it (comment removed), its canonical form and its line number. */
    private record Step(int lineNumber, String written, String canonical) {
    }

    private Worksheet(String fileName, List<Step> steps) {
        this.fileName = fileName;
        this.steps = steps;
    }

    /**
     * Reads a worksheet. While the file still holds its TODO line, this throws the stub's TODO exception, so the
     * check counts as not started.
     *
     * @param what   what the learner traces, for the TODO message
     * @param input  the worksheet's input as its {@code # input:} line states it; a changed line is reported
     * @param shapes the shapes a trace line may take
     */
    static Worksheet open(String fileName, String what, String input, String... shapes) {
        List<String> lines = read(fileName);
        if (lines.stream().anyMatch(line -> line.trim().startsWith("TODO"))) {
            throw new UnsupportedOperationException("TODO: write " + what + " in " + FOLDER + fileName
                    + ", then delete its TODO line");
        }
        String inputLine = "# input: " + input;
        if (lines.stream().noneMatch(line -> canonical(line).equals(canonical(inputLine)))) {
            throw new AssertionError(fileName + ": its input line was changed; restore it as `" + inputLine
                    + "` (the trace is checked against that input)");
        }
        Pattern[] patterns = Arrays.stream(shapes).map(Worksheet::regex).toArray(Pattern[]::new);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String written = lines.get(i).replaceFirst("#.*", "").trim();
            if (written.isEmpty()) {
                continue;
            }
            String canonical = canonical(written);
            if (Arrays.stream(patterns).noneMatch(p -> p.matcher(canonical).matches())) {
                throw new AssertionError(fileName + " line " + (i + 1) + ": `" + written + "` is not a trace"
                        + " line; a line looks like " + Arrays.stream(shapes).map(s -> "`" + s + "`")
                        .collect(Collectors.joining(" or ")));
            }
            steps.add(new Step(i + 1, written, canonical));
        }
        return new Worksheet(fileName, steps);
    }

    /**
     * Compares the learner's trace with {@code expected}, one line per step, and reports the first step that
     * differs, or that the trace is too short or too long.
     */
    void assertTrace(List<String> expected) {
        if (steps.isEmpty()) {
            throw new AssertionError(fileName + " holds no trace yet: write one line per step, as its header"
                    + " shows");
        }
        for (int i = 0; i < Math.min(steps.size(), expected.size()); i++) {
            Step step = steps.get(i);
            if (!step.canonical().equals(canonical(expected.get(i)))) {
                throw new AssertionError(fileName + ", step " + (i + 1) + " (line " + step.lineNumber()
                        + "): you wrote `" + step.written() + "`; the trace has `" + expected.get(i) + "` here");
            }
        }
        if (steps.size() < expected.size()) {
            int missing = expected.size() - steps.size();
            throw new AssertionError(fileName + ": your trace is right up to step " + steps.size() + " (line "
                    + steps.get(steps.size() - 1).lineNumber() + ") and stops there, but the algorithm goes on for "
                    + missing + " more step" + (missing == 1 ? "" : "s"));
        }
        if (steps.size() > expected.size()) {
            Step extra = steps.get(expected.size());
            int extraLines = steps.size() - expected.size();
            throw new AssertionError(fileName + ": the algorithm ends at step " + expected.size() + " (`"
                    + expected.get(expected.size() - 1) + "`), but your trace goes on from line "
                    + extra.lineNumber() + " (`" + extra.written() + "`) with " + extraLines + " more line"
                    + (extraLines == 1 ? "" : "s"));
        }
    }

    private static List<String> read(String fileName) {
        try (InputStream in = Worksheet.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new AssertionError(FOLDER + fileName + " is missing: restore it (git checkout -- "
                        + FOLDER + fileName + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + FOLDER + fileName + ": " + e.getMessage(), e);
        }
    }

    /** The form two lines are compared in: spacing made uniform, list separators made commas. */
    static String canonical(String text) {
        String spaced = text.trim().replaceAll("\\s+", " ");
        Matcher list = LIST.matcher(spaced);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            String items = String.join(",", list.group(1).replaceAll("^[\\s,]+|[\\s,]+$", "").split("[\\s,]+"));
            list.appendReplacement(out, Matcher.quoteReplacement("[" + items + "]"));
        }
        list.appendTail(out);
        return out.toString().replaceAll(" ?([=:,()\\[\\]]) ?", "$1");
    }

    /** A shape such as {@code push <int>: <ints>} as a pattern over canonical lines. */
    private static Pattern regex(String shape) {
        String canonicalShape = canonical(shape);
        Matcher placeholder = PLACEHOLDER.matcher(canonicalShape);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(canonicalShape.substring(last, placeholder.start())));
            String name = placeholder.group(1);
            switch (name) {
                case "int": regex.append("-?\\d+"); break;
                case "ints": regex.append("\\[(?:-?\\d+(?:,-?\\d+)*)?]"); break;
                case "node": regex.append("[A-Za-z]\\w*"); break;
                default: regex.append(Arrays.stream(name.split("\\|")).map(Pattern::quote)
                        .collect(Collectors.joining("|", "(?:", ")")));
            }
            last = placeholder.end();
        }
        regex.append(Pattern.quote(canonicalShape.substring(last)));
        return Pattern.compile(regex.toString());
    }
}

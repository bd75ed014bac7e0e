package dev.niche.lld.srpreport;

import dev.niche.lld.srpreport.delivery.Attachment;
import dev.niche.lld.srpreport.delivery.ReportSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Sends the sales-by-region report. THIS CODE WORKS, AND IT IS WHAT YOU REFACTOR.
 *
 * <h2>The brief</h2>
 * This one class reads the shop's sales export from disk, adds the sales up by region, lays the figures out as
 * text or CSV, and hands the file to the mail gateway. Those jobs change for different people: operations is
 * moving the export behind an HTTPS endpoint (the next request), finance wants another column, the mail team is
 * replacing the gateway. Each of them edits this class today, and each edit can break the others' work.
 *
 * <h2>Your task</h2>
 * Keep every behaviour below and give each concern its own class. The design check knows three concerns by the
 * packages they use: storage ({@code java.nio.file}), formatting ({@code java.text}) and delivery
 * ({@code dev.niche.lld.srpreport.delivery}). Every class may touch one of them at most, including the small
 * class that coordinates the others. The check cannot see the arithmetic (adding up uses none of those
 * packages), but it is a reason to change of its own: give it a class too. The behaviour checks pass now and
 * must still pass when you are done.
 *
 * <h2>Behaviour</h2>
 * The export is a UTF-8 text file. Its first line is a header and is skipped, blank lines are skipped, and every
 * other line is one sale: {@code region,product,units,unit_cents}, fields trimmed, region and product not
 * blank, units a whole number of at least 1, unit_cents a whole number of at least 0. A line that breaks this is
 * rejected with an {@link IllegalArgumentException} whose message starts with {@code line N: } (the header is
 * line 1, blank lines count), and an export that cannot be read with an {@link UncheckedIOException} naming the
 * file. Either way nothing is delivered.
 *
 * <p>The report has one row per region: its units and its revenue (units times unit_cents, summed), by revenue,
 * highest first, ties by region name ({@link String#compareTo} order); then a total row. Every line ends with
 * a newline.
 * {@link ReportFormat#TEXT} is delivered as {@code sales-by-region.txt}, {@code text/plain}, amounts with a
 * thousands separator:
 * <pre>
 * Sales by region
 * south: 2 units, 1,024.00
 * north: 4 units, 17.00
 * Total: 6 units, 1,041.00
 * </pre>
 * {@link ReportFormat#CSV} is delivered as {@code sales-by-region.csv}, {@code text/csv}, amounts without one:
 * <pre>
 * region,units,revenue
 * south,2,1024.00
 * north,4,17.00
 * total,6,1041.00
 * </pre>
 * A null argument is rejected with a {@link NullPointerException} naming it.
 */
public final class SalesReport {
    private final URI salesExport;
    private final ReportSink sink;

    /**
     * @param salesExport where the export lives: a {@code file:} URI today
     * @param sink        where the report goes
     */
    public SalesReport(URI salesExport, ReportSink sink) {
        this.salesExport = Objects.requireNonNull(salesExport, "salesExport");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Reads the export, builds the report in {@code format} and delivers it. */
    public void send(ReportFormat format) {
        Objects.requireNonNull(format, "format");

        // Read the export and add the sales up: region -> {units, revenue in cents}.
        Path file = Path.of(salesExport);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sales export " + file, e);
        }
        Map<String, long[]> byRegion = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("line " + lineNumber
                        + ": expected 4 fields (region,product,units,unit_cents), found " + fields.length);
            }
            String region = fields[0].trim();
            if (region.isEmpty() || fields[1].isBlank()) {
                throw new IllegalArgumentException("line " + lineNumber + ": region and product must not be blank");
            }
            long units = number(fields[2], "units", 1, lineNumber);
            long unitCents = number(fields[3], "unit_cents", 0, lineNumber);
            long[] totals = byRegion.computeIfAbsent(region, r -> new long[2]);
            totals[0] += units;
            totals[1] += units * unitCents;
        }

        // Order the regions and sum the totals.
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(byRegion.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, long[]> row) -> -row.getValue()[1])
                .thenComparing(Map.Entry::getKey));
        long totalUnits = 0;
        long totalRevenue = 0;
        for (Map.Entry<String, long[]> row : rows) {
            totalUnits += row.getValue()[0];
            totalRevenue += row.getValue()[1];
        }

        // Lay the figures out.
        StringBuilder body = new StringBuilder();
        if (format == ReportFormat.TEXT) {
            DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            body.append("Sales by region\n");
            for (Map.Entry<String, long[]> row : rows) {
                body.append(row.getKey()).append(": ").append(row.getValue()[0]).append(" units, ")
                        .append(money.format(BigDecimal.valueOf(row.getValue()[1], 2))).append('\n');
            }
            body.append("Total: ").append(totalUnits).append(" units, ")
                    .append(money.format(BigDecimal.valueOf(totalRevenue, 2))).append('\n');
        } else {
            DecimalFormat money = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            body.append("region,units,revenue\n");
            for (Map.Entry<String, long[]> row : rows) {
                body.append(row.getKey()).append(',').append(row.getValue()[0]).append(',')
                        .append(money.format(BigDecimal.valueOf(row.getValue()[1], 2))).append('\n');
            }
            body.append("total,").append(totalUnits).append(',')
                    .append(money.format(BigDecimal.valueOf(totalRevenue, 2))).append('\n');
        }

        // Deliver it.
        boolean text = format == ReportFormat.TEXT;
        sink.deliver(new Attachment(text ? "sales-by-region.txt" : "sales-by-region.csv",
                text ? "text/plain" : "text/csv", body.toString()));
    }

    private static long number(String field, String name, long min, int lineNumber) {
        long value;
        try {
            value = Long.parseLong(field.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + name + " must be a whole number, was '"
                    + field.trim() + "'", e);
        }
        if (value < min) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + name + " must be at least " + min
                    + ", was " + value);
        }
        return value;
    }
}

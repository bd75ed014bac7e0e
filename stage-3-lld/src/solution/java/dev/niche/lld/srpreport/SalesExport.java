package dev.niche.lld.srpreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference: the storage concern. Reads the export file and turns its lines into sales; the only class that
 * knows the file format or the file API.
 */
final class SalesExport {
    private final URI location;

    SalesExport(URI location) {
        this.location = location;
    }

    /** Every sale of the export, in file order. */
    List<Sale> read() {
        Path file = Path.of(location);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sales export " + file, e);
        }
        List<Sale> sales = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                sales.add(parse(lines.get(i), i + 1));
            }
        }
        return sales;
    }

    private static Sale parse(String line, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("line " + lineNumber
                    + ": expected 4 fields (region,product,units,unit_cents), found " + fields.length);
        }
        String region = fields[0].trim();
        String product = fields[1].trim();
        if (region.isEmpty() || product.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNumber + ": region and product must not be blank");
        }
        return new Sale(region, product, number(fields[2], "units", 1, lineNumber),
                number(fields[3], "unit_cents", 0, lineNumber));
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

package dev.niche.lld.srpreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import dev.niche.lld.srpreport.delivery.Attachment;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Kata(id = "lld/srp-report", title = "Split a god class by concern", order = 80, checkpoints = "3.2",
        naiveViolates = CheckKind.DESIGN, refactoring = true)
class SrpReportTest {
    private static final String HEADER = "region,product,units,unit_cents";

    @TempDir
    Path dir;

    private final List<Attachment> delivered = new ArrayList<>();

    private URI export(String... lines) throws IOException {
        Path file = dir.resolve("sales.csv");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file.toUri();
    }

    /** Sends one report of an export with these lines and returns what was delivered. */
    private Attachment send(ReportFormat format, String... lines) throws IOException {
        new SalesReport(export(lines), delivered::add).send(format);
        assertThat(delivered).as("attachments delivered by one send").hasSize(1);
        return delivered.remove(0);
    }

    // ---- behaviour (passes before and after the refactoring) ------------------------------------------------

    @Test
    @DisplayName("the text report lists regions by revenue, highest first, then the total")
    void textReport() throws IOException {
        Attachment report = send(ReportFormat.TEXT, HEADER, "north,tea,3,450", "south,coffee,2,1200",
                "north,cake,1,350");
        assertThat(report).isEqualTo(new Attachment("sales-by-region.txt", "text/plain",
                "Sales by region\nsouth: 2 units, 24.00\nnorth: 4 units, 17.00\nTotal: 6 units, 41.00\n"));
    }

    @Test
    @DisplayName("the CSV report has a header row, plain amounts and a total row")
    void csvReport() throws IOException {
        Attachment report = send(ReportFormat.CSV, HEADER, "north,tea,3,450", "south,coffee,2,1200",
                "north,cake,1,350");
        assertThat(report).isEqualTo(new Attachment("sales-by-region.csv", "text/csv",
                "region,units,revenue\nsouth,2,24.00\nnorth,4,17.00\ntotal,6,41.00\n"));
    }

    @Test
    @DisplayName("thousands get a separator in text only; equal revenues are ordered by region name")
    void separatorsAndTies() throws IOException {
        String[] lines = {HEADER, "west,desk,3,41150", "east,lamp,1,123450", "centre,chair,1,500",
            "alpha,chair,1,500"};
        assertThat(send(ReportFormat.TEXT, lines).body()).isEqualTo("Sales by region\neast: 1 units, 1,234.50\n"
                + "west: 3 units, 1,234.50\nalpha: 1 units, 5.00\ncentre: 1 units, 5.00\n"
                + "Total: 6 units, 2,479.00\n");
        assertThat(send(ReportFormat.CSV, lines).body()).isEqualTo("region,units,revenue\neast,1,1234.50\n"
                + "west,3,1234.50\nalpha,1,5.00\ncentre,1,5.00\ntotal,6,2479.00\n");
    }

    @Test
    @DisplayName("blank lines are skipped, fields are trimmed, free items count as units")
    void blankLinesAndSpaces() throws IOException {
        assertThat(send(ReportFormat.CSV, HEADER, "", " north , tea , 2 , 0 ", "   ", "north,cake,1,99").body())
                .isEqualTo("region,units,revenue\nnorth,3,0.99\ntotal,3,0.99\n");
    }

    @Test
    @DisplayName("an export with no sales gives a report with only the total")
    void noSales() throws IOException {
        assertThat(send(ReportFormat.TEXT, HEADER).body()).isEqualTo("Sales by region\nTotal: 0 units, 0.00\n");
        assertThat(send(ReportFormat.CSV).body()).as("an empty file").isEqualTo("region,units,revenue\ntotal,0,0.00\n");
    }

    @Test
    @DisplayName("a bad line is rejected with its line number (blank lines count), and nothing is delivered")
    void badLines() throws IOException {
        for (String bad : List.of("north,tea,3", "north,tea,3,450,extra", " ,tea,3,450", "north, ,3,450",
                "north,tea,three,450", "north,tea,0,450", "north,tea,2,-1", "north,tea,2,4.50")) {
            URI export = export(HEADER, "south,coffee,2,1200", "", bad, "west,tea,1,100");
            assertThatThrownBy(() -> new SalesReport(export, delivered::add).send(ReportFormat.CSV))
                    .as("the line '%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 4: ");
        }
        assertThat(delivered).as("attachments delivered for bad exports").isEmpty();
    }

    @Test
    @DisplayName("an export that cannot be read fails naming the file; null arguments are rejected by name")
    void missingFileAndNulls() throws IOException {
        URI missing = dir.resolve("missing.csv").toUri();
        assertThatThrownBy(() -> new SalesReport(missing, delivered::add).send(ReportFormat.TEXT))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.csv");
        assertThat(delivered).as("attachments delivered for a missing export").isEmpty();
        URI export = export(HEADER);
        assertThatThrownBy(() -> new SalesReport(null, delivered::add)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("salesExport");
        assertThatThrownBy(() -> new SalesReport(export, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sink");
        assertThatThrownBy(() -> new SalesReport(export, delivered::add).send(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("format");
    }

    /** A sale as the property generates it. */
    record Line(String region, long units, long unitCents) {
    }

    @Property(tries = 150)
    @Label("each region's units and revenue, and the total, add up; text and CSV agree")
    void figuresAddUp(@ForAll("exports") List<Line> sales) throws IOException {
        Map<String, long[]> model = new TreeMap<>();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (Line sale : sales) {
            lines.add(sale.region() + ",item," + sale.units() + "," + sale.unitCents());
            long[] figures = model.computeIfAbsent(sale.region(), r -> new long[2]);
            figures[0] += sale.units();
            figures[1] += sale.units() * sale.unitCents();
        }
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(model.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, long[]> row) -> -row.getValue()[1])
                .thenComparing(Map.Entry::getKey));
        StringBuilder csv = new StringBuilder("region,units,revenue\n");
        long units = 0;
        long revenue = 0;
        for (Map.Entry<String, long[]> row : rows) {
            csv.append(row.getKey()).append(',').append(row.getValue()[0]).append(',')
                    .append(amount(row.getValue()[1])).append('\n');
            units += row.getValue()[0];
            revenue += row.getValue()[1];
        }
        csv.append("total,").append(units).append(',').append(amount(revenue)).append('\n');

        List<Attachment> reports = new ArrayList<>();
        Path file = Files.createTempFile("sales", ".csv");
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            SalesReport report = new SalesReport(file.toUri(), reports::add);
            report.send(ReportFormat.CSV);
            report.send(ReportFormat.TEXT);
        } finally {
            Files.delete(file);
        }
        assertThat(reports.get(0).body()).as("CSV report of %s", sales).isEqualTo(csv.toString());
        assertThat(reports.get(1).body()).as("text report of %s", sales)
                .endsWith("Total: " + units + " units, " + String.format(Locale.ROOT, "%,.2f",
                        BigDecimal.valueOf(revenue, 2)) + "\n")
                .hasLineCount(rows.size() + 2);
    }

    private static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Provide
    Arbitrary<List<Line>> exports() {
        return Combinators.combine(Arbitraries.of("north", "south", "east", "west"),
                Arbitraries.longs().between(1, 50), Arbitraries.longs().between(0, 200_000)).as(Line::new)
                .list().ofMaxSize(12);
    }

    // ---- design (fails until the refactoring is done) --------------------------------------------------------

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("each class touches one concern: storage, formatting or delivery (single responsibility)")
    void oneConcernPerClass() {
        Map<String, List<String>> concerns = new LinkedHashMap<>();
        concerns.put("storage", List.of("java.nio.file"));
        concerns.put("formatting", List.of("java.text"));
        concerns.put("delivery", List.of("dev.niche.lld.srpreport.delivery"));
        DesignRules.design("dev.niche.lld.srpreport")
                .startedBy(() -> send(ReportFormat.TEXT, HEADER, "north,tea,1,100"))
                .satisfies(DesignRules.oneConcernPerClass(concerns));
    }
}

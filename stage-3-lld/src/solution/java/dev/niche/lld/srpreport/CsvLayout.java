package dev.niche.lld.srpreport;

import java.text.DecimalFormat;

/** Reference: the table spreadsheets read. */
final class CsvLayout implements ReportLayout {
    private final DecimalFormat money = Money.format("0.00");

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String render(RegionTotals totals) {
        StringBuilder csv = new StringBuilder("region,units,revenue\n");
        totals.rows().forEach(row -> csv.append(line(row)));
        return csv.append(line(totals.total())).toString();
    }

    private String line(RegionTotals.Row row) {
        return row.region() + "," + row.units() + "," + Money.of(money, row.revenueCents()) + "\n";
    }
}

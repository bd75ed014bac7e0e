package dev.niche.lld.srpreport;

import java.text.DecimalFormat;

/** Reference: the summary people read. */
final class TextLayout implements ReportLayout {
    private final DecimalFormat money = Money.format("#,##0.00");

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String render(RegionTotals totals) {
        StringBuilder text = new StringBuilder("Sales by region\n");
        totals.rows().forEach(row -> text.append(line(row.region(), row)));
        return text.append(line("Total", totals.total())).toString();
    }

    private String line(String label, RegionTotals.Row row) {
        return label + ": " + row.units() + " units, " + Money.of(money, row.revenueCents()) + "\n";
    }
}

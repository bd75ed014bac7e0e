package dev.niche.lld.srpreport;

/**
 * Reference: the formatting concern's contract. A layout turns totals into the text of one file; it knows
 * nothing about where the numbers came from or where the file goes.
 */
interface ReportLayout {
    String fileExtension();

    String mediaType();

    String render(RegionTotals totals);

    static ReportLayout of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextLayout();
            case CSV -> new CsvLayout();
        };
    }
}

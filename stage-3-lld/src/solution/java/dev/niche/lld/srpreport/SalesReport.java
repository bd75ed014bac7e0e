package dev.niche.lld.srpreport;

import dev.niche.lld.srpreport.delivery.Attachment;
import dev.niche.lld.srpreport.delivery.ReportSink;
import java.net.URI;
import java.util.Objects;

/**
 * Reference: the coordinator. It knows the order of the steps and nothing of how any step is done: it reads
 * through {@link SalesExport}, adds up through {@link RegionTotals}, lays out through a {@link ReportLayout}, and
 * its one concern is delivery. Moving the export behind HTTPS now means a new {@code SalesExport}, and nothing
 * here changes.
 */
public final class SalesReport {
    private static final String FILE_NAME = "sales-by-region";

    private final SalesExport export;
    private final ReportSink sink;

    public SalesReport(URI salesExport, ReportSink sink) {
        this.export = new SalesExport(Objects.requireNonNull(salesExport, "salesExport"));
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Reads the export, builds the report in {@code format} and delivers it. */
    public void send(ReportFormat format) {
        ReportLayout layout = ReportLayout.of(Objects.requireNonNull(format, "format"));
        RegionTotals totals = RegionTotals.of(export.read());
        sink.deliver(new Attachment(FILE_NAME + "." + layout.fileExtension(), layout.mediaType(),
                layout.render(totals)));
    }
}

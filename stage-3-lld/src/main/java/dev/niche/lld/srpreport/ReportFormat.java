package dev.niche.lld.srpreport;

/** How the report is laid out. Given code: do not change it. */
public enum ReportFormat {
    /** A plain-text summary for people: {@code text/plain}, file {@code sales-by-region.txt}. */
    TEXT,
    /** A table for spreadsheets: {@code text/csv}, file {@code sales-by-region.csv}. */
    CSV
}

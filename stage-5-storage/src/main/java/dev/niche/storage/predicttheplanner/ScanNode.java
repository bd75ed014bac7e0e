package dev.niche.storage.predicttheplanner;

/** Given code: do not change. How PostgreSQL reads the {@code events} table for a query. */
public enum ScanNode {
    /** Reads every page of the table in physical order and filters the rows. */
    SEQ_SCAN,
    /** Walks the index in key order and fetches each matching row from the table as it goes. */
    INDEX_SCAN,
    /** Walks the index and answers from the index entries alone, without visiting the table. */
    INDEX_ONLY_SCAN,
    /** Collects the matching row locations from the index first, then reads their pages in physical order. */
    BITMAP_HEAP_SCAN
}

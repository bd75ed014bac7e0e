package dev.niche.lld.srpreport.delivery;

/**
 * Where finished reports go: the mail gateway in production, a recording fake in the tests. Given code: do not
 * change it.
 */
@FunctionalInterface
public interface ReportSink {
    /** Sends one attachment to the report's readers. */
    void deliver(Attachment attachment);
}

package dev.niche.storage.engineadvisor;

/**
 * What one engine cost on one {@link Workload}: three pairs of byte counts, each pair what the application asked
 * for against what the disk did for it, and the three ratios. Given code: do not change.
 *
 * <p>An application write (a put or a delete) is one entry of 16 bytes: an 8-byte key and an 8-byte value. So is
 * each entry a query returns.
 *
 * @param appBytesWritten  16 for every put and every delete of the workload
 * @param diskBytesWritten every byte written to the disk from its creation up to the end of the flush that ends
 *                         the writes: {@code disk.stats().bytesWritten()} at that moment
 * @param liveBytes        16 for every key that has a value once all writes are done
 * @param diskBytes        the disk's size at the same moment: {@code disk.totalBytes()}
 * @param appBytesRead     16 for every entry the queries returned: a get that found its key, each entry of a scan
 * @param diskBytesRead    bytes read from the disk from just before the store is opened again to the end of the
 *                         queries
 */
public record Amplification(long appBytesWritten, long diskBytesWritten, long liveBytes, long diskBytes,
        long appBytesRead, long diskBytesRead) {

    /** Bytes of one application entry: a {@code long} key and a {@code long} value. */
    public static final int ENTRY_BYTES = 16;

    /** Disk bytes written per byte the application wrote: {@code diskBytesWritten / appBytesWritten}. */
    public double write() {
        return ratio(diskBytesWritten, appBytesWritten);
    }

    /** Disk bytes kept per byte of live data: {@code diskBytes / liveBytes}. */
    public double space() {
        return ratio(diskBytes, liveBytes);
    }

    /** Disk bytes read per byte the queries returned: {@code diskBytesRead / appBytesRead}. */
    public double read() {
        return ratio(diskBytesRead, appBytesRead);
    }

    /** {@code part / whole}; nothing for nothing costs 0, something for nothing is infinite. */
    private static double ratio(long part, long whole) {
        if (whole == 0) {
            return part == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (double) part / whole;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "write %.2f (%d / %d), space %.2f (%d / %d), read %.2f (%d / %d)",
                write(), diskBytesWritten, appBytesWritten, space(), diskBytes, liveBytes, read(), diskBytesRead,
                appBytesRead);
    }
}

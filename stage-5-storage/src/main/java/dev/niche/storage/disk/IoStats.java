package dev.niche.storage.disk;

/**
 * What a disk (or one of its files) has done so far. Given code: do not change.
 *
 * @param reads        read calls ({@link PageFile#read} is one read of one page)
 * @param bytesRead    bytes those reads returned
 * @param writes       write and append calls
 * @param bytesWritten bytes those writes carried
 * @param syncs        {@code sync()} calls
 */
public record IoStats(long reads, long bytesRead, long writes, long bytesWritten, long syncs) {

    /** Nothing done yet. */
    public static final IoStats ZERO = new IoStats(0, 0, 0, 0, 0);

    /** What happened between {@code earlier} and this snapshot. */
    public IoStats minus(IoStats earlier) {
        return new IoStats(reads - earlier.reads, bytesRead - earlier.bytesRead, writes - earlier.writes,
                bytesWritten - earlier.bytesWritten, syncs - earlier.syncs);
    }

    IoStats plusRead(int bytes) {
        return new IoStats(reads + 1, bytesRead + bytes, writes, bytesWritten, syncs);
    }

    IoStats plusWrite(int bytes) {
        return new IoStats(reads, bytesRead, writes + 1, bytesWritten + bytes, syncs);
    }

    IoStats plusSync() {
        return new IoStats(reads, bytesRead, writes, bytesWritten, syncs + 1);
    }

    @Override
    public String toString() {
        return reads + " reads (" + bytesRead + " bytes), " + writes + " writes (" + bytesWritten + " bytes), "
                + syncs + " syncs";
    }
}

package dev.niche.storage.disk;

/**
 * One file of a {@link Disk}: bytes you read and write at positions, made durable by {@link #sync()}. Given code:
 * do not change. Get one with {@link Disk#open}.
 */
public final class DiskFile {
    private final Disk disk;
    private final String name;

    DiskFile(Disk disk, String name) {
        this.disk = disk;
        this.name = name;
    }

    /** The file's name on its disk. */
    public String name() {
        return name;
    }

    /** The file's size in bytes. */
    public long size() {
        return disk.size(name);
    }

    /**
     * Reads {@code length} bytes starting at {@code position}: one counted read.
     *
     * @throws IllegalArgumentException if the range is not inside the file
     */
    public byte[] read(long position, int length) {
        byte[] bytes = new byte[length];
        disk.read(name, position, bytes, 0, length);
        return bytes;
    }

    /**
     * Fills {@code into} from {@code position}: one counted read.
     *
     * @throws IllegalArgumentException if the range is not inside the file
     */
    public void read(long position, byte[] into) {
        disk.read(name, position, into, 0, into.length);
    }

    /** The whole file: one counted read. */
    public byte[] readAll() {
        return read(0, Math.toIntExact(size()));
    }

    /**
     * Overwrites or extends the file with {@code bytes} at {@code position}: one counted write, not yet durable.
     *
     * @throws IllegalArgumentException if {@code position} is negative or beyond the end (no holes)
     */
    public void write(long position, byte[] bytes) {
        disk.write(name, position, bytes, 0, bytes.length);
    }

    /**
     * Adds {@code bytes} at the end: one counted write, not yet durable.
     *
     * @return the position the bytes were written at
     */
    public long append(byte[] bytes) {
        synchronized (disk) {
            long position = size();
            write(position, bytes);
            return position;
        }
    }

    /**
     * Cuts the file to {@code size} bytes (not yet durable).
     *
     * @throws IllegalArgumentException if {@code size} is negative or larger than the file
     */
    public void truncate(long size) {
        disk.truncate(name, size);
    }

    /** Makes every write to this file so far durable: after it returns, a crash keeps them. One counted sync. */
    public void sync() {
        disk.sync(name);
    }

    @Override
    public String toString() {
        return name;
    }
}

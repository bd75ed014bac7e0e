package dev.niche.storage.disk;

/**
 * A file seen as numbered pages of a fixed size, the unit a buffer pool or a B+ tree reads and writes. Given code:
 * do not change.
 *
 * <p>Page {@code i} holds bytes {@code [i * pageSize, (i + 1) * pageSize)} of its {@link DiskFile}. Each {@link
 * #read} and {@link #write} is one counted I/O of one page, so {@code disk.stats(file).reads()} is the number of
 * pages read.
 */
public final class PageFile {
    private final DiskFile file;
    private final int pageSize;

    /**
     * Opens (or creates) the file {@code name} of {@code disk} as pages of {@code pageSize} bytes.
     *
     * @throws IllegalArgumentException if {@code pageSize < 64}, or the file's size is not a whole number of pages
     */
    public PageFile(Disk disk, String name, int pageSize) {
        if (pageSize < 64) {
            throw new IllegalArgumentException("pageSize must be at least 64 bytes, got " + pageSize);
        }
        this.file = disk.open(name);
        this.pageSize = pageSize;
        if (file.size() % pageSize != 0) {
            throw new IllegalArgumentException(name + " has " + file.size() + " bytes, not a whole number of "
                    + pageSize + "-byte pages");
        }
    }

    /** The size of every page in bytes. */
    public int pageSize() {
        return pageSize;
    }

    /** How many pages the file has; pages are numbered 0 to this number minus 1. */
    public int pageCount() {
        return Math.toIntExact(file.size() / pageSize);
    }

    /** The underlying file. */
    public DiskFile file() {
        return file;
    }

    /**
     * A copy of page {@code page}: one counted read.
     *
     * @throws IllegalArgumentException if there is no such page
     */
    public byte[] read(int page) {
        check(page, pageCount());
        return file.read((long) page * pageSize, pageSize);
    }

    /**
     * Overwrites page {@code page}, or adds it when {@code page == pageCount()}: one counted write.
     *
     * @throws IllegalArgumentException if {@code page} is beyond the end or {@code bytes} is not one page long
     */
    public void write(int page, byte[] bytes) {
        check(page, pageCount() + 1);
        if (bytes.length != pageSize) {
            throw new IllegalArgumentException("a page is " + pageSize + " bytes, got " + bytes.length);
        }
        file.write((long) page * pageSize, bytes);
    }

    /** Adds a page of zeros at the end (one counted write) and returns its number. */
    public synchronized int allocate() {
        int page = pageCount();
        write(page, new byte[pageSize]);
        return page;
    }

    /** Makes every page written so far durable. */
    public void sync() {
        file.sync();
    }

    private void check(int page, int limit) {
        if (page < 0 || page >= limit) {
            throw new IllegalArgumentException("page " + page + " of " + file.name() + " does not exist (it has "
                    + pageCount() + " pages)");
        }
    }
}

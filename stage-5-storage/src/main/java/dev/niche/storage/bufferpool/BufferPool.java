package dev.niche.storage.bufferpool;

import dev.niche.storage.disk.PageFile;

/**
 * A buffer pool: a fixed number of in-memory {@link Frame frames} that cache the pages of one {@link PageFile}, so
 * that a page used again is served from memory instead of the disk. Not thread-safe: one caller at a time.
 *
 * <p><b>Pins.</b> {@link #pin} hands out the frame that holds a page and pins it there: a pinned page is never
 * evicted, because its caller is still reading or changing {@link Frame#data()}. Every {@code pin} (and every
 * {@link #newPage}) must be matched by one {@link #unpin}; a page pinned twice stays pinned until its second
 * unpin.
 *
 * <p><b>Disk I/O</b> is counted by the disk, and the checks count it too:
 * <ul>
 *   <li>{@code pin} of a page already in a frame reads nothing (a <em>hit</em>); any other {@code pin} reads the
 *       page exactly once (a <em>miss</em>).</li>
 *   <li>A page is <em>dirty</em> from an {@code unpin(page, true)} until it is written back. The pool writes a
 *       page only when it is dirty: once when it is evicted, or when it is flushed. A clean page is never
 *       written; unpinning it again with {@code dirty = false} does not make a dirty page clean.</li>
 *   <li>Nothing syncs: durability is the write-ahead log's business.</li>
 * </ul>
 *
 * <p><b>Replacement: LRU-2.</b> A miss takes a free frame if there is one. Otherwise it evicts one of the unpinned
 * pages, chosen by their history of accesses. Every {@code pin} and every {@code newPage} is one access, stamped
 * with a counter that goes up by one per access; a page's history starts when it is loaded into a frame (eviction
 * forgets it). The victim is:
 * <ol>
 *   <li>if some unpinned pages have been accessed only once: of those, the one accessed longest ago;</li>
 *   <li>otherwise: the page whose second most recent access is the oldest.</li>
 * </ol>
 * Plain LRU looks at the most recent access only, so one pass over more pages than the pool holds (a table scan)
 * pushes out every page in the pool, hot or not. LRU-2 evicts the pages seen once, which is what a scan brings in,
 * and keeps the pages that are used again and again.
 */
public final class BufferPool {

    /**
     * A pool of {@code frames} frames over {@code file}. Make the frames here, once (the checks count the
     * different frames you hand out), and read nothing yet.
     *
     * @throws NullPointerException     if {@code file} is null
     * @throws IllegalArgumentException if {@code frames < 1}; the message names {@code frames}
     */
    public BufferPool(PageFile file, int frames) {
        throw new UnsupportedOperationException("TODO: keep the file, make the frames, start with every frame free");
    }

    /**
     * Pins {@code page} and returns the frame that holds it. A hit (the page is in a frame) reads nothing; a miss
     * takes a free frame or evicts a victim (writing it back first if it is dirty), then reads the page once.
     *
     * @throws IllegalArgumentException if the file has no page {@code page}; the message names it
     * @throws IllegalStateException    if the page is not in a frame and every frame is pinned; the message says
     *                                  how many frames the pool has, as in "all 3 frames are pinned". Nothing is
     *                                  read, written or changed.
     */
    public Frame pin(int page) {
        throw new UnsupportedOperationException("TODO: find the page's frame (a hit) or load it into a frame (a miss)");
    }

    /**
     * Releases one pin of {@code page}. With {@code dirty = true} the caller has changed the frame's data, and the
     * page must be written back before its frame is reused.
     *
     * @throws IllegalStateException if {@code page} is not pinned (never pinned, evicted, or all its pins already
     *                               released); the message names the page, as in "page 7 is not pinned"
     */
    public void unpin(int page, boolean dirty) {
        throw new UnsupportedOperationException("TODO: drop one pin; remember that the page is dirty");
    }

    /**
     * Writes {@code page} back if it is in a frame and dirty; it is clean afterwards. Does nothing for a clean page
     * or a page not in a frame. The page may be pinned.
     *
     * @throws IllegalArgumentException if the file has no page {@code page}; the message names it
     */
    public void flush(int page) {
        throw new UnsupportedOperationException("TODO: write the page back if it is dirty");
    }

    /** Writes back every dirty page in the pool, once each; they are all clean afterwards. */
    public void flushAll() {
        throw new UnsupportedOperationException("TODO: write back every dirty page");
    }

    /**
     * Adds a page of zeros at the end of the file ({@link PageFile#allocate()}: one write, no read) and pins it in
     * a frame, which then holds zeros. It is one access, but neither a hit nor a miss.
     *
     * @return the frame, whose {@link Frame#page()} is the new page's number
     * @throws IllegalStateException if every frame is pinned (as for {@link #pin}); the file is left unchanged
     */
    public Frame newPage() {
        throw new UnsupportedOperationException("TODO: pick a frame as a miss would, then allocate the page");
    }

    /** How many pins found their page already in a frame. */
    public long hits() {
        throw new UnsupportedOperationException("TODO: count the hits");
    }

    /** How many pins had to read their page from the disk. */
    public long misses() {
        throw new UnsupportedOperationException("TODO: count the misses");
    }
}

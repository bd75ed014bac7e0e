package dev.niche.storage.bufferpool;

import dev.niche.storage.disk.PageFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A buffer pool: a fixed number of in-memory {@link Frame frames} that cache the pages of one {@link PageFile}, so
 * that a page used again is served from memory instead of the disk. Not thread-safe: one caller at a time.
 *
 * <p>Reference: a page table (page number to frame index), per frame its pin count, dirty flag and the stamps of
 * its last two accesses, and a victim search over the frames. A pool has few frames compared with the pages it
 * serves, so the linear search is cheap next to the disk read it prepares; a large pool would keep the unpinned
 * frames in two ordered sets (seen once, by last access; seen twice, by the access before).
 */
public final class BufferPool {
    /** Marks "no such access yet" in a frame's history. */
    private static final long NEVER = -1;

    private final PageFile file;
    private final Frame[] frames;
    private final int[] pins;
    private final boolean[] dirty;
    private final long[] lastAccess;
    private final long[] previousAccess;
    private final Map<Integer, Integer> frameOfPage = new HashMap<>();
    private final Deque<Integer> freeFrames = new ArrayDeque<>();
    private long clock;
    private long hits;
    private long misses;

    /**
     * A pool of {@code frames} frames over {@code file}. Make the frames here, once (the checks count the
     * different frames you hand out), and read nothing yet.
     *
     * @throws NullPointerException     if {@code file} is null
     * @throws IllegalArgumentException if {@code frames < 1}; the message names {@code frames}
     */
    public BufferPool(PageFile file, int frames) {
        this.file = Objects.requireNonNull(file, "file");
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, got " + frames);
        }
        this.frames = new Frame[frames];
        this.pins = new int[frames];
        this.dirty = new boolean[frames];
        this.lastAccess = new long[frames];
        this.previousAccess = new long[frames];
        for (int i = 0; i < frames; i++) {
            this.frames[i] = new Frame(file.pageSize());
            freeFrames.add(i);
        }
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
        requireExists(page);
        Integer resident = frameOfPage.get(page);
        if (resident != null) {
            hits++;
            return pinAndAccess(resident);
        }
        int frame = claimFrame("pin page " + page);
        frames[frame].load(page, file.read(page));
        frameOfPage.put(page, frame);
        misses++;
        return pinAndAccess(frame);
    }

    /**
     * Releases one pin of {@code page}. With {@code dirty = true} the caller has changed the frame's data, and the
     * page must be written back before its frame is reused.
     *
     * @throws IllegalStateException if {@code page} is not pinned (never pinned, evicted, or all its pins already
     *                               released); the message names the page, as in "page 7 is not pinned"
     */
    public void unpin(int page, boolean dirty) {
        Integer frame = frameOfPage.get(page);
        if (frame == null || pins[frame] == 0) {
            throw new IllegalStateException("page " + page + " is not pinned: every unpin must match one pin");
        }
        pins[frame]--;
        this.dirty[frame] |= dirty; // a clean unpin must not hide an earlier change
    }

    /**
     * Writes {@code page} back if it is in a frame and dirty; it is clean afterwards. Does nothing for a clean page
     * or a page not in a frame. The page may be pinned.
     *
     * @throws IllegalArgumentException if the file has no page {@code page}; the message names it
     */
    public void flush(int page) {
        requireExists(page);
        Integer frame = frameOfPage.get(page);
        if (frame != null) {
            writeBackIfDirty(frame);
        }
    }

    /** Writes back every dirty page in the pool, once each; they are all clean afterwards. */
    public void flushAll() {
        for (int frame : frameOfPage.values()) {
            writeBackIfDirty(frame);
        }
    }

    /**
     * Adds a page of zeros at the end of the file ({@link PageFile#allocate()}: one write, no read) and pins it in
     * a frame, which then holds zeros. It is one access, but neither a hit nor a miss.
     *
     * @return the frame, whose {@link Frame#page()} is the new page's number
     * @throws IllegalStateException if every frame is pinned (as for {@link #pin}); the file is left unchanged
     */
    public Frame newPage() {
        int frame = claimFrame("add a page"); // before allocating, so a full pool leaves the file as it was
        int page = file.allocate();
        frames[frame].loadZeros(page); // the zeros are known: reading them back would waste an I/O
        frameOfPage.put(page, frame);
        return pinAndAccess(frame);
    }

    /** How many pins found their page already in a frame. */
    public long hits() {
        return hits;
    }

    /** How many pins had to read their page from the disk. */
    public long misses() {
        return misses;
    }

    /** Pins the page in {@code frame} once more and records the access in its history of two. */
    private Frame pinAndAccess(int frame) {
        pins[frame]++;
        previousAccess[frame] = lastAccess[frame];
        lastAccess[frame] = clock++;
        return frames[frame];
    }

    /** A free frame, or the victim's frame emptied (written back first if dirty), with a fresh history. */
    private int claimFrame(String action) {
        Integer free = freeFrames.poll();
        int frame;
        if (free != null) {
            frame = free;
        } else {
            frame = victim();
            if (frame < 0) {
                throw new IllegalStateException("cannot " + action + ": all " + frames.length
                        + " frames are pinned; unpin a page first");
            }
            writeBackIfDirty(frame);
            frameOfPage.remove(frames[frame].page());
        }
        lastAccess[frame] = NEVER;
        previousAccess[frame] = NEVER;
        return frame;
    }

    /**
     * LRU-2: among the unpinned frames, one seen only once beats one seen twice (its backward 2-distance is
     * infinite); within each group the oldest decisive access loses (the only access, or the one before the last).
     *
     * @return the frame to evict, or -1 if every frame is pinned
     */
    private int victim() {
        int best = -1;
        for (int frame = 0; frame < frames.length; frame++) {
            if (pins[frame] == 0 && (best < 0 || evictsBefore(frame, best))) {
                best = frame;
            }
        }
        return best;
    }

    private boolean evictsBefore(int a, int b) {
        boolean aOnce = previousAccess[a] == NEVER;
        boolean bOnce = previousAccess[b] == NEVER;
        if (aOnce != bOnce) {
            return aOnce;
        }
        return aOnce ? lastAccess[a] < lastAccess[b] : previousAccess[a] < previousAccess[b];
    }

    private void writeBackIfDirty(int frame) {
        if (dirty[frame]) {
            file.write(frames[frame].page(), frames[frame].data());
            dirty[frame] = false;
        }
    }

    private void requireExists(int page) {
        if (page < 0 || page >= file.pageCount()) {
            throw new IllegalArgumentException("page " + page + " does not exist: the file has "
                    + file.pageCount() + " pages");
        }
    }
}

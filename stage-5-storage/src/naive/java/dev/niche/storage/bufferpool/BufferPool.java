package dev.niche.storage.bufferpool;

import dev.niche.storage.disk.PageFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A buffer pool: a fixed number of in-memory {@link Frame frames} that cache the pages of one {@link PageFile}, so
 * that a page used again is served from memory instead of the disk. Not thread-safe: one caller at a time.
 *
 * <p>Plain LRU: the resident pages in a {@link LinkedHashMap} in access order, and the victim is the first unpinned
 * one, the page used least recently. Pins and write-back are right; a scan longer than the pool evicts everything.
 */
public final class BufferPool {

    /** A resident page: its frame, pins and dirty flag. */
    private static final class Slot {
        final Frame frame;
        int pins;
        boolean dirty;

        Slot(Frame frame) {
            this.frame = frame;
        }
    }

    private final PageFile file;
    private final int frameCount;
    private final Map<Integer, Slot> resident = new LinkedHashMap<>(16, 0.75f, true);
    private final Deque<Frame> freeFrames = new ArrayDeque<>();
    private long hits;
    private long misses;

    public BufferPool(PageFile file, int frames) {
        this.file = Objects.requireNonNull(file, "file");
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, got " + frames);
        }
        this.frameCount = frames;
        for (int i = 0; i < frames; i++) {
            freeFrames.add(new Frame(file.pageSize()));
        }
    }

    public Frame pin(int page) {
        requireExists(page);
        Slot slot = resident.get(page); // moves the page to the most recent end
        if (slot != null) {
            hits++;
        } else {
            slot = new Slot(claimFrame());
            slot.frame.load(page, file.read(page));
            resident.put(page, slot);
            misses++;
        }
        slot.pins++;
        return slot.frame;
    }

    public void unpin(int page, boolean dirty) {
        Slot slot = resident.get(page);
        if (slot == null || slot.pins == 0) {
            throw new IllegalStateException("page " + page + " is not pinned");
        }
        slot.pins--;
        slot.dirty |= dirty;
    }

    public void flush(int page) {
        requireExists(page);
        Slot slot = resident.get(page);
        if (slot != null) {
            writeBack(page, slot);
        }
    }

    public void flushAll() {
        resident.forEach(this::writeBack);
    }

    public Frame newPage() {
        Frame frame = claimFrame();
        int page = file.allocate();
        frame.loadZeros(page);
        Slot slot = new Slot(frame);
        slot.pins = 1;
        resident.put(page, slot);
        return frame;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    private Frame claimFrame() {
        if (!freeFrames.isEmpty()) {
            return freeFrames.poll();
        }
        Iterator<Map.Entry<Integer, Slot>> oldestFirst = resident.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<Integer, Slot> entry = oldestFirst.next();
            if (entry.getValue().pins == 0) {
                writeBack(entry.getKey(), entry.getValue());
                oldestFirst.remove();
                return entry.getValue().frame;
            }
        }
        throw new IllegalStateException("all " + frameCount + " frames are pinned");
    }

    private void writeBack(int page, Slot slot) {
        if (slot.dirty) {
            file.write(page, slot.frame.data());
            slot.dirty = false;
        }
    }

    private void requireExists(int page) {
        if (page < 0 || page >= file.pageCount()) {
            throw new IllegalArgumentException("page " + page + " does not exist: the file has "
                    + file.pageCount() + " pages");
        }
    }
}

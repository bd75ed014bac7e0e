package dev.niche.storage.bufferpool;

import java.util.Arrays;

/**
 * One frame of a {@link BufferPool}: a buffer of one page and the number of the page it holds. Given code: do not
 * change.
 *
 * <p>The pool makes its frames once, in its constructor, and reuses them: when a page is evicted, its frame is
 * loaded with another page. A caller that pins a page gets the frame and works on {@link #data()} directly, with
 * no copy, until it unpins the page.
 */
public final class Frame {
    /** What {@link #page()} returns for a frame that holds no page yet. */
    public static final int NO_PAGE = -1;

    private final byte[] data;
    private int page = NO_PAGE;

    /** An empty frame for pages of {@code pageSize} bytes. */
    Frame(int pageSize) {
        this.data = new byte[pageSize];
    }

    /** The number of the page this frame holds, or {@link #NO_PAGE}. */
    public int page() {
        return page;
    }

    /**
     * The page's bytes: the frame's own array, not a copy. Change them only while you hold a pin on the page, and
     * then unpin it with {@code dirty = true}, so that the pool writes them back.
     */
    public byte[] data() {
        return data;
    }

    /** Makes this frame hold {@code page}, with a copy of {@code bytes} (one page long) as its contents. */
    void load(int page, byte[] bytes) {
        if (bytes.length != data.length) {
            throw new IllegalArgumentException("a frame holds " + data.length + " bytes, got " + bytes.length);
        }
        System.arraycopy(bytes, 0, data, 0, data.length);
        this.page = page;
    }

    /** Makes this frame hold {@code page}, filled with zeros: a page just added to the file. */
    void loadZeros(int page) {
        Arrays.fill(data, (byte) 0);
        this.page = page;
    }

    @Override
    public String toString() {
        return page == NO_PAGE ? "empty frame" : "frame holding page " + page;
    }
}

package dev.niche.storage.bplustree;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import dev.niche.storage.disk.PageFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A B+ tree of {@code long} keys and values on the pages of a {@link PageFile}.
 *
 * <p>Naive: the leaves are not chained. Lookups, inserts and deletes are those of a real B+ tree, but a range
 * scan finds each next leaf by descending from the root again, so it reads height() pages per leaf instead of one.
 *
 * <p>Page layouts, all numbers big-endian:
 * <pre>
 * page 0 (header): magic "BPT1" | pageSize | root page | height
 * leaf:            LEAF  | count | (unused)                  | count x (key, value)      16 bytes an entry
 * inner:           INNER | count | child 0                   | count x (key, child i+1)  12 bytes a key
 * </pre>
 * In an inner page, child i holds the keys k with key(i - 1) <= k < key(i): a separator is the first key of
 * the subtree to its right.
 */
public final class BPlusTree implements KeyValueStore {
    /** The smallest page size accepted: 7 entries a leaf, 9 keys an inner page. */
    private static final int MIN_PAGE_SIZE = 128;
    private static final int MAGIC = 0x42505431; // "BPT1"
    private static final int LEAF = 1;
    private static final int INNER = 2;
    private static final int NODE_HEADER = 12; // type, count, next leaf or child 0
    private static final int LEAF_ENTRY = 16;
    private static final int INNER_ENTRY = 12;

    private final PageFile pages;
    private final int leafCapacity;
    private final int innerCapacity;
    private int root;
    private int height;

    private BPlusTree(PageFile pages, int root, int height) {
        this.pages = pages;
        this.leafCapacity = (pages.pageSize() - NODE_HEADER) / LEAF_ENTRY;
        this.innerCapacity = (pages.pageSize() - NODE_HEADER) / INNER_ENTRY;
        this.root = root;
        this.height = height;
    }

    /**
     * Opens the tree kept in file {@code file} of {@code disk}, creating an empty one if the file is absent or
     * empty.
     *
     * @throws NullPointerException     if {@code disk} is null
     * @throws IllegalArgumentException if {@code file} is null or blank, {@code pageSize < 128}, or the file holds
     *                                  something else than a tree of that page size
     */
    public static BPlusTree open(Disk disk, String file, int pageSize) {
        Objects.requireNonNull(disk, "disk");
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file must be a non-blank file name, got " + file);
        }
        if (pageSize < MIN_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be at least " + MIN_PAGE_SIZE + " bytes, got "
                    + pageSize);
        }
        if (disk.exists(file) && disk.open(file).size() > 0 && disk.open(file).size() % pageSize != 0) {
            throw new IllegalArgumentException(file + " was not written with pageSize " + pageSize);
        }
        PageFile pages = new PageFile(disk, file, pageSize);
        if (pages.pageCount() == 0) {
            // A new tree: the header, then one empty leaf as the root. Synced, so reopening finds it.
            BPlusTree tree = new BPlusTree(pages, 1, 1);
            tree.writeHeader();
            pages.write(1, newNode(pageSize, LEAF));
            pages.sync();
            return tree;
        }
        ByteBuffer header = ByteBuffer.wrap(pages.read(0));
        if (header.getInt(0) != MAGIC) {
            throw new IllegalArgumentException(file + " does not hold a B+ tree");
        }
        if (header.getInt(4) != pageSize) {
            throw new IllegalArgumentException(file + " was written with pageSize " + header.getInt(4)
                    + ", not pageSize " + pageSize);
        }
        return new BPlusTree(pages, header.getInt(8), header.getInt(12));
    }

    @Override
    public void put(long key, long value) {
        int[] path = new int[height];
        ByteBuffer[] nodes = new ByteBuffer[height];
        descend(key, path, nodes);
        ByteBuffer leaf = nodes[height - 1];
        int count = count(leaf);
        int at = lowerBound(leaf, count, key);
        if (at < count && leafKey(leaf, at) == key) {
            leaf.putLong(leafOffset(at) + 8, value); // overwrite in place: no split needed
            pages.write(path[height - 1], leaf.array());
            return;
        }
        if (count < leafCapacity) {
            shift(leaf, leafOffset(at), leafOffset(count), LEAF_ENTRY);
            leaf.putLong(leafOffset(at), key).putLong(leafOffset(at) + 8, value);
            leaf.putInt(4, count + 1);
            pages.write(path[height - 1], leaf.array());
            return;
        }
        splitLeafAndInsert(path, nodes, at, key, value);
    }

    @Override
    public OptionalLong get(long key) {
        ByteBuffer leaf = findLeaf(key);
        int count = count(leaf);
        int at = lowerBound(leaf, count, key);
        return at < count && leafKey(leaf, at) == key ? OptionalLong.of(leaf.getLong(leafOffset(at) + 8))
                : OptionalLong.empty();
    }

    /** Removes the key from its leaf. Leaves are never merged: an emptied leaf stays in the chain, harmless. */
    @Override
    public void delete(long key) {
        int[] path = new int[height];
        ByteBuffer[] nodes = new ByteBuffer[height];
        descend(key, path, nodes);
        ByteBuffer leaf = nodes[height - 1];
        int count = count(leaf);
        int at = lowerBound(leaf, count, key);
        if (at < count && leafKey(leaf, at) == key) {
            shift(leaf, leafOffset(at + 1), leafOffset(count), -LEAF_ENTRY);
            leaf.putInt(4, count - 1);
            pages.write(path[height - 1], leaf.array());
        }
    }

    /** Collects leaf by leaf; the next leaf is found from the root, at the smallest separator above this one. */
    @Override
    public List<Entry> scan(long fromInclusive, long toExclusive) {
        if (fromInclusive > toExclusive) {
            throw new IllegalArgumentException("fromInclusive (" + fromInclusive + ") must not exceed toExclusive ("
                    + toExclusive + ")");
        }
        List<Entry> entries = new ArrayList<>();
        long from = fromInclusive;
        while (from < toExclusive) {
            long[] fence = {Long.MAX_VALUE};
            boolean[] last = {true};
            ByteBuffer leaf = findLeaf(from, fence, last);
            int count = count(leaf);
            for (int at = lowerBound(leaf, count, from); at < count; at++) {
                long key = leafKey(leaf, at);
                if (key >= toExclusive) {
                    return entries;
                }
                entries.add(new Entry(key, leaf.getLong(leafOffset(at) + 8)));
            }
            if (last[0]) {
                return entries;
            }
            from = fence[0];
        }
        return entries;
    }

    /** Every node is written when it changes, so only the sync is left to do. */
    @Override
    public void flush() {
        pages.sync();
    }

    /** The number of pages a lookup reads from the root to a leaf (1 when the root is a leaf). */
    public int height() {
        return height;
    }

    // ---- descent ----

    private ByteBuffer findLeaf(long key) {
        return findLeaf(key, new long[1], new boolean[1]);
    }

    /** Also finds the leaf's upper fence: the smallest separator above the key on the way down, if any. */
    private ByteBuffer findLeaf(long key, long[] fence, boolean[] last) {
        ByteBuffer node = read(root);
        last[0] = true;
        for (int level = 1; level < height; level++) {
            int i = childIndex(node, key);
            if (i < count(node)) {
                fence[0] = node.getLong(innerKeyOffset(i));
                last[0] = false;
            }
            node = read(child(node, i));
        }
        return node;
    }

    /** Reads the pages from the root to the key's leaf, keeping them for this call only (a split needs them). */
    private void descend(long key, int[] path, ByteBuffer[] nodes) {
        int page = root;
        for (int level = 0; level < height; level++) {
            path[level] = page;
            nodes[level] = read(page);
            if (level < height - 1) {
                page = childFor(nodes[level], key);
            }
        }
    }

    private static int childFor(ByteBuffer inner, long key) {
        return child(inner, childIndex(inner, key));
    }

    /** The index of the child whose range holds {@code key}: the number of separators <= key. */
    private static int childIndex(ByteBuffer inner, long key) {
        int lo = 0;
        int hi = count(inner);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inner.getLong(innerKeyOffset(mid)) <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- splits ----

    private void splitLeafAndInsert(int[] path, ByteBuffer[] nodes, int at, long key, long value) {
        ByteBuffer leaf = nodes[height - 1];
        int total = leafCapacity + 1;
        long[] keys = new long[total];
        long[] values = new long[total];
        for (int i = 0, j = 0; i < total; i++) {
            if (i == at) {
                keys[i] = key;
                values[i] = value;
            } else {
                keys[i] = leafKey(leaf, j);
                values[i] = leaf.getLong(leafOffset(j) + 8);
                j++;
            }
        }
        int leftCount = total / 2;
        int rightPage = pages.pageCount();
        ByteBuffer right = ByteBuffer.wrap(newNode(pages.pageSize(), LEAF));
        for (int i = leftCount; i < total; i++) {
            right.putLong(leafOffset(i - leftCount), keys[i]).putLong(leafOffset(i - leftCount) + 8, values[i]);
        }
        right.putInt(4, total - leftCount);
        for (int i = 0; i < leftCount; i++) {
            leaf.putLong(leafOffset(i), keys[i]).putLong(leafOffset(i) + 8, values[i]);
        }
        leaf.putInt(4, leftCount);
        pages.write(rightPage, right.array());
        pages.write(path[height - 1], leaf.array());
        insertIntoParent(path, nodes, height - 2, keys[leftCount], rightPage);
    }

    /** Adds separator {@code key} with its right child {@code rightPage} to the inner node at {@code level}. */
    private void insertIntoParent(int[] path, ByteBuffer[] nodes, int level, long key, int rightPage) {
        if (level < 0) {
            growNewRoot(key, rightPage);
            return;
        }
        ByteBuffer inner = nodes[level];
        int count = count(inner);
        int at = 0;
        while (at < count && inner.getLong(innerKeyOffset(at)) <= key) {
            at++;
        }
        if (count < innerCapacity) {
            shift(inner, innerKeyOffset(at), innerKeyOffset(count), INNER_ENTRY);
            inner.putLong(innerKeyOffset(at), key).putInt(innerKeyOffset(at) + 8, rightPage);
            inner.putInt(4, count + 1);
            pages.write(path[level], inner.array());
            return;
        }
        // Full: lay out all keys and children, keep the left half, move the right half, push the middle key up.
        int total = count + 1;
        long[] keys = new long[total];
        int[] children = new int[total + 1];
        children[0] = child(inner, 0);
        for (int i = 0, j = 0; i < total; i++) {
            if (i == at) {
                keys[i] = key;
                children[i + 1] = rightPage;
            } else {
                keys[i] = inner.getLong(innerKeyOffset(j));
                children[i + 1] = child(inner, j + 1);
                j++;
            }
        }
        int mid = total / 2;
        int newPage = pages.pageCount();
        ByteBuffer right = ByteBuffer.wrap(newNode(pages.pageSize(), INNER));
        right.putInt(8, children[mid + 1]);
        for (int i = mid + 1; i < total; i++) {
            right.putLong(innerKeyOffset(i - mid - 1), keys[i]).putInt(innerKeyOffset(i - mid - 1) + 8,
                    children[i + 1]);
        }
        right.putInt(4, total - mid - 1);
        for (int i = 0; i < mid; i++) {
            inner.putLong(innerKeyOffset(i), keys[i]).putInt(innerKeyOffset(i) + 8, children[i + 1]);
        }
        inner.putInt(4, mid);
        pages.write(newPage, right.array());
        pages.write(path[level], inner.array());
        insertIntoParent(path, nodes, level - 1, keys[mid], newPage);
    }

    /** The root split: a new root above it with two children, the only way the tree grows taller. */
    private void growNewRoot(long key, int rightPage) {
        int newRoot = pages.pageCount();
        ByteBuffer node = ByteBuffer.wrap(newNode(pages.pageSize(), INNER));
        node.putInt(4, 1).putInt(8, root).putLong(innerKeyOffset(0), key).putInt(innerKeyOffset(0) + 8, rightPage);
        pages.write(newRoot, node.array());
        root = newRoot;
        height++;
        writeHeader();
    }

    // ---- page layout ----

    private void writeHeader() {
        ByteBuffer header = ByteBuffer.allocate(pages.pageSize());
        header.putInt(0, MAGIC).putInt(4, pages.pageSize()).putInt(8, root).putInt(12, height);
        pages.write(0, header.array());
    }

    private ByteBuffer read(int page) {
        return ByteBuffer.wrap(pages.read(page));
    }

    private static byte[] newNode(int pageSize, int type) {
        return ByteBuffer.allocate(pageSize).putInt(0, type).array();
    }

    private static int count(ByteBuffer node) {
        return node.getInt(4);
    }

    private static int leafOffset(int i) {
        return NODE_HEADER + i * LEAF_ENTRY;
    }

    private static long leafKey(ByteBuffer leaf, int i) {
        return leaf.getLong(leafOffset(i));
    }

    private static int innerKeyOffset(int i) {
        return NODE_HEADER + i * INNER_ENTRY;
    }

    private static int child(ByteBuffer inner, int i) {
        return i == 0 ? inner.getInt(8) : inner.getInt(innerKeyOffset(i - 1) + 8);
    }

    /** The first entry whose key is >= {@code key}, or {@code count}. */
    private static int lowerBound(ByteBuffer leaf, int count, long key) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (leafKey(leaf, mid) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Moves bytes {@code [from, end)} by {@code by} bytes (either way) inside the page. */
    private static void shift(ByteBuffer node, int from, int end, int by) {
        byte[] bytes = node.array();
        System.arraycopy(bytes, from, bytes, from + by, end - from);
    }
}

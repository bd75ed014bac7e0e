/**
 * <b>Buffer pool: pins, dirty write-back and an LRU-2 replacer</b> (checkpoint 5.3: explain and build a buffer
 * pool, a WAL, MVCC, a B-tree and an LSM tree).
 *
 * <p>A database reads its tables one page at a time, and the disk is thousands of times slower than memory. So it
 * keeps a few hundred pages in a <em>buffer pool</em> and goes to the disk only when a page is not there. The pool
 * is small compared with the data, and what it chooses to evict decides how often the database waits. The classic
 * trap: a report reads a big table once from end to end, and under plain LRU that one pass pushes out the pages
 * every other request needs, so the whole service slows down until they are read back.
 *
 * <p><b>Your task:</b> fill in {@link dev.niche.storage.bufferpool.BufferPool} over the given {@link
 * dev.niche.storage.disk.PageFile}, with the given {@link dev.niche.storage.bufferpool.Frame} as its frames: pins
 * (a page in use is never evicted), dirty pages written back exactly when needed, counts of hits and misses, and
 * LRU-2 replacement, which remembers the last two accesses of each page and evicts pages seen only once first.
 *
 * <p><b>How it is checked:</b> every check counts the disk's reads and writes; none times anything.
 * <ul>
 *   <li>Examples: hits, misses and reads on fixed sequences; a dirty page written back once when it is evicted,
 *       a clean one never; flushing; new pages; a clear error when every frame is pinned; bad arguments.</li>
 *   <li>A property runs random pins, unpins with and without changes, flushes and new pages against a model of
 *       the file: every frame you hand out holds the model's bytes, a pinned page stays in its frame, only dirty
 *       pages are written, each once, and a pin reads at most one page.</li>
 *   <li>A property of scan resistance: a pool warmed with a hot set of pages, each used at least twice, then a
 *       scan of more pages than the pool holds, then the hot set again. Pinning the hot set again must read
 *       nothing from the disk.</li>
 * </ul>
 */
package dev.niche.storage.bufferpool;

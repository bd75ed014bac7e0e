/**
 * Given code for the engine katas: a simulated disk that counts every read and write and can be "crashed".
 *
 * <p>The buffer pool, write-ahead log, B+ tree and LSM tree katas keep their bytes on a {@link
 * dev.niche.storage.disk.Disk}: named files ({@link dev.niche.storage.disk.DiskFile}) of bytes, or fixed-size
 * pages ({@link dev.niche.storage.disk.PageFile}). Three things make it a teaching disk rather than a real one:
 * <ul>
 *   <li><b>It counts.</b> {@link dev.niche.storage.disk.Disk#stats()} reports reads, writes, bytes and syncs, so a
 *       check can say "this lookup read 7 pages, the tree is 3 high" instead of timing anything.</li>
 *   <li><b>Writes are not durable until {@code sync()}.</b> Like an operating system's page cache, a write lands
 *       in memory first; only a sync promises it survives a power cut.</li>
 *   <li><b>It can crash.</b> A disk made with {@link dev.niche.storage.disk.Disk#recordingCrashes()} remembers
 *       every change, and {@link dev.niche.storage.disk.Disk#crashImage} builds the disk a power cut would leave
 *       at any point: unsynced bytes kept or lost, and a write torn part-way. The checks recover your engine from
 *       such images, at every point, and compare with what your code had acknowledged.</li>
 * </ul>
 *
 * <p>Creating, deleting and renaming a file are atomic and durable as soon as they return (a real file system
 * needs a sync of the directory for that; here it is given, to keep the katas about the data).
 */
package dev.niche.storage.disk;

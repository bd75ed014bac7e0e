/**
 * <b>LSM tree: memtable, sorted runs, Bloom filters, compaction, recovery</b> (checkpoint 5.3: explain and build
 * the storage engines, and say when each wins).
 *
 * <p>A metrics service takes a hundred thousand writes a second and reads far less. A B+ tree would update a page
 * in place for every write, at a random spot on the disk. A log-structured merge tree never updates in place: it
 * collects writes in memory and writes them out, sorted, in one sequential sweep. Cassandra, RocksDB and LevelDB
 * work this way. The price is paid on reads, which may have to look in many files, and the tricks of this kata
 * keep that price low.
 *
 * <p><b>Your task:</b> implement {@link dev.niche.storage.lsmtree.LsmTree} on the given {@link
 * dev.niche.storage.disk.Disk}, a {@code long -> long} ordered map ({@link dev.niche.storage.disk.KeyValueStore}):
 * <ol>
 *   <li><b>Log and memtable.</b> A put or delete appends a checksummed record to a log file and syncs it (from then
 *       on the write is acknowledged), then goes into the memtable, a sorted map in memory. A delete stores a
 *       <em>tombstone</em>: an older run may still hold the key, and the tombstone must hide it.</li>
 *   <li><b>Sorted runs.</b> When the memtable is full, write it out as a run file: entries in key order, in blocks,
 *       with a sparse index (the first key of each block) and a {@link dev.niche.storage.lsmtree.KeyFilter} of its
 *       keys. Sync the run, then record it in the manifest together with a fresh log.</li>
 *   <li><b>Reads.</b> A get asks the memtable, then the runs from newest to oldest; the first version found wins,
 *       and a tombstone means "absent". A run whose filter says no costs no read; otherwise its index names the one
 *       block to read. A scan merges the memtable and all runs.</li>
 *   <li><b>Compaction.</b> Every flush adds a run, and every run costs absent-key lookups and scans. Merge runs so
 *       that only logarithmically many remain. Drop tombstones only when merging into the oldest run.</li>
 *   <li><b>Recovery.</b> {@code open} reads the manifest, loads each run's filter and index, deletes files the
 *       manifest does not name (leftovers of a crashed flush), and replays the log up to its first torn record.</li>
 * </ol>
 * The Javadoc of {@link dev.niche.storage.lsmtree.LsmTree} gives the exact contract, including the order of the
 * steps that makes every crash safe.
 *
 * <p><b>How it is checked:</b> examples of overwrites, tombstones and scans across flushes; random operations
 * (with flushes and reopens) against a {@code TreeMap}; a workload that flushes and compacts, crashed after every
 * change of the disk (unsynced bytes kept or lost) and with writes torn at many byte offsets, where the recovered
 * state must equal exactly what was acknowledged; and the disk's read counter: 1000 gets of absent keys may read
 * at most 0.05 blocks per run each, a get of a present key about one block, and the number of runs stays within
 * 2 log2(n / memtableLimit) + 2.
 */
package dev.niche.storage.lsmtree;

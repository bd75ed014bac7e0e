/**
 * <b>Engine advisor: measure, then pick</b> (checkpoint 5.3: say when each engine wins).
 *
 * <p>You have built two engines for the same job, an ordered map on a disk: a B+ tree and an LSM tree. Ask
 * around which one to use and you hear folklore: "LSM for writes, B-trees for reads". Sometimes your own
 * engines will agree and sometimes not; either way there is a reason, and you can measure it. Every engine
 * makes the disk do more than the application asked for, in three ways:
 * <ul>
 *   <li><b>write amplification</b>: disk bytes written per byte the application wrote. A B+ tree updates in
 *       place, but a page is its unit: changing one 16-byte entry writes the whole 4 KB page back. An LSM tree
 *       collects writes in a memtable and writes them out together, sequentially, as a sorted run; then
 *       compaction merges runs and writes each surviving entry again, once per merge it takes part in.</li>
 *   <li><b>read amplification</b>: disk bytes read per byte a query returns. A B+ tree reads one page per level
 *       along one path from the root, and a range scan then walks neighbouring leaves that are full of the
 *       entries it wants. An LSM lookup may have to look in several runs, newest first: Bloom filters let it skip
 *       most runs that lack the key, and fewer, larger runs (more compaction) mean fewer places to look. (This
 *       disk charges a read exactly the bytes it asks for; a real drive reads whole blocks of 4 KB or more, so
 *       there small reads cost more than they do here, and the B+ tree's page reads relatively less.)</li>
 *   <li><b>space amplification</b>: disk bytes kept per byte of live data. A B+ tree page is allocated whole, and
 *       splits leave pages half empty. An LSM tree is compact once merged, but an overwritten or deleted key
 *       keeps its old entries and its tombstone in older runs until compaction gets rid of them.</li>
 * </ul>
 * Each engine trades one of these against the others, so the right engine depends on what the application runs
 * out of first: the disk's time per lookup, its write endurance, or its room.
 *
 * <p><b>Your task</b>, in {@link dev.niche.storage.engineadvisor.Advisor}:
 * <ol>
 *   <li>{@code measure(engine, workload)}: run a {@link dev.niche.storage.engineadvisor.Workload} on a fresh
 *       simulated disk and report the six byte counts of an {@link dev.niche.storage.engineadvisor.Amplification},
 *       taken from the disk's own counters ({@code disk.stats()}, {@code disk.totalBytes()}) at the moments the
 *       Javadoc names. Count bytes, not calls: a call may carry 16 bytes or 4 096. Flush before you count, or
 *       every write the engine postponed goes missing; restart before the queries, or every page the engine
 *       cached during the writes is read for free.</li>
 *   <li>{@code amplifies(mechanism)}: which amplification each of six things the engines do raises.</li>
 *   <li>{@code bottleneck(scenario)}: for each of four applications
 *       ({@link dev.niche.storage.engineadvisor.Scenario}), the amplification that matters most.</li>
 *   <li>{@code pick(scenario, bPlusTree, lsmTree)}: the engine whose measured figure for that bottleneck is
 *       lower. The figures decide, not the reputations.</li>
 * </ol>
 * {@link dev.niche.storage.engineadvisor.Engine} opens your own B+ tree and LSM tree (the b-plus-tree and
 * lsm-tree katas): finish those first.
 *
 * <p><b>How it is checked:</b> your {@code measure} runs once on a toy store whose figures are worked out by hand,
 * then on both of your engines for every scenario. Each store it opens is watched, so the check knows the disk's
 * counters at the end of the flush, at the restart and at the end, and compares them with your six figures; a
 * missing flush, a missing restart or a count of calls instead of bytes is named in the message. Your picks are
 * compared with what those same figures favour, and with made-up figures in which the engine with the worse
 * reputation wins. The answers about mechanisms and bottlenecks are checked against a hashed key; a wrong one
 * gets a hint.
 *
 * <p>When your figures are in, look at them: by how much does the LSM tree write less than the B+ tree on ingest,
 * and what do the B+ tree's whole-page writes cost on updates of 16 bytes? Those ratios are the answer to "when
 * does each engine win", with numbers.
 */
package dev.niche.storage.engineadvisor;

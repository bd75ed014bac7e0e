/**
 * <b>B+ tree on pages</b> (checkpoint 5.3: explain and build a B-tree, and say when it wins).
 *
 * <p>Every relational database keeps its tables and indexes in B+ trees: wide, shallow trees whose nodes are disk
 * pages, so that finding one key among millions reads three or four pages, and reading a range of keys walks along
 * the bottom level from one leaf to the next. Here you build one on the stage's simulated disk, which counts every
 * page you read.
 *
 * <p><b>Your task:</b> implement {@link dev.niche.storage.bplustree.BPlusTree}, an ordered map of {@code long} to
 * {@code long} (the {@link dev.niche.storage.disk.KeyValueStore} interface) kept on a
 * {@link dev.niche.storage.disk.PageFile}. You design the page layouts: a header page naming the root, leaves with
 * sorted entries and a pointer to the next leaf, inner pages with separator keys and child page numbers. Inserting
 * into a full page splits it; splitting the root makes the tree one level taller. The Javadoc of {@code BPlusTree}
 * gives the exact rules and costs. The engine-advisor kata later measures your tree against your LSM tree, so keep
 * it honest: the tree lives on its pages, not in Java objects.
 *
 * <p><b>How it is checked:</b>
 * <ul>
 *   <li>examples: small sequences, splits in ascending and descending order, scan bounds, reopening, bad input;</li>
 *   <li>properties: random puts, deletes, gets and scans against a {@code java.util.TreeMap}, and the same map
 *       after {@code flush()}, a power cut that loses every unsynced write, and {@code open} again;</li>
 *   <li>complexity, by counting page reads on a reopened tree: a lookup reads exactly {@code height()} pages, the
 *       height stays within its logarithmic bound at 1 000, 10 000 and 100 000 keys, and a range scan of r keys
 *       reads about {@code height() + r / m} pages.</li>
 * </ul>
 */
package dev.niche.storage.bplustree;

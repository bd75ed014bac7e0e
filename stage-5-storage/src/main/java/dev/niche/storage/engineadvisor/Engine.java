package dev.niche.storage.engineadvisor;

import dev.niche.storage.bplustree.BPlusTree;
import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import dev.niche.storage.lsmtree.LsmTree;

/**
 * The two engines you built in the b-plus-tree and lsm-tree katas, with the settings the advisor compares them
 * at. Given code: do not change.
 */
public enum Engine {
    /** Your {@link BPlusTree}, on 4 KB pages in the file {@code btree.pages}. */
    BPLUS_TREE,
    /** Your {@link LsmTree}, whose memtable holds 1 024 entries before it is written out as a sorted run. */
    LSM_TREE;

    /** The B+ tree's page size in bytes. */
    public static final int PAGE_SIZE = 4096;
    /** The LSM tree's memtable limit in entries. */
    public static final int MEMTABLE_LIMIT = 1024;

    /** Opens this engine on {@code disk}: an empty store on an empty disk, or the store the disk already holds. */
    public KeyValueStore open(Disk disk) {
        return switch (this) {
            case BPLUS_TREE -> BPlusTree.open(disk, "btree.pages", PAGE_SIZE);
            case LSM_TREE -> LsmTree.open(disk, MEMTABLE_LIMIT);
        };
    }
}

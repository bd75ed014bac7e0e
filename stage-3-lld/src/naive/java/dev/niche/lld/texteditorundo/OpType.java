package dev.niche.lld.texteditorundo;

/** Naive: the kinds of edit the editor knows how to do and undo. */
enum OpType {
    INSERT, DELETE, REPLACE
}

package dev.niche.dsa.gridbfs;

/** A square of the warehouse floor: its row counted from the top and its column from the left, both from 0. */
public record Square(int row, int col) {
    @Override
    public String toString() {
        return "(" + row + ", " + col + ")";
    }
}

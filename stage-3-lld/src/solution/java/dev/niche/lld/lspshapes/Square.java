package dev.niche.lld.lspshapes;

/**
 * Reference: a square is a {@link Shape}, a sibling of {@link Rectangle} rather than its child. It only promises
 * what it can keep (one side), so it can stand in for every type it has. Code that needs to set two sides holds a
 * {@code Rectangle}, and can no longer be handed a square.
 */
public final class Square implements Shape {
    private int side;

    public Square(int side) {
        this.side = checkSide(side);
    }

    public int side() {
        return side;
    }

    public void setSide(int side) {
        this.side = checkSide(side);
    }

    @Override
    public long area() {
        return (long) side * side;
    }

    @Override
    public long perimeter() {
        return 4L * side;
    }

    @Override
    public String toString() {
        return "Square " + side;
    }

    private static int checkSide(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("side must be at least 1, was " + side);
        }
        return side;
    }
}

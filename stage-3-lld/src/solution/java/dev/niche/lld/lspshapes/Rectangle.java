package dev.niche.lld.lspshapes;

/**
 * Reference: unchanged but for {@code final}. A class whose methods promise things a subclass could not keep
 * (sides that change independently) is safest closed to subclassing; a new kind of shape implements
 * {@link Shape} instead.
 */
public final class Rectangle implements Shape {
    private int width;
    private int height;

    public Rectangle(int width, int height) {
        this.width = checkSide(width, "width");
        this.height = checkSide(height, "height");
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public void setWidth(int width) {
        this.width = checkSide(width, "width");
    }

    public void setHeight(int height) {
        this.height = checkSide(height, "height");
    }

    @Override
    public long area() {
        return (long) width * height;
    }

    @Override
    public long perimeter() {
        return 2L * (width + (long) height);
    }

    @Override
    public String toString() {
        return "Rectangle " + width + " x " + height;
    }

    private static int checkSide(int side, String name) {
        if (side < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + side);
        }
        return side;
    }
}

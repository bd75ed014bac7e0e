package dev.niche.lld.lspshapes;

/**
 * A rectangle whose sides can change. Its promises, which hold for every object a {@code Rectangle} variable can
 * hold, subtypes included:
 * <ul>
 *   <li>{@code setWidth(w)} makes the width {@code w} and leaves the height as it was; {@code setHeight(h)} makes
 *       the height {@code h} and leaves the width as it was;</li>
 *   <li>{@code area()} is width times height, {@code perimeter()} twice their sum;</li>
 *   <li>a side below 1 is rejected with an {@link IllegalArgumentException} naming it ({@code width} or
 *       {@code height}), and the rectangle stays as it was.</li>
 * </ul>
 */
public class Rectangle implements Shape {
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

    static int checkSide(int side, String name) {
        if (side < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + side);
        }
        return side;
    }
}

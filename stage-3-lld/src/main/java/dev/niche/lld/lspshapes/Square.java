package dev.niche.lld.lspshapes;

/**
 * A square: its one side can change. THIS CODE WORKS, AND IT IS WHAT YOU REFACTOR.
 *
 * <h2>The brief</h2>
 * A square is a rectangle in geometry, so someone made {@code Square} extend {@link Rectangle}. To stay square
 * it overrides {@code setWidth} and {@code setHeight} to change both sides. Every Square method is right on its
 * own, yet code that holds a {@code Rectangle} and widens it (a layout engine, the next request: a resize
 * handle that drags one edge) finds its height changed too: a {@code Square} cannot stand in for a
 * {@code Rectangle}, and no override can fix that, because a square must never have two different sides.
 *
 * <h2>Your task</h2>
 * Keep every behaviour below and fix the hierarchy, so that every object keeps the promises of every type it
 * has. The tests take one object of each kind from {@link Shapes#oneOfEach()} and check the promises of
 * {@link Rectangle} on each one that is a {@code Rectangle}. The design check names the subtype and the promise
 * it breaks; the behaviour checks pass now and must still pass when you are done.
 *
 * <h2>Behaviour</h2>
 * A square is a {@link Shape} with one side: {@code side()}, {@code setSide(s)}, area the side squared,
 * perimeter four sides. A side below 1 is rejected with an {@link IllegalArgumentException} naming
 * {@code side}, and the square stays as it was.
 */
public class Square extends Rectangle {
    public Square(int side) {
        super(checkSide(side, "side"), side);
    }

    public int side() {
        return width();
    }

    public void setSide(int side) {
        checkSide(side, "side");
        super.setWidth(side);
        super.setHeight(side);
    }

    /** Keeps the square square: changes both sides. */
    @Override
    public void setWidth(int width) {
        checkSide(width, "width");
        setSide(width);
    }

    /** Keeps the square square: changes both sides. */
    @Override
    public void setHeight(int height) {
        checkSide(height, "height");
        setSide(height);
    }

    @Override
    public String toString() {
        return "Square " + side();
    }
}

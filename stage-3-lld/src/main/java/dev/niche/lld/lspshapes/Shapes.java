package dev.niche.lld.lspshapes;

import java.util.List;

/**
 * The test-facing factory: one new shape of every kind this package offers. The tests hold each one by every
 * type it has and check that it keeps the promises of each of those types. Given code: do not change it.
 */
public final class Shapes {
    private Shapes() {
    }

    /** A 3 x 2 rectangle and a square of side 2, new objects on every call. */
    public static List<Shape> oneOfEach() {
        return List.of(new Rectangle(3, 2), new Square(2));
    }
}

package dev.niche.lld.lspshapes;

/** A flat shape with whole-number sides. Given code: do not change it. */
public interface Shape {
    /** The area, in square units: always positive. */
    long area();

    /** The length of the outline: always positive. */
    long perimeter();
}

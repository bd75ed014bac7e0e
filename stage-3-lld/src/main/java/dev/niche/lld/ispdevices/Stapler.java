package dev.niche.lld.ispdevices;

import java.util.List;

/** Role: binds sheets together. Given code: do not change it. */
@FunctionalInterface
public interface Stapler {
    /**
     * The sheets, in the order given, stapled into one bundle.
     *
     * @throws NullPointerException     if {@code sheets} is null
     * @throws IllegalArgumentException if there are no sheets, or more than the stapler's capacity, naming
     *                                  {@code sheets}
     */
    Bundle staple(List<Sheet> sheets);

    /** Sheets stapled together, in order. */
    record Bundle(List<Sheet> sheets) {
        public Bundle {
            sheets = List.copyOf(sheets);
        }
    }
}

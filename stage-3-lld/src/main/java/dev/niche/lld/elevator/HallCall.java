package dev.niche.lld.elevator;

import java.util.Objects;

/**
 * A request made at a floor's call buttons. Given code: do not change it.
 *
 * @param floor     where the caller waits
 * @param direction where the caller wants to go
 */
public record HallCall(int floor, Direction direction) {
    public HallCall {
        Objects.requireNonNull(direction, "direction");
    }
}

package dev.niche.lld.vendingmachine;

/**
 * The extension point: what the machine does in one situation. Given code: do not change this interface. The
 * machine hands each customer or staff call to its current state, with itself as the context, and from then on
 * uses the state the call returns ({@code this} to stay). The tests write states of their own.
 *
 * <p>A state refuses a call by throwing {@link IllegalStateException} before it changes anything. The
 * machine has already checked the arguments: the code names a slot, the count is at least 1.
 */
public interface State {
    State insert(VendingContext machine, Coin coin);

    State select(VendingContext machine, String code);

    State refund(VendingContext machine);

    State restock(VendingContext machine, String code, int count);
}

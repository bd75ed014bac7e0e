package dev.niche.lld.vendingmachine;

import java.util.List;

/**
 * The machine as customers, staff and the tests see it. Given code: do not change this interface. The package
 * Javadoc holds the brief and the bad-input contract.
 */
public interface VendingMachine {
    /** A customer inserts a coin: credited, or dropped into the coin return when the state refuses coins. */
    void insert(Coin coin);

    /** A customer presses the button of slot {@code code}: sells, or throws IllegalStateException. */
    void select(String code);

    /** A customer presses the coin-return lever: any credit goes to the coin return. */
    void refund();

    /** Staff add {@code count} products to slot {@code code}. */
    void restock(String code, int count);

    /** Staff hand the machine to {@code state} (maintenance, say); every later call goes to it. */
    void enter(State state);

    /** Staff close the door: the machine goes back to the one of its own states that fits its credit and stock. */
    void resume();

    /** The credit in cents: inserted and neither spent nor returned. */
    long credit();

    /** How many products slot {@code code} holds. */
    int stock(String code);

    /** The cents kept for products sold. */
    long cashBox();

    /** Takes what is in the item tray, oldest first, and leaves it empty. */
    List<String> takeItems();

    /** Takes the cents in the coin return and leaves it empty. */
    long takeCoins();
}

package dev.niche.lld.vendingmachine;

/**
 * The machine as its states see it: the operations a state combines into behaviour. Given code: do not change
 * this interface. Your machine implements it; the tests' states use nothing else.
 */
public interface VendingContext {
    /** The credit in cents. */
    long credit();

    /** Adds {@code coin} to the credit. */
    void acceptCoin(Coin coin);

    /** Drops {@code coin} into the coin return without crediting it. */
    void returnCoin(Coin coin);

    /** Moves the whole credit to the coin return (a refund, or change after a sale). */
    void returnCredit();

    /** The price of slot {@code code}, in cents. */
    long price(String code);

    /** How many products slot {@code code} holds. */
    int stock(String code);

    /** True when every slot is empty. */
    boolean soldOut();

    /**
     * Sells one product of slot {@code code}: it drops into the item tray and its price moves from the credit
     * to the cash box. The rest of the credit stays credit.
     *
     * @throws IllegalStateException if the slot is empty or the credit is below the price (a state's bug)
     */
    void vend(String code);

    /** Adds {@code count} products to slot {@code code}. */
    void addStock(String code, int count);
}

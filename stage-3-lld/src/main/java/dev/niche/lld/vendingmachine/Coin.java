package dev.niche.lld.vendingmachine;

/** The coins the machine takes. Given code: do not change it. */
public enum Coin {
    FIVE_CENTS(5), TEN_CENTS(10), TWENTY_CENTS(20), FIFTY_CENTS(50), ONE_EURO(100), TWO_EUROS(200);

    private final int cents;

    Coin(int cents) {
        this.cents = cents;
    }

    /** The coin's value in cents. */
    public int cents() {
        return cents;
    }
}

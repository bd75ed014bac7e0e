package dev.niche.lld.vendingmachine;

/** Waiting for a customer: the first coin starts a purchase. */
final class NoCredit implements State {
    @Override
    public State insert(VendingContext machine, Coin coin) {
        machine.acceptCoin(coin);
        return new HasCredit();
    }

    @Override
    public State select(VendingContext machine, String code) {
        if (machine.stock(code) == 0) {
            throw new IllegalStateException(code + " is sold out");
        }
        throw new IllegalStateException("insert " + machine.price(code) + " cents");
    }

    @Override
    public State refund(VendingContext machine) {
        return this;
    }

    @Override
    public State restock(VendingContext machine, String code, int count) {
        machine.addStock(code, count);
        return this;
    }
}

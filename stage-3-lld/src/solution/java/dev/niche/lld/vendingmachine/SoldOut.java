package dev.niche.lld.vendingmachine;

/** Every slot empty: coins drop straight back until the staff restock. */
final class SoldOut implements State {
    @Override
    public State insert(VendingContext machine, Coin coin) {
        machine.returnCoin(coin);
        return this;
    }

    @Override
    public State select(VendingContext machine, String code) {
        throw new IllegalStateException("sold out");
    }

    @Override
    public State refund(VendingContext machine) {
        return this;
    }

    @Override
    public State restock(VendingContext machine, String code, int count) {
        machine.addStock(code, count);
        return new NoCredit();
    }
}

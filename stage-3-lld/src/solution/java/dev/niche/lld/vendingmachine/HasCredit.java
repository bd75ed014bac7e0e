package dev.niche.lld.vendingmachine;

/** A purchase under way: more coins, a selection that sells if it can, or a refund. */
final class HasCredit implements State {
    @Override
    public State insert(VendingContext machine, Coin coin) {
        machine.acceptCoin(coin);
        return this;
    }

    @Override
    public State select(VendingContext machine, String code) {
        if (machine.stock(code) == 0) {
            throw new IllegalStateException(code + " is sold out");
        }
        long missing = machine.price(code) - machine.credit();
        if (missing > 0) {
            throw new IllegalStateException("insert " + missing + " more cents");
        }
        machine.vend(code);
        machine.returnCredit();
        return machine.soldOut() ? new SoldOut() : new NoCredit();
    }

    @Override
    public State refund(VendingContext machine) {
        machine.returnCredit();
        return new NoCredit();
    }

    @Override
    public State restock(VendingContext machine, String code, int count) {
        machine.addStock(code, count);
        return this;
    }
}

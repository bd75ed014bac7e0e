package dev.niche.lld.vendingmachine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The context of the state pattern. It owns the data (slots, credit, cash box, trays), checks arguments, and
 * hands every call to its current state, keeping whatever state the call returns. It has no idea which states
 * exist beyond the three it may start or resume in, so a state written elsewhere runs here unchanged.
 */
final class SnackMachine implements VendingMachine, VendingContext {
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Integer> stock = new HashMap<>();
    private final List<String> itemTray = new ArrayList<>();
    private long credit;
    private long cashBox;
    private long coinReturn;
    private State state;

    SnackMachine(List<Slot> setup) {
        Objects.requireNonNull(setup, "slots");
        if (setup.isEmpty()) {
            throw new IllegalArgumentException("slots must not be empty");
        }
        for (Slot slot : setup) {
            check(slot);
            if (slots.putIfAbsent(slot.code(), slot) != null) {
                throw new IllegalArgumentException("two slots have the code " + slot.code());
            }
            stock.put(slot.code(), slot.count());
        }
        state = fitting();
    }

    private static void check(Slot slot) {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(slot.code(), "code");
        Objects.requireNonNull(slot.product(), "product");
        if (slot.code().isBlank() || slot.product().isBlank()) {
            throw new IllegalArgumentException((slot.code().isBlank() ? "code" : "product") + " must not be blank");
        }
        if (slot.price() < 1) {
            throw new IllegalArgumentException("price must be at least 1, was " + slot.price());
        }
        if (slot.count() < 0) {
            throw new IllegalArgumentException("count must be at least 0, was " + slot.count());
        }
    }

    /** The state that fits the data: where the machine starts, and where staff leave it. */
    private State fitting() {
        return credit > 0 ? new HasCredit() : soldOut() ? new SoldOut() : new NoCredit();
    }

    // ---- VendingMachine: check the arguments, then let the state decide -----------------------------------

    @Override
    public void insert(Coin coin) {
        Objects.requireNonNull(coin, "coin");
        state = state.insert(this, coin);
    }

    @Override
    public void select(String code) {
        slot(code);
        state = state.select(this, code);
    }

    @Override
    public void refund() {
        state = state.refund(this);
    }

    @Override
    public void restock(String code, int count) {
        slot(code);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        state = state.restock(this, code, count);
    }

    @Override
    public void enter(State next) {
        state = Objects.requireNonNull(next, "state");
    }

    @Override
    public void resume() {
        state = fitting();
    }

    @Override
    public long credit() {
        return credit;
    }

    @Override
    public int stock(String code) {
        return stock.get(slot(code).code());
    }

    @Override
    public long cashBox() {
        return cashBox;
    }

    @Override
    public List<String> takeItems() {
        List<String> taken = List.copyOf(itemTray);
        itemTray.clear();
        return taken;
    }

    @Override
    public long takeCoins() {
        long taken = coinReturn;
        coinReturn = 0;
        return taken;
    }

    // ---- VendingContext: the operations states combine ----------------------------------------------------

    @Override
    public void acceptCoin(Coin coin) {
        credit += coin.cents();
    }

    @Override
    public void returnCoin(Coin coin) {
        coinReturn += coin.cents();
    }

    @Override
    public void returnCredit() {
        coinReturn += credit;
        credit = 0;
    }

    @Override
    public long price(String code) {
        return slot(code).price();
    }

    @Override
    public boolean soldOut() {
        return stock.values().stream().allMatch(count -> count == 0);
    }

    @Override
    public void vend(String code) {
        Slot slot = slot(code);
        if (stock.get(code) == 0 || credit < slot.price()) {
            throw new IllegalStateException("cannot vend " + code + " with " + stock.get(code) + " in stock and "
                    + credit + " cents of credit");
        }
        stock.merge(code, -1, Integer::sum);
        credit -= slot.price();
        cashBox += slot.price();
        itemTray.add(slot.product());
    }

    @Override
    public void addStock(String code, int count) {
        stock.merge(slot(code).code(), count, Integer::sum);
    }

    private Slot slot(String code) {
        Objects.requireNonNull(code, "code");
        Slot slot = slots.get(code);
        if (slot == null) {
            throw new IllegalArgumentException("no slot has the code " + code);
        }
        return slot;
    }
}

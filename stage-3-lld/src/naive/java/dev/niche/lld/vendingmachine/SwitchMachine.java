package dev.niche.lld.vendingmachine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Naive variant: correct, and every rule of every mode is in here. Each method switches over the mode, so a new
 * mode means editing all of them, and a State from outside cannot be run at all.
 */
final class SwitchMachine implements VendingMachine {
    private enum Mode { NO_CREDIT, HAS_CREDIT, SOLD_OUT }

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Integer> stock = new HashMap<>();
    private final List<String> itemTray = new ArrayList<>();
    private long credit;
    private long cashBox;
    private long coinReturn;
    private Mode mode;

    SwitchMachine(List<Slot> setup) {
        Objects.requireNonNull(setup, "slots");
        if (setup.isEmpty()) {
            throw new IllegalArgumentException("slots must not be empty");
        }
        for (Slot slot : setup) {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(slot.code(), "code");
            Objects.requireNonNull(slot.product(), "product");
            if (slot.code().isBlank()) {
                throw new IllegalArgumentException("code must not be blank");
            }
            if (slot.product().isBlank()) {
                throw new IllegalArgumentException("product must not be blank");
            }
            if (slot.price() < 1) {
                throw new IllegalArgumentException("price must be at least 1, was " + slot.price());
            }
            if (slot.count() < 0) {
                throw new IllegalArgumentException("count must be at least 0, was " + slot.count());
            }
            if (slots.putIfAbsent(slot.code(), slot) != null) {
                throw new IllegalArgumentException("two slots have the code " + slot.code());
            }
            stock.put(slot.code(), slot.count());
        }
        resume();
    }

    @Override
    public void insert(Coin coin) {
        Objects.requireNonNull(coin, "coin");
        switch (mode) {
            case NO_CREDIT:
                credit += coin.cents();
                mode = Mode.HAS_CREDIT;
                break;
            case HAS_CREDIT:
                credit += coin.cents();
                break;
            default:
                coinReturn += coin.cents();
        }
    }

    @Override
    public void select(String code) {
        Slot slot = slot(code);
        switch (mode) {
            case NO_CREDIT:
                throw new IllegalStateException(stock.get(code) == 0 ? code + " is sold out"
                        : "insert " + slot.price() + " cents");
            case HAS_CREDIT:
                if (stock.get(code) == 0) {
                    throw new IllegalStateException(code + " is sold out");
                }
                if (credit < slot.price()) {
                    throw new IllegalStateException("insert " + (slot.price() - credit) + " more cents");
                }
                stock.merge(code, -1, Integer::sum);
                cashBox += slot.price();
                itemTray.add(slot.product());
                coinReturn += credit - slot.price();
                credit = 0;
                resume();
                break;
            default:
                throw new IllegalStateException("sold out");
        }
    }

    @Override
    public void refund() {
        switch (mode) {
            case HAS_CREDIT:
                coinReturn += credit;
                credit = 0;
                mode = Mode.NO_CREDIT;
                break;
            default:
                break;
        }
    }

    @Override
    public void restock(String code, int count) {
        slot(code);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        stock.merge(code, count, Integer::sum);
        switch (mode) {
            case SOLD_OUT:
                mode = Mode.NO_CREDIT;
                break;
            default:
                break;
        }
    }

    @Override
    public void enter(State state) {
        Objects.requireNonNull(state, "state");
        throw new IllegalArgumentException("unknown mode " + state + ": this machine has NO_CREDIT, HAS_CREDIT"
                + " and SOLD_OUT");
    }

    @Override
    public void resume() {
        boolean soldOut = stock.values().stream().allMatch(n -> n == 0);
        mode = credit > 0 ? Mode.HAS_CREDIT : soldOut ? Mode.SOLD_OUT : Mode.NO_CREDIT;
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

    private Slot slot(String code) {
        Objects.requireNonNull(code, "code");
        Slot slot = slots.get(code);
        if (slot == null) {
            throw new IllegalArgumentException("no slot has the code " + code);
        }
        return slot;
    }
}

package dev.niche.lld.vendingmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import dev.niche.katas.grader.design.Principle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/vending-machine", title = "Vending machine: the state pattern", order = 40, checkpoints = "3.3",
        naiveViolates = CheckKind.DESIGN)
class VendingMachineTest {
    private static final String PACKAGE = "dev.niche.lld.vendingmachine";

    private static VendingMachine machine(int water, int cola) {
        return VendingMachines.create(List.of(new Slot("A1", "water", 120, water), new Slot("A2", "cola", 150, cola)));
    }

    private static void insert(VendingMachine machine, Coin... coins) {
        for (Coin coin : coins) {
            machine.insert(coin);
        }
    }

    // ---- examples ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("a purchase: coins, a selection, the product in the tray, the change in the coin return")
    void purchase() {
        VendingMachine machine = machine(2, 1);
        insert(machine, Coin.ONE_EURO, Coin.FIFTY_CENTS);
        assertThat(machine.credit()).as("credit after 1.50").isEqualTo(150);
        machine.select("A1");
        assertThat(machine.takeItems()).containsExactly("water");
        assertThat(machine.takeCoins()).as("change from 150 for 120").isEqualTo(30);
        assertThat(machine.credit()).as("credit after the sale").isZero();
        assertThat(machine.cashBox()).isEqualTo(120);
        assertThat(machine.stock("A1")).isEqualTo(1);
        assertThat(machine.takeItems()).as("the tray after taking").isEmpty();
    }

    @Test
    @DisplayName("too little credit is refused and kept; the next coin makes the sale")
    void notEnoughCredit() {
        VendingMachine machine = machine(1, 1);
        insert(machine, Coin.ONE_EURO);
        assertThatThrownBy(() -> machine.select("A1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("20");
        assertThat(machine.credit()).as("credit kept after the refusal").isEqualTo(100);
        assertThat(machine.stock("A1")).isEqualTo(1);
        insert(machine, Coin.TWENTY_CENTS);
        machine.select("A1");
        assertThat(machine.takeItems()).containsExactly("water");
        assertThat(machine.takeCoins()).as("exact money, no change").isZero();
    }

    @Test
    @DisplayName("a refund returns the whole credit; with no credit it returns nothing")
    void refund() {
        VendingMachine machine = machine(1, 1);
        machine.refund();
        assertThat(machine.takeCoins()).as("refund with no credit").isZero();
        insert(machine, Coin.TWO_EUROS, Coin.FIVE_CENTS);
        machine.refund();
        assertThat(machine.takeCoins()).isEqualTo(205);
        assertThat(machine.credit()).isZero();
        assertThatThrownBy(() -> machine.select("A2")).as("selecting after the refund")
                .isInstanceOf(IllegalStateException.class);
        assertThat(machine.cashBox()).isZero();
    }

    @Test
    @DisplayName("selecting with no credit is refused")
    void selectWithoutCredit() {
        VendingMachine machine = machine(1, 1);
        assertThatThrownBy(() -> machine.select("A2")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("150");
        assertThat(machine.takeItems()).isEmpty();
        assertThat(machine.stock("A2")).isEqualTo(1);
    }

    @Test
    @DisplayName("an empty slot is refused and the credit stays for another slot")
    void emptySlot() {
        VendingMachine machine = machine(0, 1);
        insert(machine, Coin.TWO_EUROS);
        assertThatThrownBy(() -> machine.select("A1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sold out");
        assertThat(machine.credit()).isEqualTo(200);
        machine.select("A2");
        assertThat(machine.takeItems()).containsExactly("cola");
        assertThat(machine.takeCoins()).isEqualTo(50);
    }

    @Test
    @DisplayName("sold out: coins drop straight back until a restock opens the machine again")
    void soldOut() {
        VendingMachine machine = machine(0, 1);
        insert(machine, Coin.TWO_EUROS);
        machine.select("A2");
        machine.takeCoins();
        insert(machine, Coin.ONE_EURO);
        assertThat(machine.credit()).as("credit when every slot is empty").isZero();
        assertThat(machine.takeCoins()).as("the refused coin").isEqualTo(100);
        assertThatThrownBy(() -> machine.select("A1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sold out");
        machine.restock("A1", 3);
        assertThat(machine.stock("A1")).isEqualTo(3);
        insert(machine, Coin.ONE_EURO, Coin.TWENTY_CENTS);
        machine.select("A1");
        assertThat(machine.takeItems()).containsExactly("cola", "water");
        VendingMachine empty = VendingMachines.create(List.of(new Slot("B1", "gum", 50, 0)));
        empty.insert(Coin.FIFTY_CENTS);
        assertThat(empty.takeCoins()).as("a machine that starts empty refuses coins").isEqualTo(50);
    }

    @Test
    @DisplayName("restocking works with credit in the machine, and resume() keeps a purchase under way")
    void restockWithCredit() {
        VendingMachine machine = machine(0, 0);
        machine.restock("A2", 1);
        insert(machine, Coin.ONE_EURO);
        machine.restock("A1", 2);
        machine.resume();
        assertThat(machine.credit()).as("credit after a restock and resume()").isEqualTo(100);
        insert(machine, Coin.TWENTY_CENTS);
        machine.select("A1");
        assertThat(machine.takeItems()).containsExactly("water");
        assertThat(machine.stock("A1")).isEqualTo(1);
    }

    @Test
    @DisplayName("bad input is rejected by name, before any state sees it")
    void badInput() {
        VendingMachine machine = machine(1, 1);
        assertThatThrownBy(() -> machine.insert(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("coin");
        assertThatThrownBy(() -> machine.select(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("code");
        assertThatThrownBy(() -> machine.select("Z9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z9");
        assertThatThrownBy(() -> machine.restock("Z9", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z9");
        assertThatThrownBy(() -> machine.restock("A1", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> machine.stock("Z9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z9");
        assertThatThrownBy(() -> machine.enter(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("state");
        assertThat(machine.credit()).as("credit after the rejected calls").isZero();

        assertThatThrownBy(() -> VendingMachines.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("slots");
        assertThatThrownBy(() -> VendingMachines.create(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slots");
        assertThatThrownBy(() -> VendingMachines.create(Arrays.asList(new Slot("A1", "water", 1, 1), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("slot");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot("A1", "water", 1, 1),
                new Slot("A1", "cola", 1, 1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A1");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot(null, "water", 1, 1))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot(" ", "water", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot("A1", null, 1, 1))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("product");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot("A1", "", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot("A1", "water", 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> VendingMachines.create(List.of(new Slot("A1", "water", 1, -1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    }

    // ---- properties ----------------------------------------------------------------------------------------

    private static final String[] CODES = {"A1", "A2", "B1"};
    private static final String[] PRODUCTS = {"water", "cola", "crisps"};
    private static final long[] PRICES = {120, 150, 95};

    /** One step: insert coin {@code n}, select code {@code n} (3 is unknown), refund, restock, or take. */
    record Step(String what, int n, int count) {
        @Override
        public String toString() {
            return switch (what) {
                case "insert" -> "insert " + Coin.values()[n];
                case "select" -> "select " + (n < 3 ? CODES[n] : "Z9");
                case "restock" -> "restock " + CODES[n] + " " + count;
                default -> what;
            };
        }
    }

    @Provide
    Arbitrary<int[]> counts() {
        return Arbitraries.integers().between(0, 2).array(int[].class).ofSize(3);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> insert = Arbitraries.integers().between(0, Coin.values().length - 1)
                .map(n -> new Step("insert", n, 0));
        Arbitrary<Step> select = Arbitraries.integers().between(0, 3).map(n -> new Step("select", n, 0));
        Arbitrary<Step> restock = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 2)).as((n, count) -> new Step("restock", n, count));
        return Arbitraries.frequencyOf(Tuple.of(6, insert), Tuple.of(4, select), Tuple.of(1, restock),
                Tuple.of(1, Arbitraries.just(new Step("refund", 0, 0))),
                Tuple.of(1, Arbitraries.just(new Step("take", 0, 0)))).list().ofMaxSize(50);
    }

    private static VendingMachine threeSlots(int[] counts) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(new Slot(CODES[i], PRODUCTS[i], PRICES[i], counts[i]));
        }
        return VendingMachines.create(slots);
    }

    /** Runs {@code step}; a refusal or a rejection is returned, not thrown. */
    private static RuntimeException run(VendingMachine machine, Step step) {
        try {
            switch (step.what()) {
                case "insert" -> machine.insert(Coin.values()[step.n()]);
                case "select" -> machine.select(step.n() < 3 ? CODES[step.n()] : "Z9");
                case "restock" -> machine.restock(CODES[step.n()], step.count());
                case "refund" -> machine.refund();
                default -> throw new IllegalArgumentException(step.what());
            }
            return null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return e;
        }
    }

    @Property(tries = 300)
    @Label("every call does what the brief says, against a model of credit, stock, cash box and trays")
    void behavesLikeTheModel(@ForAll("counts") int[] counts, @ForAll("steps") List<Step> steps) {
        VendingMachine machine = threeSlots(counts);
        int[] stock = counts.clone();
        long credit = 0;
        long cashBox = 0;
        long coins = 0;
        List<String> items = new ArrayList<>();
        List<Step> done = new ArrayList<>();
        for (Step step : steps) {
            done.add(step);
            boolean soldOut = Arrays.stream(stock).allMatch(n -> n == 0);
            if (step.what().equals("take")) {
                assertThat(machine.takeItems()).as("items taken after %s", done).isEqualTo(items);
                assertThat(machine.takeCoins()).as("coins taken after %s", done).isEqualTo(coins);
                items.clear();
                coins = 0;
                continue;
            }
            Class<? extends RuntimeException> expected = null;
            switch (step.what()) {
                case "insert" -> {
                    long cents = Coin.values()[step.n()].cents();
                    if (soldOut) {
                        coins += cents;
                    } else {
                        credit += cents;
                    }
                }
                case "select" -> {
                    int i = step.n();
                    if (i == 3) {
                        expected = IllegalArgumentException.class;
                    } else if (credit < PRICES[i] || stock[i] == 0) {
                        expected = IllegalStateException.class;
                    } else {
                        stock[i]--;
                        cashBox += PRICES[i];
                        items.add(PRODUCTS[i]);
                        coins += credit - PRICES[i];
                        credit = 0;
                    }
                }
                case "restock" -> stock[step.n()] += step.count();
                default -> {
                    coins += credit;
                    credit = 0;
                }
            }
            RuntimeException outcome = run(machine, step);
            assertThat(outcome == null ? null : outcome.getClass()).as("what %s threw (null: nothing)", done)
                    .isEqualTo(expected);
            assertThat(machine.credit()).as("credit after %s", done).isEqualTo(credit);
            assertThat(machine.cashBox()).as("cash box after %s", done).isEqualTo(cashBox);
            for (int i = 0; i < 3; i++) {
                assertThat(machine.stock(CODES[i])).as("stock of %s after %s", CODES[i], done).isEqualTo(stock[i]);
            }
        }
    }

    @Property(tries = 300)
    @Label("money is conserved, nothing is sold unpaid, and no slot sells more than it was given")
    void moneyIsConserved(@ForAll("counts") int[] counts, @ForAll("steps") List<Step> steps) {
        VendingMachine machine = threeSlots(counts);
        long inserted = 0;
        long coinsTaken = 0;
        Map<String, Integer> supplied = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            supplied.put(PRODUCTS[i], counts[i]);
        }
        Map<String, Integer> sold = new HashMap<>();
        List<Step> done = new ArrayList<>();
        for (Step step : steps) {
            done.add(step);
            long creditBefore = machine.credit();
            long cashBefore = machine.cashBox();
            if (step.what().equals("take")) {
                machine.takeItems().forEach(item -> sold.merge(item, 1, Integer::sum));
                coinsTaken += machine.takeCoins();
                continue;
            }
            run(machine, step);
            if (step.what().equals("insert")) {
                inserted += Coin.values()[step.n()].cents();
            } else if (step.what().equals("restock")) {
                supplied.merge(PRODUCTS[step.n()], step.count(), Integer::sum);
            }
            long earned = machine.cashBox() - cashBefore;
            if (earned > 0) {
                assertThat(creditBefore).as("credit before the sale of %s cents, after %s", earned, done)
                        .isGreaterThanOrEqualTo(earned);
            }
        }
        List<String> lastItems = machine.takeItems();
        lastItems.forEach(item -> sold.merge(item, 1, Integer::sum));
        coinsTaken += machine.takeCoins();
        assertThat(inserted).as("coins inserted vs cash box + coins returned + credit, after %s", steps)
                .isEqualTo(machine.cashBox() + coinsTaken + machine.credit());
        long soldValue = 0;
        for (int i = 0; i < 3; i++) {
            int n = sold.getOrDefault(PRODUCTS[i], 0);
            soldValue += n * PRICES[i];
            assertThat(n).as("%s sold vs supplied, after %s", PRODUCTS[i], steps)
                    .isLessThanOrEqualTo(supplied.get(PRODUCTS[i]));
        }
        assertThat(machine.cashBox()).as("cash box vs the prices of the products sold, after %s", steps)
                .isEqualTo(soldValue);
    }

    // ---- design ---------------------------------------------------------------------------------------------

    /**
     * The test's maintenance state. It is immutable: each call returns a new instance that knows how many calls
     * came before it, so the log shows whether the machine kept the state each call returned.
     */
    record Maintenance(int callsBefore, List<String> log) implements State {
        private State next(String call) {
            log.add(callsBefore + ": " + call);
            return new Maintenance(callsBefore + 1, log);
        }

        @Override
        public State insert(VendingContext machine, Coin coin) {
            machine.returnCoin(coin);
            return next("coin returned");
        }

        @Override
        public State select(VendingContext machine, String code) {
            log.add(callsBefore + ": select refused");
            throw new IllegalStateException("out of service");
        }

        @Override
        public State refund(VendingContext machine) {
            machine.returnCredit();
            return next("refund");
        }

        @Override
        public State restock(VendingContext machine, String code, int count) {
            machine.addStock(code, count);
            return next("restocked " + code + " to " + machine.stock(code));
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a maintenance state written by the test runs the machine through enter(state) (extension)")
    void maintenanceStateWrittenByTheTest() {
        VendingMachine machine = machine(0, 0);
        List<String> log = new ArrayList<>();
        DesignRules.extension("a maintenance state written by the test", () -> {
            machine.enter(new Maintenance(0, log));
            machine.insert(Coin.ONE_EURO);
            machine.restock("A1", 5);
            return null;
        });
        assertThatThrownBy(() -> machine.select("A1")).as("selecting in maintenance")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of service");
        machine.restock("A2", 2);
        assertThat(log).as("the calls the test's states received").containsExactly("0: coin returned",
                "1: restocked A1 to 5", "2: select refused", "2: restocked A2 to 2");
        assertThat(machine.takeCoins()).as("the coin inserted during maintenance").isEqualTo(100);
        assertThat(machine.credit()).isZero();
        machine.resume();
        insert(machine, Coin.TWO_EUROS);
        machine.select("A1");
        assertThat(machine.takeItems()).as("after resume(), the machine sells again").containsExactly("water");
        assertThat(machine.takeCoins()).isEqualTo(80);
        assertThat(log).as("calls to the test's states after resume()").hasSize(4);
    }

    private void startedBy() {
        VendingMachine machine = machine(1, 1);
        machine.insert(Coin.TWO_EUROS);
        machine.select("A1");
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the machine never asks which state it is in: no switch over an enum, no instanceof (open/closed)")
    void noSwitchOverStates() {
        DesignRules.design(PACKAGE).startedBy(this::startedBy).satisfies(DesignRules.noTypeChecks());
    }

    /** The state pattern's own rule: each of the brief's three situations is a class that implements State. */
    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the states are classes: at least three implement State (state pattern, open/closed)")
    void statesAreClasses() {
        DesignRules.design(PACKAGE).startedBy(this::startedBy).satisfies(DesignRules.implementationsAtLeast(
                State.class, 3, VendingMachine.class, Principle.OPEN_CLOSED,
                "give each situation (no credit, credit, sold out) a class that implements State, let the machine"
                        + " hold the current one and hand it every call, so a new situation is a new class instead"
                        + " of a new case in every method"));
    }
}

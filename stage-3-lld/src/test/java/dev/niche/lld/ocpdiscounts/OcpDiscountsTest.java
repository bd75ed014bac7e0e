package dev.niche.lld.ocpdiscounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/ocp-discounts", title = "Replace a type switch with polymorphism", order = 90, checkpoints = "3.2",
        naiveViolates = CheckKind.DESIGN, refactoring = true)
class OcpDiscountsTest {
    private static final Cart CART = new Cart(List.of(new Cart.Line("apple", 50, 6), new Cart.Line("pear", 120, 2)));

    private static long total(Cart cart, DiscountRule... rules) {
        return new Checkout(Arrays.asList(rules)).total(cart);
    }

    // ---- behaviour (passes before and after the refactoring) ------------------------------------------------

    @Test
    @DisplayName("without rules the total is the subtotal")
    void noRules() {
        assertThat(total(CART)).as("total of 6 x 50 + 2 x 120 with no rules").isEqualTo(540);
    }

    @Test
    @DisplayName("percent off rounds down to the cent")
    void percentOff() {
        assertThat(total(CART, new PercentOff(15))).as("540 with 15%% off (81 off)").isEqualTo(459);
        assertThat(total(new Cart(List.of(new Cart.Line("gum", 33, 1))), new PercentOff(50)))
                .as("33 with 50%% off (16 off, rounded down)").isEqualTo(17);
    }

    @Test
    @DisplayName("buy two apples, get one free, in every group of three")
    void buyXGetYFree() {
        assertThat(total(CART, new BuyXGetYFree("apple", 2, 1))).as("6 apples make 2 groups: 100 off")
                .isEqualTo(440);
        assertThat(total(CART, new BuyXGetYFree("kiwi", 2, 1))).as("no kiwis, nothing off").isEqualTo(540);
    }

    @Test
    @DisplayName("spend over a threshold: the threshold itself qualifies")
    void spendOver() {
        assertThat(total(CART, new SpendOver(540, 40))).as("540 reaches a 540 threshold").isEqualTo(500);
        assertThat(total(CART, new SpendOver(541, 40))).as("540 misses a 541 threshold").isEqualTo(540);
    }

    @Test
    @DisplayName("rules are computed on the whole cart independently, and the total never goes below zero")
    void rulesAddUpAndClamp() {
        assertThat(total(CART, new PercentOff(10), new SpendOver(500, 100))).as("54 + 100 off 540").isEqualTo(386);
        assertThat(total(CART, new PercentOff(100), new SpendOver(0, 1))).as("more off than the subtotal").isZero();
    }

    @Test
    @DisplayName("null cart, rule list or rule, and out-of-range rule settings are rejected by name")
    void badInput() {
        assertThatThrownBy(() -> new Checkout(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rules");
        assertThatThrownBy(() -> new Checkout(Arrays.asList(new PercentOff(5), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
        assertThatThrownBy(() -> new Checkout(List.of()).total(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("cart");
        assertThatThrownBy(() -> new PercentOff(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent");
        assertThatThrownBy(() -> new BuyXGetYFree("apple", 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buy");
        assertThatThrownBy(() -> new SpendOver(-1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }

    @Property(tries = 300)
    @Label("the total is the subtotal minus each rule's own amount, floored at zero")
    void totalMatchesTheRulesOneByOne(@ForAll("carts") Cart cart, @ForAll("rules") List<DiscountRule> rules) {
        long off = 0;
        for (DiscountRule rule : rules) {
            off += expectedOff(rule, cart);
        }
        assertThat(new Checkout(rules).total(cart)).as("total of %s after %s", cart, rules)
                .isEqualTo(Math.max(0, cart.subtotal() - off));
    }

    /** The oracle, written from the rules' contracts. */
    private static long expectedOff(DiscountRule rule, Cart cart) {
        if (rule instanceof PercentOff p) {
            return cart.subtotal() * p.percent() / 100;
        }
        if (rule instanceof SpendOver s) {
            return cart.subtotal() >= s.threshold() ? s.off() : 0;
        }
        BuyXGetYFree deal = (BuyXGetYFree) rule;
        long cheapest = Long.MAX_VALUE;
        int units = 0;
        for (Cart.Line line : cart.lines()) {
            if (line.sku().equals(deal.sku())) {
                units += line.quantity();
                cheapest = Math.min(cheapest, line.unitPrice());
            }
        }
        return units == 0 ? 0 : units / (deal.buy() + deal.free()) * deal.free() * cheapest;
    }

    @Provide
    Arbitrary<Cart> carts() {
        Arbitrary<Cart.Line> lines = Combinators.combine(Arbitraries.of("apple", "pear", "fig"),
                Arbitraries.longs().between(0, 500), Arbitraries.integers().between(1, 12)).as(Cart.Line::new);
        return lines.list().ofMaxSize(6).map(Cart::new);
    }

    @Provide
    Arbitrary<List<DiscountRule>> rules() {
        Arbitrary<DiscountRule> percent = Arbitraries.integers().between(0, 100).map(PercentOff::new);
        Arbitrary<DiscountRule> deal = Combinators.combine(Arbitraries.of("apple", "pear", "kiwi"),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3)).as(BuyXGetYFree::new);
        Arbitrary<DiscountRule> spend = Combinators.combine(Arbitraries.longs().between(0, 3000),
                Arbitraries.longs().between(0, 300)).as(SpendOver::new);
        return Arbitraries.oneOf(percent, deal, spend).list().ofMaxSize(4);
    }

    // ---- design (fails until the refactoring is done) --------------------------------------------------------

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a rule written elsewhere plugs in without editing the checkout (extension)")
    void newRulePlugsIn() {
        DiscountRule loyalty = cart -> cart.lines().stream().mapToLong(Cart.Line::quantity).sum();
        List<DiscountRule> rules = new ArrayList<>(List.of(new PercentOff(10), loyalty));
        assertThat(DesignRules.extension("a loyalty rule written by the test", () -> new Checkout(rules).total(CART)))
                .as("540 with 10%% off (54) and a loyalty rule written by the test (1 cent per unit: 8)")
                .isEqualTo(478);
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks a discount rule what type it is (open/closed)")
    void noTypeChecksOnRules() {
        DesignRules.design("dev.niche.lld.ocpdiscounts")
                .startedBy(() -> total(CART, new PercentOff(10)))
                .satisfies(DesignRules.noTypeChecksOn(DiscountRule.class));
    }
}

package dev.niche.lld.splitwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/splitwise", title = "Design Splitwise", order = 50, checkpoints = "3.1",
        naiveViolates = CheckKind.DESIGN)
class SplitwiseTest {
    private static final List<String> FRIENDS = List.of("Ana", "Bo", "Cy", "Di");

    private static Group friends() {
        return Splitwise.newGroup(FRIENDS);
    }

    private static Map<String, Long> cents(Object... nameThenCents) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenCents.length; i += 2) {
            map.put((String) nameThenCents[i], ((Number) nameThenCents[i + 1]).longValue());
        }
        return map;
    }

    private static Map<String, Integer> weights(Object... nameThenWeight) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenWeight.length; i += 2) {
            map.put((String) nameThenWeight[i], (Integer) nameThenWeight[i + 1]);
        }
        return map;
    }

    // ---- examples -----------------------------------------------------------------------------------------

    @Test
    @DisplayName("an equal split rounds down and gives the leftover cents to the first participants")
    void equalSplit() {
        Group group = friends();
        assertThat(group.addExpense("Ana", 1000, List.of("Ana", "Bo", "Cy"), Splitwise.equally()))
                .as("1000 among Ana, Bo, Cy").isEqualTo(cents("Ana", 334, "Bo", 333, "Cy", 333));
        assertThat(group.addExpense("Bo", 1001, List.of("Di", "Cy", "Bo"), Splitwise.equally()))
                .as("1001 among Di, Cy, Bo").isEqualTo(cents("Di", 334, "Cy", 334, "Bo", 333));
        assertThat(group.balances()).as("balances")
                .isEqualTo(cents("Ana", 666, "Bo", 1001 - 333 - 333, "Cy", -667, "Di", -334));
    }

    @Test
    @DisplayName("exact amounts, percentages and shares split as asked, with the same rounding rule")
    void otherSplits() {
        Group group = friends();
        assertThat(group.addExpense("Ana", 900, List.of("Bo", "Cy"), Splitwise.exactly(cents("Cy", 650, "Bo", 250))))
                .as("exact 250 + 650").isEqualTo(cents("Bo", 250, "Cy", 650));
        assertThat(group.addExpense("Bo", 1001, List.of("Ana", "Cy", "Di"),
                Splitwise.byPercent(weights("Ana", 50, "Cy", 25, "Di", 25))))
                .as("1001 at 50/25/25 percent").isEqualTo(cents("Ana", 501, "Cy", 250, "Di", 250));
        assertThat(group.addExpense("Cy", 100, List.of("Di", "Ana", "Bo"),
                Splitwise.byShares(weights("Di", 0, "Ana", 2, "Bo", 1))))
                .as("100 at shares 0:2:1, the leftover cent skips the share of 0")
                .isEqualTo(cents("Di", 0, "Ana", 67, "Bo", 33));
        assertThat(group.balances()).as("balances")
                .isEqualTo(cents("Ana", 900 - 501 - 67, "Bo", -250 + 1001 - 33, "Cy", -650 - 250 + 100, "Di", -250));
    }

    @Test
    @DisplayName("a payer need not take part, direct payments move balances, and balances always sum to 0")
    void balancesAndPayments() {
        Group group = friends();
        group.addExpense("Di", 3000, List.of("Ana", "Bo", "Cy"), Splitwise.equally());
        assertThat(group.balances()).as("after Di paid for the others")
                .isEqualTo(cents("Ana", -1000, "Bo", -1000, "Cy", -1000, "Di", 3000));
        group.pay("Ana", "Di", 1000);
        group.pay("Bo", "Di", 400);
        assertThat(group.balances()).as("after Ana paid Di 1000 and Bo paid Di 400")
                .isEqualTo(cents("Ana", 0, "Bo", -600, "Cy", -1000, "Di", 1600));
    }

    @Test
    @DisplayName("settling up suggests the fewest transfers, changes nothing, and paying them settles everyone")
    void settleUp() {
        Group group = friends();
        assertThat(group.settleUp()).as("a new group").isEmpty();
        group.addExpense("Ana", 1000, List.of("Cy"), Splitwise.equally());
        group.addExpense("Bo", 2000, List.of("Di"), Splitwise.equally());
        group.addExpense("Ana", 500, List.of("Ana", "Bo"), Splitwise.exactly(cents("Ana", 0, "Bo", 500)));
        group.pay("Bo", "Ana", 500);
        Map<String, Long> before = group.balances();
        List<Transfer> plan = group.settleUp();
        assertThat(plan).as("Cy owes Ana 1000, Di owes Bo 2000: two transfers, not three")
                .containsExactlyInAnyOrder(new Transfer("Cy", "Ana", 1000), new Transfer("Di", "Bo", 2000));
        assertThat(group.balances()).as("balances after settleUp").isEqualTo(before);
        plan.forEach(t -> group.pay(t.from(), t.to(), t.cents()));
        assertThat(group.balances()).as("balances after paying the plan")
                .isEqualTo(cents("Ana", 0, "Bo", 0, "Cy", 0, "Di", 0));
        assertThat(group.settleUp()).as("a settled group").isEmpty();
    }

    @Test
    @DisplayName("bad input is refused with the argument named, and changes nothing")
    void badInput() {
        assertThatThrownBy(() -> Splitwise.newGroup(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("members");
        for (List<String> members : List.of(List.<String>of(), List.of("A", "A"), List.of("A", " "),
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"))) {
            assertThatThrownBy(() -> Splitwise.newGroup(members)).as("members %s", members)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members");
        }
        Group group = friends();
        group.addExpense("Ana", 100, List.of("Bo"), Splitwise.equally());
        Map<String, Long> before = group.balances();
        assertThatThrownBy(() -> group.addExpense("Eve", 100, FRIENDS, Splitwise.equally())).as("payer Eve")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Eve");
        assertThatThrownBy(() -> group.addExpense("Ana", 100, List.of("Bo", "Zed"), Splitwise.equally()))
                .as("participant Zed").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Zed");
        assertThatThrownBy(() -> group.addExpense("Ana", 100, List.of(), Splitwise.equally()))
                .as("no participants").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participants");
        assertThatThrownBy(() -> group.addExpense("Ana", 100, List.of("Bo", "Bo"), Splitwise.equally()))
                .as("Bo twice").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants");
        for (long amount : new long[] {0, -5, 1_000_000_000_001L}) {
            assertThatThrownBy(() -> group.addExpense("Ana", amount, FRIENDS, Splitwise.equally()))
                    .as("amount %d", amount).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("amountCents");
        }
        assertThatThrownBy(() -> group.addExpense("Ana", 100, FRIENDS, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("strategy");
        assertThatThrownBy(() -> group.addExpense("Ana", 100, List.of("Bo", "Cy"),
                Splitwise.exactly(cents("Bo", 60, "Cy", 30)))).as("exact amounts summing to 90")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amountCents");
        assertThatThrownBy(() -> group.addExpense("Ana", 100, List.of("Bo", "Cy"),
                Splitwise.byShares(weights("Bo", 1, "Di", 1)))).as("shares for Bo and Di, split among Bo and Cy")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants");
        assertThatThrownBy(() -> group.pay("Ana", "Ana", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to");
        assertThatThrownBy(() -> group.pay("Ana", "Bo", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cents");
        assertThatThrownBy(() -> group.pay("Ana", "Eve", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Eve");
        assertThat(group.balances()).as("balances after the refusals").isEqualTo(before);

        assertThatThrownBy(() -> Splitwise.exactly(cents("Bo", -1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cents");
        assertThatThrownBy(() -> Splitwise.byPercent(weights("Bo", 60, "Cy", 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent");
        assertThatThrownBy(() -> Splitwise.byPercent(weights("Bo", 110, "Cy", -10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent");
        assertThatThrownBy(() -> Splitwise.byShares(weights("Bo", 0, "Cy", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shares");
        assertThatThrownBy(() -> Splitwise.byShares(weights("Bo", 1_000_001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shares");
        assertThatThrownBy(() -> Splitwise.byShares(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("shares");
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** The brief's rounding rule, written again as the model's: rounded down, leftovers to the first weighted. */
    private static Map<String, Long> proportional(long amount, List<String> who, List<Integer> weight) {
        long total = weight.stream().mapToLong(Integer::longValue).sum();
        Map<String, Long> shares = new LinkedHashMap<>();
        long left = amount;
        for (int i = 0; i < who.size(); i++) {
            shares.put(who.get(i), amount * weight.get(i) / total);
            left -= amount * weight.get(i) / total;
        }
        for (int i = 0; left > 0; i++) {
            if (weight.get(i) > 0) {
                shares.merge(who.get(i), 1L, Long::sum);
                left--;
            }
        }
        return shares;
    }

    /** One step: an expense split one of four ways, or a direct payment. */
    record Step(int kind, int payer, int other, long amount, int mask, List<Integer> weight) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7),
                Arbitraries.longs().between(1, 100_000), Arbitraries.integers().between(1, 255),
                Arbitraries.integers().between(0, 5).list().ofSize(8)).as(Step::new);
        return step.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    @Label("every split sums to its expense as the rounding rule says, and balances match a model and sum to 0")
    void balancesMatchAModel(@ForAll @IntRange(min = 1, max = 8) int size, @ForAll("steps") List<Step> steps) {
        List<String> members = IntStream.range(0, size).mapToObj(i -> "M" + i).toList();
        Group group = Splitwise.newGroup(members);
        Map<String, Long> model = new LinkedHashMap<>();
        members.forEach(m -> model.put(m, 0L));
        for (Step step : steps) {
            String at = "at " + step + " of " + steps + " with " + size + " members";
            String payer = members.get(step.payer() % size);
            String other = members.get(step.other() % size);
            if (step.kind() == 4) {
                if (!payer.equals(other)) {
                    group.pay(payer, other, step.amount());
                    model.merge(payer, step.amount(), Long::sum);
                    model.merge(other, -step.amount(), Long::sum);
                }
            } else {
                List<String> who = IntStream.range(0, size).filter(i -> (step.mask() >> i & 1) != 0)
                        .mapToObj(members::get).toList();
                if (who.isEmpty()) {
                    who = List.of(other);
                }
                List<Integer> weight = new ArrayList<>(step.weight().subList(0, who.size()));
                if (weight.stream().allMatch(w -> w == 0)) {
                    weight.set(0, 1);
                }
                Map<String, Long> expected;
                SplitStrategy strategy;
                switch (step.kind()) {
                    case 0 -> {
                        expected = proportional(step.amount(), who, who.stream().map(w -> 1).toList());
                        strategy = Splitwise.equally();
                    }
                    case 1 -> {
                        expected = proportional(step.amount(), who, weight);
                        strategy = Splitwise.exactly(expected);
                    }
                    case 2 -> {
                        Map<String, Long> percentLong = proportional(100, who, weight);
                        Map<String, Integer> percent = new LinkedHashMap<>();
                        percentLong.forEach((name, p) -> percent.put(name, p.intValue()));
                        expected = proportional(step.amount(), who, who.stream().map(percent::get).toList());
                        strategy = Splitwise.byPercent(percent);
                    }
                    default -> {
                        Map<String, Integer> shares = new HashMap<>();
                        for (int i = 0; i < who.size(); i++) {
                            shares.put(who.get(i), weight.get(i));
                        }
                        expected = proportional(step.amount(), who, weight);
                        strategy = Splitwise.byShares(shares);
                    }
                }
                Map<String, Long> shares = group.addExpense(payer, step.amount(), who, strategy);
                assertThat(shares).as("shares %s", at).isEqualTo(expected);
                model.merge(payer, step.amount(), Long::sum);
                expected.forEach((name, share) -> model.merge(name, -share, Long::sum));
            }
            Map<String, Long> balances = group.balances();
            assertThat(balances).as("balances %s", at).isEqualTo(model);
            assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).as("sum of balances %s", at)
                    .isZero();
        }
    }

    /** The oracle: tries every way of passing each debt on to someone of the opposite sign. */
    private static int fewestTransfers(long[] balance, int from) {
        int i = from;
        while (i < balance.length && balance[i] == 0) {
            i++;
        }
        if (i == balance.length) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        for (int j = i + 1; j < balance.length; j++) {
            if (balance[j] != 0 && (balance[j] > 0) != (balance[i] > 0)) {
                balance[j] += balance[i];
                best = Math.min(best, 1 + fewestTransfers(balance, i + 1));
                balance[j] -= balance[i];
            }
        }
        return best;
    }

    @Provide
    Arbitrary<List<Integer>> debts() {
        return Arbitraries.integers().between(0, 8 * 8 * 30 - 1).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    @Label("settling up takes the fewest transfers, each from a debtor to a creditor, and settles everyone")
    void settleUpIsMinimalAndSettles(@ForAll @IntRange(min = 1, max = 8) int size, @ForAll("debts") List<Integer> debts) {
        List<String> members = IntStream.range(0, size).mapToObj(i -> "M" + i).toList();
        Group group = Splitwise.newGroup(members);
        for (int debt : debts) {
            String payer = members.get(debt % 8 % size);
            String other = members.get(debt / 8 % 8 % size);
            group.addExpense(payer, debt / 64 + 1, List.of(other), Splitwise.equally());
        }
        Map<String, Long> before = group.balances();
        List<Transfer> plan = group.settleUp();
        String at = "balances " + before + ", plan " + plan;
        assertThat(plan.size()).as("number of transfers for %s", at)
                .isEqualTo(fewestTransfers(before.values().stream().mapToLong(Long::longValue).toArray(), 0));
        for (Transfer t : plan) {
            assertThat(before.get(t.from())).as("balance of the payer of %s, %s", t, at).isNegative();
            assertThat(before.get(t.to())).as("balance of the receiver of %s, %s", t, at).isPositive();
        }
        assertThat(group.balances()).as("balances after settleUp, %s", at).isEqualTo(before);
        plan.forEach(t -> group.pay(t.from(), t.to(), t.cents()));
        assertThat(group.balances().values()).as("balances after paying the plan, %s", at).allMatch(b -> b == 0);
    }

    // ---- design -------------------------------------------------------------------------------------------

    /** The birthday person pays nothing, written by the test: the others split equally, leftovers to the first. */
    record BirthdayTreat(String birthdayPerson) implements SplitStrategy {
        @Override
        public Map<String, Long> split(long amountCents, String payer, List<String> participants) {
            List<String> paying = participants.stream().filter(p -> !p.equals(birthdayPerson)).toList();
            Map<String, Long> shares = new LinkedHashMap<>();
            participants.forEach(p -> shares.put(p, 0L));
            for (int i = 0; i < paying.size(); i++) {
                shares.put(paying.get(i), amountCents / paying.size() + (i < amountCents % paying.size() ? 1 : 0));
            }
            return shares;
        }
    }

    /** A split by nights stayed, written by the test; it leaves the odd cents to the payer's own share. */
    record ByNights(Map<String, Integer> nights) implements SplitStrategy {
        @Override
        public Map<String, Long> split(long amountCents, String payer, List<String> participants) {
            int total = participants.stream().mapToInt(nights::get).sum();
            Map<String, Long> shares = new LinkedHashMap<>();
            participants.forEach(p -> shares.put(p, amountCents * nights.get(p) / total));
            long left = amountCents - shares.values().stream().mapToLong(Long::longValue).sum();
            shares.merge(payer, left, Long::sum);
            return shares;
        }
    }

    /** A broken strategy, written by the test: its shares sum to one cent short of the expense. */
    record OneCentShort() implements SplitStrategy {
        @Override
        public Map<String, Long> split(long amountCents, String payer, List<String> participants) {
            Map<String, Long> shares = new LinkedHashMap<>();
            participants.forEach(p -> shares.put(p, 0L));
            shares.put(participants.get(0), amountCents - 1);
            return shares;
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks a split strategy what type it is (open/closed)")
    void noTypeChecks() {
        DesignRules.design("dev.niche.lld.splitwise")
                .startedBy(() -> friends().addExpense("Ana", 100, FRIENDS, Splitwise.equally()))
                .satisfies(DesignRules.noTypeChecksOn(SplitStrategy.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the group knows splitting only through SplitStrategy, wired in Splitwise (dependency inversion)")
    void splittingThroughTheInterface() {
        DesignRules.design("dev.niche.lld.splitwise")
                .startedBy(() -> friends().addExpense("Ana", 100, FRIENDS, Splitwise.equally()))
                .satisfies(DesignRules.onlyThroughInterface(SplitStrategy.class, Splitwise.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("splits written by the test work without an edit, and a broken one is refused (extension)")
    void newSplitsPlugIn() {
        Group group = friends();
        List<Map<String, Long>> shares = DesignRules.extension("split strategies written by the test", () -> List.of(
                group.addExpense("Ana", 1000, FRIENDS, new BirthdayTreat("Bo")),
                group.addExpense("Cy", 1000, List.of("Ana", "Cy", "Di"), new ByNights(Map.of("Ana", 1, "Cy", 1,
                        "Di", 1)))));
        assertThat(shares).as("shares of a birthday treat for Bo, then of a stay of one night each")
                .containsExactly(cents("Ana", 334, "Bo", 0, "Cy", 333, "Di", 333),
                        cents("Ana", 333, "Cy", 334, "Di", 333));
        assertThat(group.balances()).as("balances").isEqualTo(cents("Ana", 333, "Bo", 0, "Cy", 333, "Di", -666));
        assertThatThrownBy(() -> group.addExpense("Ana", 500, FRIENDS, new OneCentShort()))
                .as("a strategy whose shares sum to 499 of 500").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("split");
        assertThat(group.balances()).as("balances after the broken split")
                .isEqualTo(cents("Ana", 333, "Bo", 0, "Cy", 333, "Di", -666));
    }
}

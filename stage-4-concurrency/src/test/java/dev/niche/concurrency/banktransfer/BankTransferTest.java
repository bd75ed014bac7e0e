package dev.niche.concurrency.banktransfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.BackgroundCall;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/bank-transfer", title = "Bank transfers without deadlock", order = 3,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY)
class BankTransferTest {
    /** How long one stress thread keeps transferring at most; the deadlock, if any, forms long before. */
    private static final long BUSY_NANOS = TimeUnit.SECONDS.toNanos(1);

    // ---- examples: one thread ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("A transfer moves the amount from one account to the other")
    void transferMovesMoney() {
        Bank bank = new Bank(1000, 500, 0);
        bank.transfer(0, 2, 300);
        assertThat(balances(bank, 3)).containsExactly(700, 500, 300);
        bank.transfer(2, 1, 300);
        assertThat(balances(bank, 3)).containsExactly(700, 800, 0);
        assertThat(bank.totalBalance()).isEqualTo(1500);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("A transfer may empty the paying account to exactly zero")
    void transferMayEmptyAccount() {
        Bank bank = new Bank(250, 0);
        bank.transfer(0, 1, 250);
        assertThat(balances(bank, 2)).containsExactly(0, 250);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("A transfer larger than the balance is refused, names the amount and changes nothing")
    void insufficientFundsChangeNothing() {
        List<String> journal = new ArrayList<>();
        Bank bank = new Bank((from, to, amount) -> journal.add(from + "->" + to + ":" + amount), 100, 40);
        refused(() -> bank.transfer(1, 0, 41), "amount");
        assertThat(balances(bank, 2)).containsExactly(100, 40);
        assertThat(journal).as("ledger after a refused transfer").isEmpty();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Bad arguments throw IllegalArgumentException naming the argument and change nothing")
    void badArgumentsAreRefused() {
        List<String> journal = new ArrayList<>();
        Bank bank = new Bank((from, to, amount) -> journal.add(from + "->" + to + ":" + amount), 100, 200, 300);
        refused(() -> bank.transfer(-1, 0, 10), "from");
        refused(() -> bank.transfer(3, 0, 10), "from");
        refused(() -> bank.transfer(0, 3, 10), "to");
        refused(() -> bank.transfer(0, -2, 10), "to");
        refused(() -> bank.transfer(1, 1, 10), "to");
        refused(() -> bank.transfer(0, 1, 0), "amount");
        refused(() -> bank.transfer(0, 1, -5), "amount");
        refused(() -> bank.balance(3), "id");
        refused(() -> bank.balance(-1), "id");
        assertThat(balances(bank, 3)).containsExactly(100, 200, 300);
        assertThat(bank.totalBalance()).isEqualTo(600);
        assertThat(journal).as("ledger after refused transfers").isEmpty();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("The constructor refuses a negative opening balance and a null ledger")
    void constructorChecksItsArguments() {
        refused(() -> new Bank(10, -1), "openingCents");
        assertThatThrownBy(() -> new Bank(null, 10, 20))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ledger");
        assertThat(new Bank().totalBalance()).as("total of a bank without accounts").isZero();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("The ledger records each completed transfer once, in order")
    void ledgerRecordsTransfers() {
        List<String> journal = new ArrayList<>();
        Bank bank = new Bank((from, to, amount) -> journal.add(from + "->" + to + ":" + amount), 100, 100, 100);
        bank.transfer(0, 1, 30);
        bank.transfer(2, 0, 5);
        refused(() -> bank.transfer(1, 2, 1000), "amount");
        bank.transfer(1, 2, 130);
        assertThat(journal).containsExactly("0->1:30", "2->0:5", "1->2:130");
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Transfers in opposite directions finish without deadlock and every balance adds up exactly")
    void transfersBothWaysDoNotDeadlock() {
        long opening = 1000;
        Bank bank = new Bank(opening, opening);
        long[] moved = new long[4];
        int[] refusedCount = new int[4];
        Stress.threads(4).run("4 threads transferring between accounts 0 and 1, two each way", thread -> {
            int from = thread % 2;
            int to = 1 - from;
            long until = System.nanoTime() + BUSY_NANOS;
            for (int i = 0; i < 20_000 && System.nanoTime() < until; i++) {
                long amount = 1 + (i * 37L + thread) % 300;
                try {
                    bank.transfer(from, to, amount);
                    moved[thread] += amount;
                } catch (IllegalArgumentException insufficient) {
                    if (!String.valueOf(insufficient.getMessage()).contains("amount")) {
                        throw insufficient;
                    }
                    refusedCount[thread]++;
                }
            }
        });
        long zeroToOne = moved[0] + moved[2];
        long oneToZero = moved[1] + moved[3];
        assertThat(balances(bank, 2))
                .as("balances after %d cents went 0->1 and %d cents went 1->0 (%s transfers refused for lack of"
                        + " funds), from %d each", zeroToOne, oneToZero, Arrays.toString(refusedCount), opening)
                .containsExactly(opening - zeroToOne + oneToZero, opening + zeroToOne - oneToZero);
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("totalBalance() read during transfers always equals the opening total; no balance goes negative")
    void totalIsConsistentDuringTransfers() {
        int accounts = 4;
        long opening = 500;
        Bank bank = new Bank(opening, opening, opening, opening);
        int transferrers = 3;
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<String> firstBadReading = new AtomicReference<>();
        int[] readings = new int[1];
        Stress.threads(transferrers + 1).run("3 threads transferring among 4 accounts, 1 thread reading totals",
                thread -> {
                    if (thread == transferrers) {
                        do {
                            long total = bank.totalBalance();
                            readings[0]++;
                            if (total != accounts * opening) {
                                firstBadReading.compareAndSet(null, "reading " + readings[0]
                                        + " of totalBalance() returned " + total);
                            }
                            for (int id = 0; id < accounts; id++) {
                                long balance = bank.balance(id);
                                if (balance < 0) {
                                    firstBadReading.compareAndSet(null, "balance(" + id + ") was " + balance);
                                }
                            }
                        } while (finished.get() < transferrers);
                        return;
                    }
                    try {
                        long until = System.nanoTime() + BUSY_NANOS;
                        for (int i = 0; i < 10_000 && System.nanoTime() < until; i++) {
                            int from = (i + thread) % accounts;
                            int to = (from + 1 + (i + thread) % (accounts - 1)) % accounts;
                            try {
                                bank.transfer(from, to, 1 + (i * 53L + thread) % 200);
                            } catch (IllegalArgumentException insufficient) {
                                if (!String.valueOf(insufficient.getMessage()).contains("amount")) {
                                    throw insufficient;
                                }
                            }
                        }
                    } finally {
                        finished.incrementAndGet();
                    }
                });
        assertThat(firstBadReading.get())
                .as("the first inconsistent reading among %d, while transfers ran (expected a total of %d)",
                        readings[0], accounts * opening)
                .isNull();
        assertThat(bank.totalBalance()).as("total after the transfers").isEqualTo(accounts * opening);
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("A transfer waits only for a transfer that shares an account (one lock per account)")
    void locksAreFineGrained() throws InterruptedException {
        CountDownLatch inLedger = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> journal = Collections.synchronizedList(new ArrayList<>());
        Bank bank = new Bank((from, to, amount) -> {
            journal.add(from + "->" + to + ":" + amount);
            if (from == 0 && to == 1) {
                inLedger.countDown();
                awaitQuietly(release);
            }
        }, 1000, 1000, 1000, 1000);
        BackgroundCall held = BackgroundCall.start("transfer 0->1", () -> bank.transfer(0, 1, 100));
        try {
            awaitReached(held, inLedger, "transfer 0->1 to reach the ledger");

            BackgroundCall disjoint = BackgroundCall.start("transfer 2->3", () -> bank.transfer(2, 3, 50));
            if (!disjoint.finishesWithin(Duration.ofSeconds(5))) {
                fail("transfer 2->3 did not finish within 5 s while transfer 0->1 was inside the ledger holding"
                        + " accounts 0 and 1; it waits " + disjoint.where() + ". Transfers on other accounts must"
                        + " not wait: give each account its own lock instead of locking the whole bank.");
            }
            disjoint.rethrow();

            BackgroundCall sharing = BackgroundCall.start("transfer 1->0", () -> bank.transfer(1, 0, 10));
            if (!sharing.blocksWithin(Duration.ofSeconds(2)) && !sharing.thread().isAlive()) {
                sharing.rethrow();
                fail("transfer 1->0 completed while transfer 0->1 was still inside the ledger: a transfer must"
                        + " hold both of its accounts from the balance check until the ledger has recorded it."
                        + " Ledger so far: " + journal);
            }
            release.countDown();
            held.awaitDone();
            sharing.awaitDone();
        } finally {
            release.countDown();
        }
        assertThat(balances(bank, 4)).containsExactly(910, 1090, 950, 1050);
        assertThat(journal).containsExactly("0->1:100", "2->3:50", "1->0:10");
    }

    // ---- helpers ----

    private static long[] balances(Bank bank, int accounts) {
        long[] balances = new long[accounts];
        for (int id = 0; id < accounts; id++) {
            balances[id] = bank.balance(id);
        }
        return balances;
    }

    private static void refused(ThrowingCallable call, String argument) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(argument);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code call} gets to {@code latch}; fails with its own exception if it ended first. */
    private static void awaitReached(BackgroundCall call, CountDownLatch latch, String goal)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!latch.await(20, TimeUnit.MILLISECONDS)) {
            if (!call.thread().isAlive()) {
                call.rethrow();
                fail(call.thread().getName() + " ended without reaching the ledger");
            }
            if (System.nanoTime() > until) {
                fail("waited 5 s for " + goal + "; it is " + call.where());
            }
        }
    }
}

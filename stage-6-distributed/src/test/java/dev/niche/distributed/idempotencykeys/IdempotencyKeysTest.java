package dev.niche.distributed.idempotencykeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.distributed.idempotencykeys.Protocol.Charge;
import dev.niche.distributed.idempotencykeys.Protocol.Charged;
import dev.niche.distributed.idempotencykeys.Protocol.Conflict;
import dev.niche.distributed.idempotencykeys.Protocol.InProgress;
import dev.niche.distributed.idempotencykeys.Protocol.Rejected;
import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Faults;
import dev.niche.distributed.sim.Node;
import dev.niche.distributed.sim.Simulation;
import dev.niche.distributed.sim.SimulationFailure;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.ManySeeds;
import dev.niche.katas.grader.history.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "distributed/idempotency-keys", title = "Idempotency keys: an API that charges once, however clients retry",
        order = 6, checkpoints = "6.2", naiveViolates = CheckKind.CONCURRENCY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the in-flight retry first: it is the lesson
class IdempotencyKeysTest {
    private static final Address API = new Address("n1");
    private static final Address PROVIDER = new Address("n2");
    private static final Charge PAY = new Charge("order-17", "alice", 250);

    // ---- examples, on a reliable network ----

    @Test
    @Order(1)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a new key is charged once and answered with the provider's charge id")
    void firstRequestCharges() {
        Simulation sim = reliable();
        Object answer = ask(sim, PAY);
        assertThat(answer).as("answer to " + PAY).isInstanceOf(Charged.class);
        Charged charged = (Charged) answer;
        assertThat(charged).as("answer to " + PAY).isEqualTo(new Charged("order-17", "ch-1", "alice", 250));
        assertThat(ledger(sim)).as("provider's ledger").hasSize(1);
    }

    @Test
    @Order(2)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a retry with the same key and body replays the identical response and charges nothing more")
    void replay() {
        Simulation sim = reliable();
        Object first = ask(sim, PAY);
        Object again = ask(sim, PAY);
        Object third = ask(sim, PAY);
        assertThat(List.of(again, third)).as("answers to two retries of " + PAY + " after " + first)
                .containsOnly(first);
        assertThat(ledger(sim)).as("provider's ledger after three requests with one key").hasSize(1);
    }

    @Test
    @Order(3)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("the same key with a different body is refused with a conflict naming the key, and not charged")
    void conflict() {
        Simulation sim = reliable();
        ask(sim, PAY);
        for (Charge other : List.of(new Charge("order-17", "alice", 999), new Charge("order-17", "bob", 250))) {
            Object answer = ask(sim, other);
            assertThat(answer).as("answer to " + other + " after " + PAY).isInstanceOf(Conflict.class);
            Conflict conflict = (Conflict) answer;
            assertThat(conflict.key()).as("key of " + conflict).isEqualTo("order-17");
            assertThat(conflict.reason()).as("reason of " + conflict).contains("order-17");
        }
        assertThat(ledger(sim)).as("provider's ledger").hasSize(1);
    }

    @Test
    @Order(4)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a restarted API still has its keys: a retry after a crash gets the same response, no new charge")
    void replayAfterRestart() {
        Simulation sim = reliable();
        Object first = ask(sim, PAY);
        sim.crash(API);
        sim.runFor(50);
        sim.restart(API);
        assertThat(ask(sim, PAY)).as("answer to " + PAY + " after a crash and restart").isEqualTo(first);
        assertThat(ask(sim, new Charge("order-17", "alice", 1))).as("a different body after the restart")
                .isInstanceOf(Conflict.class);
        assertThat(ledger(sim)).as("provider's ledger").hasSize(1);
    }

    @Test
    @Order(5)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("after KEY_TTL_MILLIS a completed key expires: it is removed and may be used again")
    void expiry() {
        Simulation sim = reliable();
        ask(sim, PAY);
        sim.runFor(Protocol.KEY_TTL_MILLIS - 1_000);
        assertThat(ask(sim, new Charge("order-17", "alice", 5))).as("a different body before the key expires")
                .isInstanceOf(Conflict.class);
        sim.runFor(1_000);
        Object other = ask(sim, new Charge("order-18", "bob", 40));
        assertThat(other).as("answer to a new key").isInstanceOf(Charged.class);
        assertThat(api(sim).remembered()).as("records held after order-17 expired and order-18 completed")
                .isEqualTo(1);
        Object reused = ask(sim, new Charge("order-17", "alice", 5));
        assertThat(reused).as("answer to the expired key order-17 with a new body").isInstanceOf(Charged.class);
        assertThat(ledger(sim)).as("provider's ledger").hasSize(3);
        assertThat(api(sim).remembered()).as("records held").isEqualTo(2);
    }

    @Test
    @Order(6)
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a missing, blank or too long key, a missing account or an amount below 1 is rejected, naming it")
    void badInput() {
        Simulation sim = reliable();
        String tooLong = "k".repeat(Protocol.MAX_KEY_LENGTH + 1);
        Map<Charge, String> cases = Map.of(new Charge(null, "alice", 10), "key", new Charge("", "alice", 10), "key",
                new Charge("  ", "alice", 10), "key", new Charge(tooLong, "alice", 10), "key",
                new Charge("order-1", null, 10), "account", new Charge("order-2", "alice", 0), "amount",
                new Charge("order-3", "alice", -5), "amount");
        cases.forEach((charge, argument) -> {
            Object answer = ask(sim, charge);
            assertThat(answer).as("answer to " + charge).isInstanceOf(Rejected.class);
            assertThat(((Rejected) answer).reason()).as("reason for rejecting " + charge).contains(argument);
        });
        assertThat(ledger(sim)).as("provider's ledger after bad requests only").isEmpty();
        assertThat(api(sim).remembered()).as("records held after bad requests only").isZero();
        Charge longest = new Charge("k".repeat(Protocol.MAX_KEY_LENGTH), "alice", 10);
        assertThat(ask(sim, longest)).as("answer to a key of exactly MAX_KEY_LENGTH characters")
                .isInstanceOf(Charged.class);
    }

    // ---- concurrency: fixed schedules, then many seeds ----

    @Test
    @Order(7)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("a retry while the first request is executing is answered InProgress, and the key is charged once")
    void retryInFlight() {
        Simulation sim = reliable();
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();
        sim.client().call(API, PAY, 1_000, first::add);
        sim.after(5, "a double click: the same request again", () -> sim.client().call(API, PAY, 1_000, second::add));
        sim.runFor(600);
        List<Provider.Entry> ledger = ledger(sim);
        String problem = ledger.size() != 1 ? "Two requests with key order-17, the second sent 5 ms after the first"
                + " while the provider was still executing it, made " + ledger.size() + " charges: " + ledger
                + ". Store an executing record for the key before sending its debit."
                : !second.equals(List.of(new InProgress("order-17"))) ? "The retry sent while order-17 was"
                + " executing got " + second + "; expected [" + new InProgress("order-17") + "]."
                : !(first.size() == 1 && first.get(0) instanceof Charged) ? "The first request got " + first
                + "; expected its Charged response." : null;
        if (problem != null) {
            throw new SimulationFailure(sim.report(problem, 30), null);
        }
    }

    @Test
    @Order(8)
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("a charge executing when the API crashes is finished after the restart, and charged once")
    void crashInFlight() {
        Simulation sim = reliable();
        sim.client().call(API, PAY, 1_000, answer -> { });
        sim.after(15, null, () -> sim.crash(API));
        sim.after(300, null, () -> sim.restart(API));
        sim.runFor(500);
        Object retry = ask(sim, PAY);
        List<Provider.Entry> ledger = ledger(sim);
        String problem = ledger.size() != 1 ? "The API crashed at 15 ms with order-17 executing (its debit was"
                + " sent, the receipt was lost with the crash) and restarted at 300 ms; a retry sent at 500 ms got "
                + retry + ", and the provider made " + ledger.size() + " charges: " + ledger + ". After a"
                + " restart, resend the stored attempt of an executing key: the provider charges an attempt once."
                : !(retry instanceof Charged charged && charged.chargeId().equals(ledger.get(0).chargeId()))
                ? "A retry of order-17 after the restart got " + retry + "; expected the Charged response of its"
                + " one charge, " + ledger.get(0).chargeId() + "." : null;
        if (problem != null) {
            throw new SimulationFailure(sim.report(problem, 30), null);
        }
    }

    @Test
    @Order(9)
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("with double clicks, retries on every timeout, a flaky provider link and a crash-restart, each key"
            + " is charged at most once and every success for a key is the same response (200 seeds)")
    void chargedOncePerKey() {
        for (long seed : Seeds.forCheck(200)) {
            Run run = new Run(seed);
            boolean finished = run.sim.runUntil(run::allSucceeded, RUN_LIMIT);
            run.sim.runFor(300); // late receipts and retries
            String problem = run.problem(finished);
            if (problem != null) {
                throw new SimulationFailure(run.sim.report(problem, 40), null);
            }
        }
    }

    // ---- the scenario ----

    private static final int CUSTOMERS = 10;
    private static final long CALL_TIMEOUT = 120;
    private static final long RUN_LIMIT = 8_000;
    private static final List<String> ACCOUNTS = List.of("alice", "bob", "carol", "dave");

    /**
     * Ten customers pay once each in the first 400 ms; half of them double-click (a second request up to 40 ms
     * later). Every request whose client times out after 120 ms, or that is answered InProgress, is retried 10 to
     * 60 ms later from a new client, until the customer has a success. Between the API and the provider 15% of
     * messages are lost and 15% duplicated, with 1 to 25 ms of delay, until 1.5 s; the API crashes once and
     * restarts.
     */
    private static final class Run {
        final Simulation sim;
        final Random random;
        final List<Charge> payments = new ArrayList<>();
        final Map<String, List<Object>> answers = new TreeMap<>();
        final Set<String> succeeded = new TreeSet<>();
        final long crashAt;
        final long restartAt;

        Run(long seed) {
            random = new Random(seed * 31 + 11);
            sim = Simulation.seeded(seed).faults(new Faults(1, 25, 0.15, 0.15)).nodes(2, IdempotencyKeysTest::node)
                    .build();
            for (int i = 1; i <= CUSTOMERS; i++) {
                Charge charge = new Charge("order-" + i + "-" + Integer.toHexString(random.nextInt(1 << 16)),
                        ACCOUNTS.get(random.nextInt(ACCOUNTS.size())), 1 + random.nextInt(500));
                payments.add(charge);
                answers.put(charge.key(), new ArrayList<>());
                long at = random.nextInt(400);
                sim.after(at, null, () -> attempt(charge));
                if (random.nextBoolean()) {
                    sim.after(at + random.nextInt(40), "double click on " + charge.key(), () -> attempt(charge));
                }
            }
            crashAt = 100 + random.nextInt(500);
            restartAt = crashAt + 20 + random.nextInt(200);
            sim.after(crashAt, null, () -> sim.crash(API));
            sim.after(restartAt, null, () -> sim.restart(API));
            sim.after(1_500, null, () -> sim.faults(Faults.reliable()));
        }

        void attempt(Charge charge) {
            if (succeeded.contains(charge.key())) {
                return;
            }
            sim.client().call(API, charge, CALL_TIMEOUT, answer -> {
                if (answer != null) {
                    answers.get(charge.key()).add(answer);
                }
                if (answer instanceof Charged) {
                    succeeded.add(charge.key());
                } else if (answer == null || answer instanceof InProgress) {
                    sim.after(10 + random.nextInt(51), null, () -> attempt(charge));
                }
            });
        }

        boolean allSucceeded() {
            return succeeded.size() == CUSTOMERS;
        }

        String problem(boolean finished) {
            String when = " The API crashed at " + crashAt + " ms and restarted at " + restartAt + " ms.";
            List<Provider.Entry> ledger = sim.<Provider>node(PROVIDER).ledger();
            Map<String, List<Provider.Entry>> byKey = ledger.stream()
                    .collect(Collectors.groupingBy(Provider.Entry::key, TreeMap::new, Collectors.toList()));
            for (var charges : byKey.entrySet()) {
                if (charges.getValue().size() > 1) {
                    return "Key " + charges.getKey() + " was charged " + charges.getValue().size() + " times: "
                            + charges.getValue().stream().map(e -> e.chargeId() + " (attempt " + e.attempt()
                            + ", at " + e.at() + " ms)").collect(Collectors.joining(", ")) + ". Its clients got "
                            + answers.get(charges.getKey()) + ". A second attempt for a key means a retry found no"
                            + " record while the first charge was executing, or the API forgot it in a crash."
                            + " Store an executing record before sending the debit, answer retries InProgress,"
                            + " and resend the stored attempt after a restart." + when;
                }
            }
            for (Charge charge : payments) {
                List<Object> got = answers.get(charge.key());
                List<Object> successes = got.stream().filter(Charged.class::isInstance).distinct().toList();
                if (successes.size() > 1) {
                    return "Clients of key " + charge.key() + " got different successes: " + successes
                            + ". A retry must get the stored response, identical." + when;
                }
                for (Object answer : got) {
                    if (!(answer instanceof Charged charged && charged.equals(expected(charge, byKey))
                            || answer instanceof InProgress)) {
                        return "A client sent " + charge + " and got " + answer + "; expected "
                                + (byKey.containsKey(charge.key()) ? expected(charge, byKey) : "a Charged response")
                                + " or InProgress." + when;
                    }
                }
            }
            if (!finished) {
                return "After " + RUN_LIMIT + " ms, " + payments.stream().map(Charge::key)
                        .filter(k -> !succeeded.contains(k)).collect(Collectors.joining(", "))
                        + " never got a success, although the network has lost nothing since 1500 ms and their"
                        + " clients kept retrying. Resend an executing key's debit until its receipt comes." + when;
            }
            long charged = ledger.stream().mapToLong(Provider.Entry::amount).sum();
            long answered = payments.stream().filter(p -> succeeded.contains(p.key())).mapToLong(Charge::amount)
                    .sum();
            if (charged != answered) {
                return "The provider charged " + charged + " in all, but the keys answered with a success add up to "
                        + answered + ": " + ledger + when;
            }
            return null;
        }

        /** The one response every success for {@code charge} must equal: its key's only charge. */
        private static Charged expected(Charge charge, Map<String, List<Provider.Entry>> byKey) {
            List<Provider.Entry> charges = byKey.get(charge.key());
            return charges == null ? null
                    : new Charged(charge.key(), charges.get(0).chargeId(), charge.account(), charge.amount());
        }
    }

    // ---- helpers ----

    private static Node node(Address address) {
        return address.equals(API) ? new PaymentsApi(PROVIDER) : new Provider();
    }

    private static Simulation reliable() {
        return Simulation.seeded(1).faults(Faults.reliable()).nodes(2, IdempotencyKeysTest::node).build();
    }

    /** Sends {@code charge} from a new client and runs until the answer comes (null if none in 1 s). */
    private static Object ask(Simulation sim, Charge charge) {
        List<Object> answer = new ArrayList<>();
        sim.client().call(API, charge, 1_000, answer::add);
        sim.runUntil(() -> !answer.isEmpty(), 2_000);
        return answer.isEmpty() ? null : answer.get(0);
    }

    private static PaymentsApi api(Simulation sim) {
        return sim.node(API);
    }

    private static List<Provider.Entry> ledger(Simulation sim) {
        return sim.<Provider>node(PROVIDER).ledger();
    }
}

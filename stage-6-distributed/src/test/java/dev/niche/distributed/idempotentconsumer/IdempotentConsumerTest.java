package dev.niche.distributed.idempotentconsumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.distributed.idempotentconsumer.Protocol.Payment;
import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
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
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/idempotent-consumer", title = "Idempotent consumer: exactly-once effects in bounded memory",
        order = 5, checkpoints = "6.2", naiveViolates = CheckKind.PROPERTY)
class IdempotentConsumerTest {
    private static final Address FIRST = new Address("n1");
    private static final Address SECOND = new Address("n2");
    private static final Address CONSUMER = new Address("n3");

    // ---- examples, on a reliable network, from scripted senders ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("each new payment is applied once and acknowledged with its sequence number")
    void appliesAndAcknowledges() {
        Simulation sim = scripted(List.of(send(0, 1, "alice", 10), send(10, 2, "bob", 5), send(20, 3, "alice", 7)),
                List.of());
        sim.runFor(100);
        assertThat(consumer(sim).balances()).isEqualTo(Map.of("alice", 17L, "bob", 5L));
        assertThat(acks(sim, FIRST)).as("acknowledgements n1 received").containsExactly(1L, 2L, 3L);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a copy of an applied payment is acknowledged again, not applied, and not written")
    void duplicateIsAcknowledgedOnly() {
        Simulation sim = scripted(List.of(send(0, 1, "alice", 10), send(10, 1, "alice", 10), send(20, 2, "bob", 5),
                send(30, 1, "alice", 10)), List.of());
        sim.runFor(100);
        assertThat(consumer(sim).balances()).isEqualTo(Map.of("alice", 10L, "bob", 5L));
        assertThat(acks(sim, FIRST)).as("acknowledgements n1 received").containsExactly(1L, 1L, 2L, 1L);
        assertThat(sim.storage(CONSUMER).writes()).as("durable writes for two payments and two copies").isEqualTo(2);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("payments out of order, with copies of them, are applied once each")
    void outOfOrder() {
        Simulation sim = scripted(List.of(send(0, 3, "carol", 3), send(10, 2, "bob", 2), send(20, 3, "carol", 3),
                send(30, 1, "alice", 1), send(40, 2, "bob", 2)), List.of());
        sim.runFor(100);
        assertThat(consumer(sim).balances()).isEqualTo(Map.of("alice", 1L, "bob", 2L, "carol", 3L));
        assertThat(acks(sim, FIRST)).as("acknowledgements n1 received").containsExactly(3L, 2L, 3L, 1L, 2L);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("two producers number their payments separately: both payment 1s are applied")
    void perProducerNumbers() {
        Simulation sim = scripted(List.of(new Send(0, new Payment("shop-1", 1, "alice", 10))),
                List.of(new Send(10, new Payment("refund-desk-1", 1, "alice", 20))));
        sim.runFor(100);
        assertThat(consumer(sim).balances()).isEqualTo(Map.of("alice", 30L));
        assertThat(acks(sim, SECOND)).as("acknowledgements n2 received").containsExactly(1L);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a restarted consumer keeps its ledger and does not apply an acknowledged payment again")
    void restartRemembers() {
        Simulation sim = scripted(List.of(send(0, 1, "alice", 10), send(10, 2, "bob", 5), send(60, 1, "alice", 10),
                send(70, 2, "bob", 5), send(80, 3, "alice", 1)), List.of());
        sim.after(30, null, () -> sim.crash(CONSUMER));
        sim.after(40, null, () -> sim.restart(CONSUMER));
        sim.runFor(150);
        assertThat(consumer(sim).balances()).isEqualTo(Map.of("alice", 11L, "bob", 5L));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a payment with a null id or account, or a sequence number below 1, is not applied or acknowledged")
    void malformedPayments() {
        Simulation sim = scripted(List.of(new Send(0, new Payment("p1", 1, null, 10)),
                new Send(10, new Payment(null, 1, "alice", 10)), new Send(20, new Payment("p0", 0, "alice", 10)),
                send(30, 1, "bob", 4)), List.of());
        sim.runFor(100);
        assertThat(consumer(sim).balances()).isEqualTo(Map.of("bob", 4L));
        assertThat(acks(sim, FIRST)).as("acknowledgements n1 received").containsExactly(1L);
    }

    // ---- many seeds, with faults ----

    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("the ledger equals the exactly-once model, with one write per payment, under loss, reordering,"
            + " duplication and a crash-restart (200 seeds)")
    void exactlyOnce() {
        for (long seed : Seeds.forCheck(200)) {
            Run run = new Run(seed);
            boolean finished = run.sim.runUntil(run::producersFinished, RUN_LIMIT);
            run.sim.runFor(200); // late copies still in flight
            String problem = finished ? run.ledgerProblem() : run.unfinished();
            if (problem != null) {
                throw new SimulationFailure(run.sim.report(problem, 30), null);
            }
        }
    }

    @Test
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("the dedup memory never holds more than WINDOW + 1 numbers or ids per producer, checked after every"
            + " event (200 seeds)")
    void boundedMemory() {
        int bound = 2 * (Producer.WINDOW + 1);
        for (long seed : Seeds.forCheck(200)) {
            Run run = new Run(seed);
            run.sim.runUntil(() -> run.producersFinished() || run.remembered() > bound, RUN_LIMIT);
            if (run.remembered() > bound) {
                throw new SimulationFailure(run.sim.report("The consumer remembers " + run.remembered()
                        + " numbers or ids (after " + run.writes() + " durable writes); the bound is WINDOW + 1 = "
                        + (Producer.WINDOW + 1) + " per producer, " + bound + " for two, however long the run."
                        + " A producer never sends payment s before payment s - WINDOW is acknowledged: below a"
                        + " low-water mark, one number stands for every payment.", 30), null);
            }
        }
    }

    // ---- the scenario ----

    private static final int PAYMENTS = 150;
    private static final long RUN_LIMIT = 5_000;
    private static final List<String> ACCOUNTS = List.of("alice", "bob", "carol", "dave");

    /**
     * Two producers send 150 payments each through a network that loses 10%, duplicates 25% and delays 1 to 30 ms;
     * the consumer crashes once and restarts; after 1.2 s the network turns reliable.
     */
    private static final class Run {
        final Simulation sim;
        final Map<Address, List<Payment>> scripts = new TreeMap<>();
        final long crashAt;
        final long restartAt;

        Run(long seed) {
            Random random = new Random(seed * 31 + 7);
            for (Address producer : List.of(FIRST, SECOND)) {
                List<Payment> payments = new ArrayList<>();
                for (int s = 1; s <= PAYMENTS; s++) {
                    payments.add(new Payment(producer + "-pay-" + s, s, ACCOUNTS.get(random.nextInt(ACCOUNTS.size())),
                            1 + random.nextInt(100)));
                }
                scripts.put(producer, payments);
            }
            sim = Simulation.seeded(seed).faults(new Faults(1, 30, 0.10, 0.25))
                    .nodes(3, a -> a.equals(CONSUMER) ? new Consumer() : new Producer(CONSUMER, scripts.get(a)))
                    .build();
            crashAt = 100 + random.nextInt(500);
            restartAt = crashAt + 20 + random.nextInt(150);
            sim.after(crashAt, null, () -> sim.crash(CONSUMER));
            sim.after(restartAt, null, () -> sim.restart(CONSUMER));
            sim.after(1_200, null, () -> sim.faults(Faults.reliable()));
        }

        boolean producersFinished() {
            return scripts.keySet().stream().allMatch(p -> sim.<Producer>node(p).finished());
        }

        int remembered() {
            return sim.isUp(CONSUMER) ? sim.<Consumer>node(CONSUMER).remembered() : 0;
        }

        long writes() {
            return sim.storage(CONSUMER).writes();
        }

        String unfinished() {
            String waiting = scripts.keySet().stream().filter(p -> !sim.<Producer>node(p).finished())
                    .map(Address::toString).collect(Collectors.joining(" and "));
            return "After " + RUN_LIMIT + " ms, " + waiting + " still waits for acknowledgements, although the"
                    + " network has lost nothing since 1200 ms. Acknowledge every copy of a payment, duplicates"
                    + " included, once it is stored.";
        }

        /** Compares the ledger with every payment applied exactly once, and counts the durable writes. */
        String ledgerProblem() {
            Map<String, Long> model = new TreeMap<>();
            scripts.values().forEach(ps -> ps.forEach(p -> model.merge(p.account(), p.amount(), Long::sum)));
            Map<String, Long> ledger = new TreeMap<>(sim.<Consumer>node(CONSUMER).balances());
            if (!ledger.equals(model)) {
                Set<String> accounts = new TreeSet<>(model.keySet());
                accounts.addAll(ledger.keySet());
                String account = accounts.stream().filter(a -> !Objects.equals(model.get(a), ledger.get(a)))
                        .findFirst().orElseThrow();
                long difference = ledger.getOrDefault(account, 0L) - model.getOrDefault(account, 0L);
                String suspects = scripts.values().stream().flatMap(List::stream)
                        .filter(p -> p.account().equals(account) && p.amount() == Math.abs(difference))
                        .map(Payment::id).collect(Collectors.joining(", "));
                return "The ledger is " + ledger + " but each payment applied exactly once gives " + model + ".\n"
                        + account + " is " + Math.abs(difference) + (difference > 0 ? " too high: a payment was"
                        + " applied twice" : " too low: a payment was lost (acknowledged but not stored, or"
                        + " taken for a duplicate)") + (suspects.isEmpty() ? "." : "; payments to "
                        + account + " of that amount: " + suspects + ".") + " The consumer crashed at " + crashAt
                        + " ms and restarted at " + restartAt + " ms.";
            }
            long writes = sim.storage(CONSUMER).writes();
            if (writes > 2L * PAYMENTS) {
                return "The ledger is right, but the consumer made " + writes + " durable writes for " + 2 * PAYMENTS
                        + " payments. Store the ledger and the dedup memory together, in one put per payment"
                        + " applied (a crash can fall between two writes), and write nothing for a duplicate.";
            }
            return null;
        }
    }

    // ---- the scripted sender of the examples ----

    /** Sends {@code payment} to the consumer {@code at} ms after the start. */
    private record Send(long at, Payment payment) {
    }

    private static Send send(long at, long sequence, String account, long amount) {
        return new Send(at, new Payment("pay-" + sequence, sequence, account, amount));
    }

    /** A producer that sends exactly what a test says, when it says, and records the acknowledgements. */
    private static final class ScriptedSender implements Node {
        private final List<Send> script;
        final List<Long> acks = new ArrayList<>();

        ScriptedSender(List<Send> script) {
            this.script = script;
        }

        @Override
        public void onStart(Context context) {
            script.forEach(send -> context.setTimer(send.at(), send.payment()));
        }

        @Override
        public void onTimer(Context context, Object payment) {
            context.send(CONSUMER, payment);
        }

        @Override
        public void onMessage(Context context, Address from, Object message) {
            acks.add(((Protocol.Ack) message).sequence());
        }
    }

    private static Simulation scripted(List<Send> first, List<Send> second) {
        return Simulation.seeded(1).faults(Faults.reliable()).nodes(3, a -> a.equals(CONSUMER) ? new Consumer()
                : new ScriptedSender(a.equals(FIRST) ? first : second)).build();
    }

    private static Consumer consumer(Simulation sim) {
        return sim.node(CONSUMER);
    }

    private static List<Long> acks(Simulation sim, Address sender) {
        return sim.<ScriptedSender>node(sender).acks;
    }
}

package dev.niche.distributed.quorumregister;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Call;
import dev.niche.distributed.sim.Client;
import dev.niche.distributed.sim.Faults;
import dev.niche.distributed.sim.Histories;
import dev.niche.distributed.sim.Histories.RegisterOp;
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
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/quorum-register", title = "Quorum register: ABD on a faulty network", order = 3,
        checkpoints = "6.1", naiveViolates = CheckKind.CONCURRENCY)
class QuorumRegisterTest {
    private static final List<String> KEYS = List.of("x", "y");
    private static final long TIMEOUT = 300;

    // ---- examples, on a reliable network ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a write, then a read at another replica, returns the value")
    void writeThenRead() {
        Simulation sim = reliable(3);
        assertThat(call(sim, 0, new Protocol.Write("x", 7))).isEqualTo(new Protocol.WriteOk("x"));
        sim.runFor(50);
        assertThat(call(sim, 2, new Protocol.Read("x"))).isEqualTo(new Protocol.ReadOk("x", 7));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a key never written reads 0, and keys are independent")
    void keysStartAtZero() {
        Simulation sim = reliable(3);
        assertThat(call(sim, 1, new Protocol.Read("y"))).isEqualTo(new Protocol.ReadOk("y", 0));
        call(sim, 1, new Protocol.Write("x", 1));
        call(sim, 0, new Protocol.Write("y", 2));
        call(sim, 2, new Protocol.Write("x", 3));
        sim.runFor(50);
        assertThat(call(sim, 0, new Protocol.Read("x"))).isEqualTo(new Protocol.ReadOk("x", 3));
        assertThat(call(sim, 2, new Protocol.Read("y"))).isEqualTo(new Protocol.ReadOk("y", 2));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("with one of three replicas down, reads and writes still complete (a majority is up)")
    void oneReplicaDown() {
        Simulation sim = reliable(3);
        sim.crash(sim.nodes().get(2));
        assertThat(call(sim, 0, new Protocol.Write("x", 5))).isEqualTo(new Protocol.WriteOk("x"));
        assertThat(call(sim, 1, new Protocol.Read("x"))).isEqualTo(new Protocol.ReadOk("x", 5));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a restarted replica still holds what it acknowledged")
    void restartKeepsRegisters() {
        Simulation sim = reliable(3);
        call(sim, 0, new Protocol.Write("x", 9));
        sim.runFor(50);
        for (Address replica : sim.nodes()) {
            sim.crash(replica);
            sim.restart(replica);
        }
        assertThat(call(sim, 1, new Protocol.Read("x"))).isEqualTo(new Protocol.ReadOk("x", 9));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("each request is answered once, and a null key gets no answer")
    void answeredOnce() {
        Simulation sim = reliable(3);
        call(sim, 0, new Protocol.Write("x", 1));
        call(sim, 1, new Protocol.Read("x"));
        assertThat(call(sim, 2, new Protocol.Read(null))).as("the answer to Read(null)").isNull();
        sim.runFor(200);
        assertThat(sim.trace()).as("answers that reached a client with no call open").noneMatch(l -> l.contains("ignores"));
    }

    // ---- many seeds, with faults ----

    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("histories are linearizable under loss, duplication, a healing minority partition and a crash (200 seeds)")
    void linearizableUnderFaults() {
        for (long seed : Seeds.forCheck(200)) {
            Simulation sim = faultyRun(seed);
            Histories.requireLinearizable(sim, Histories.operations(sim.history(), QuorumRegisterTest::input,
                    QuorumRegisterTest::output), Histories.registerPerKey());
        }
    }

    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("after the faults heal and a quiet second, every replica answers every read, and all agree (200 seeds)")
    void convergesAfterHealing() {
        for (long seed : Seeds.forCheck(200)) {
            Simulation sim = faultyRun(seed);
            Map<String, Map<Address, Object>> answers = new TreeMap<>();
            for (String key : KEYS) {
                for (int i = 0; i < sim.nodes().size(); i++) {
                    Object answer = call(sim, i, new Protocol.Read(key));
                    answers.computeIfAbsent(key, k -> new TreeMap<>()).put(sim.nodes().get(i), answer);
                }
            }
            for (Map.Entry<String, Map<Address, Object>> key : answers.entrySet()) {
                boolean agree = key.getValue().values().stream().distinct().count() == 1
                        && !key.getValue().containsValue(null);
                if (!agree) {
                    throw new SimulationFailure(sim.report("After healing and a quiet second, reads of " + key.getKey()
                            + " one replica at a time answered " + key.getValue() + " (null: no answer within "
                            + TIMEOUT + " ms). Every replica must answer, and the same.", 30), null);
                }
            }
        }
    }

    @Test
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("with no message lost, an operation costs at most 4 N messages between replicas (50 seeds)")
    void messageBudget() {
        for (long seed : Seeds.forCheck(50)) {
            int n = seed % 2 == 0 ? 5 : 3;
            Simulation sim = Simulation.seeded(seed).faults(new Faults(1, 10, 0, 0)).nodes(n, a -> new Replica()).build();
            Random random = new Random(seed);
            int ops = 40;
            for (int i = 0; i < ops; i++) {
                Object request = random.nextBoolean() ? new Protocol.Read(KEYS.get(random.nextInt(2)))
                        : new Protocol.Write(KEYS.get(random.nextInt(2)), i + 1);
                call(sim, random.nextInt(n), request);
            }
            sim.runFor(200);
            long budget = 4L * n * ops;
            if (sim.messagesSent() > budget) {
                throw new SimulationFailure(sim.report(ops + " operations on " + n + " replicas sent "
                        + sim.messagesSent() + " messages between replicas; the budget is 4 N per operation = "
                        + budget + ". A query and a store round to every replica is 4 N; resend only what is"
                        + " missing, and only after a reply could have come back.", 20), null);
            }
        }
    }

    // ---- the scenario ----

    /**
     * Clients read and write two keys at random replicas for one simulated second, while the network loses and
     * duplicates messages, a minority is cut off and heals, and a replica crashes and restarts; then a quiet second.
     */
    private static Simulation faultyRun(long seed) {
        int n = seed % 2 == 0 ? 5 : 3;
        Simulation sim = Simulation.seeded(seed).faults(Faults.flaky()).nodes(n, a -> new Replica()).build();
        Random random = new Random(seed * 31 + 7);
        List<Address> nodes = sim.nodes();
        List<Address> shuffled = new ArrayList<>(nodes);
        java.util.Collections.shuffle(shuffled, random);
        List<Address> cut = List.copyOf(shuffled.subList(0, (n - 1) / 2));
        List<Address> majority = nodes.stream().filter(a -> !cut.contains(a)).toList();
        Address crashed = nodes.get(random.nextInt(n));
        sim.after(150, null, () -> sim.partition(cut, majority));
        sim.after(450, null, sim::heal);
        sim.after(550, null, () -> sim.crash(crashed));
        sim.after(700, null, () -> sim.restart(crashed));
        long[] nextValue = {1};
        for (int c = 0; c < 3; c++) {
            startClient(sim, random, nextValue);
        }
        sim.runFor(1_000);
        sim.faults(Faults.reliable());
        sim.runFor(1_000);
        return sim;
    }

    private static void startClient(Simulation sim, Random random, long[] nextValue) {
        Client client = sim.client();
        next(sim, client, random, nextValue);
    }

    private static void next(Simulation sim, Client client, Random random, long[] nextValue) {
        if (sim.now() >= 1_000) {
            return;
        }
        String key = KEYS.get(random.nextInt(KEYS.size()));
        Object request = random.nextBoolean() ? new Protocol.Read(key) : new Protocol.Write(key, nextValue[0]++);
        Address node = sim.nodes().get(random.nextInt(sim.nodes().size()));
        client.call(node, request, TIMEOUT, response -> sim.after(random.nextInt(10), null, () -> {
            if (response == null) {
                startClient(sim, random, nextValue); // this client's call stays open: a new client takes over
            } else {
                next(sim, client, random, nextValue);
            }
        }));
    }

    // ---- helpers ----

    private static Simulation reliable(int n) {
        return Simulation.seeded(1).faults(Faults.reliable()).nodes(n, a -> new Replica()).build();
    }

    /** One call from a fresh client, run until answered or timed out: the response, or null. */
    private static Object call(Simulation sim, int node, Object request) {
        Client client = sim.client();
        Object[] response = {null};
        boolean[] done = {false};
        client.call(sim.nodes().get(node), request, TIMEOUT, r -> {
            response[0] = r;
            done[0] = true;
        });
        sim.runUntil(() -> done[0], TIMEOUT + 1);
        return response[0];
    }

    private static RegisterOp input(Call call) {
        if (call.request() instanceof Protocol.Write w) {
            return RegisterOp.write(w.key(), w.value());
        }
        return RegisterOp.read(((Protocol.Read) call.request()).key());
    }

    private static Long output(Call call) {
        return call.response() instanceof Protocol.ReadOk ok ? ok.value() : null;
    }
}

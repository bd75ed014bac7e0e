package dev.niche.distributed.causalbroadcast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Call;
import dev.niche.distributed.sim.Client;
import dev.niche.distributed.sim.Faults;
import dev.niche.distributed.sim.Simulation;
import dev.niche.distributed.sim.SimulationFailure;
import dev.niche.distributed.sim.Storage;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.ManySeeds;
import dev.niche.katas.grader.history.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/causal-broadcast", title = "Causal broadcast: vector clocks on a faulty network", order = 4,
        checkpoints = "6.1", naiveViolates = CheckKind.CONCURRENCY)
class CausalBroadcastTest {
    private static final long TIMEOUT = 300;

    // ---- examples, on a reliable network ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a broadcast is delivered at its sender at once, then once at every member")
    void broadcastReachesEveryone() {
        Simulation sim = reliable(3);
        assertThat(call(sim, 0, new Protocol.Broadcast("hello"))).isEqualTo(new Protocol.BroadcastOk("hello"));
        assertThat(delivered(sim, 0)).as("n1's deliveries when it answered").containsExactly("hello");
        sim.runFor(100);
        for (int i = 0; i < 3; i++) {
            assertThat(delivered(sim, i)).as("n" + (i + 1) + "'s deliveries").containsExactly("hello");
        }
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a reply broadcast after its question is delivered after it everywhere")
    void replyAfterQuestion() {
        Simulation sim = reliable(5);
        call(sim, 0, new Protocol.Broadcast("dinner tonight?"));
        sim.runFor(20);
        call(sim, 3, new Protocol.Broadcast("yes, let's!"));
        sim.runFor(100);
        for (int i = 0; i < 5; i++) {
            assertThat(delivered(sim, i)).as("n" + (i + 1) + "'s deliveries")
                    .containsExactly("dinner tonight?", "yes, let's!");
        }
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a member cut off gets one sender's messages after the heal, once each and in the order sent")
    void cutOffMemberCatchesUp() {
        Simulation sim = reliable(3);
        List<Address> nodes = sim.nodes();
        sim.partition(List.of(nodes.get(0), nodes.get(1)), List.of(nodes.get(2)));
        for (String message : List.of("one", "two", "three")) {
            call(sim, 0, new Protocol.Broadcast(message));
        }
        sim.runFor(200);
        assertThat(delivered(sim, 2)).as("n3's deliveries while cut off").isEmpty();
        sim.heal();
        sim.runFor(300);
        for (int i = 0; i < 3; i++) {
            assertThat(delivered(sim, i)).as("n" + (i + 1) + "'s deliveries").containsExactly("one", "two", "three");
        }
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a broadcast of null is not delivered anywhere and gets no answer")
    void nullIsRejected() {
        Simulation sim = reliable(3);
        assertThat(call(sim, 1, new Protocol.Broadcast(null))).as("the answer to Broadcast(null)").isNull();
        call(sim, 1, new Protocol.Broadcast("after"));
        sim.runFor(100);
        for (int i = 0; i < 3; i++) {
            assertThat(delivered(sim, i)).as("n" + (i + 1) + "'s deliveries").containsExactly("after");
        }
    }

    // ---- many seeds, with faults ----

    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("no member ever delivers a message before one in its causal past, under loss, duplication,"
            + " reordering and a healing partition (200 seeds)")
    void causalOrderUnderFaults() {
        for (long seed : Seeds.forCheck(200)) {
            Run run = new Run(seed);
            CausalOrder order = new CausalOrder(run);
            run.sim.runUntil(() -> order.violation() != null, 2 * RUN_MILLIS);
            if (order.violation() != null) {
                throw new SimulationFailure(run.sim.report(order.violation(), 40), null);
            }
        }
    }

    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("after the partition heals and a quiet second, every member has delivered every message exactly"
            + " once (200 seeds)")
    void everythingDeliveredOnce() {
        for (long seed : Seeds.forCheck(200)) {
            Run run = new Run(seed);
            run.sim.runFor(2 * RUN_MILLIS);
            String problem = run.missingOrRepeated();
            if (problem != null) {
                throw new SimulationFailure(run.sim.report(problem, 30), null);
            }
        }
    }

    @Test
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("with no message lost, a broadcast costs at most 2 N messages between members (50 seeds)")
    void messageBudget() {
        for (long seed : Seeds.forCheck(50)) {
            int n = seed % 2 == 0 ? 5 : 3;
            Simulation sim = Simulation.seeded(seed).faults(new Faults(1, 10, 0, 0)).nodes(n, a -> new Member())
                    .build();
            Random random = new Random(seed);
            int broadcasts = 40;
            for (int i = 0; i < broadcasts; i++) {
                call(sim, random.nextInt(n), new Protocol.Broadcast("m" + (i + 1)));
                sim.runFor(random.nextInt(10));
            }
            sim.runFor(300);
            long budget = 2L * n * broadcasts;
            if (sim.messagesSent() > budget) {
                throw new SimulationFailure(sim.report(broadcasts + " broadcasts on " + n + " members sent "
                        + sim.messagesSent() + " messages between members; the budget is 2 N per broadcast = "
                        + budget + ". One copy to each other member and one acknowledgement back is 2 (N - 1);"
                        + " resend only to members that have not acknowledged, and only after an acknowledgement"
                        + " could have come back.", 20), null);
            }
        }
    }

    // ---- the scenario ----

    private static final long RUN_MILLIS = 1_000;

    /**
     * Three clients broadcast at random members for one simulated second, while the network loses, duplicates and
     * reorders messages and a partition splits the group from 150 ms to 450 ms; then the network turns reliable.
     */
    private static final class Run {
        final Simulation sim;
        final Random random;
        /** Every message a client asked to broadcast, and the member it asked. */
        final Map<String, Address> senderOf = new LinkedHashMap<>();

        Run(long seed) {
            int n = seed % 2 == 0 ? 5 : 3;
            sim = Simulation.seeded(seed).faults(Faults.flaky()).nodes(n, a -> new Member()).build();
            random = new Random(seed * 31 + 7);
            List<Address> shuffled = new ArrayList<>(sim.nodes());
            Collections.shuffle(shuffled, random);
            List<Address> cut = List.copyOf(shuffled.subList(0, 1 + random.nextInt(n / 2)));
            List<Address> rest = List.copyOf(shuffled.subList(cut.size(), n));
            sim.after(150, null, () -> sim.partition(cut, rest));
            sim.after(450, null, sim::heal);
            sim.after(RUN_MILLIS, null, () -> sim.faults(Faults.reliable()));
            for (int c = 0; c < 3; c++) {
                next(sim.client());
            }
        }

        private void next(Client client) {
            if (sim.now() >= RUN_MILLIS) {
                return;
            }
            String message = "m" + (senderOf.size() + 1);
            Address member = sim.nodes().get(random.nextInt(sim.nodes().size()));
            senderOf.put(message, member);
            client.call(member, new Protocol.Broadcast(message), TIMEOUT, response -> sim.after(random.nextInt(30),
                    null, () -> next(response == null ? sim.client() : client)));
        }

        /** What is wrong with the deliveries once the run is over, or null if every member has every message once. */
        String missingOrRepeated() {
            for (Call call : sim.history()) {
                Object expected = new Protocol.BroadcastOk(((Protocol.Broadcast) call.request()).message());
                if (!expected.equals(call.response())) {
                    return "The call " + call + " should have been answered " + expected + ".";
                }
            }
            for (Address member : sim.nodes()) {
                List<String> log = Application.delivered(sim.storage(member));
                Set<String> seen = new HashSet<>();
                for (String message : log) {
                    if (!seen.add(message)) {
                        return member + " delivered " + message + " twice: drop a copy of a message you already have"
                                + " (the network duplicates, and senders resend). " + member + " delivered " + log;
                    }
                }
                for (Map.Entry<String, Address> broadcast : senderOf.entrySet()) {
                    if (!seen.contains(broadcast.getKey())) {
                        return "After the partition healed and a quiet second, " + member + " has still not delivered "
                                + broadcast.getKey() + " (broadcast by " + broadcast.getValue() + "); it delivered "
                                + log.size() + " of " + senderOf.size() + " messages. Resend until each member"
                                + " acknowledges, and make sure a held-back message can always become deliverable.";
                    }
                }
            }
            return null;
        }
    }

    /**
     * Checks each new delivery as it happens: every message its sender had delivered before it (the sender's own
     * earlier messages included) must already be delivered at the member.
     */
    private static final class CausalOrder {
        private final Run run;
        private final List<Address> members;
        private final Storage[] storages;
        private final int[] checked;
        /** What each member has delivered so far, as a set. */
        private final List<Set<String>> seen = new ArrayList<>();
        private String violation;

        CausalOrder(Run run) {
            this.run = run;
            members = run.sim.nodes();
            storages = members.stream().map(run.sim::storage).toArray(Storage[]::new);
            checked = new int[members.size()];
            members.forEach(m -> seen.add(new HashSet<>()));
        }

        /** Called after every event, so it only looks at deliveries it has not checked yet. */
        String violation() {
            for (int m = 0; m < storages.length && violation == null; m++) {
                List<String> log = Application.delivered(storages[m]);
                for (int i = checked[m]; i < log.size() && violation == null; i++) {
                    violation = check(members.get(m), seen.get(m), log, i);
                    seen.get(m).add(log.get(i));
                }
                checked[m] = log.size();
            }
            return violation;
        }

        private String check(Address member, Set<String> before, List<String> log, int index) {
            String message = log.get(index);
            Address sender = run.senderOf.get(message);
            if (sender == null) {
                return member + " delivered " + message + ", which no client asked anyone to broadcast.";
            }
            List<String> senderLog = Application.delivered(run.sim.storage(sender));
            int sent = senderLog.indexOf(message);
            if (sent < 0) {
                return member + " delivered " + message + " before its sender " + sender + " did; a member delivers"
                        + " its own message at once, when it is asked to broadcast it.";
            }
            for (String past : senderLog.subList(0, sent)) {
                if (!before.contains(past)) {
                    return "Causal order broken at " + member + ": it delivered " + message + " (broadcast by "
                            + sender + ") before " + past + " (broadcast by " + run.senderOf.get(past) + "), but "
                            + sender + " had delivered " + past + " before it broadcast " + message + ", so every"
                            + " member must deliver " + past + " first.\n" + member + " delivered " + log.subList(0,
                            index + 1) + "\n" + sender + " delivered " + senderLog.subList(0, sent + 1);
                }
            }
            return null;
        }
    }

    // ---- helpers ----

    private static Simulation reliable(int n) {
        return Simulation.seeded(1).faults(Faults.reliable()).nodes(n, a -> new Member()).build();
    }

    private static List<String> delivered(Simulation sim, int node) {
        return Application.delivered(sim.storage(sim.nodes().get(node)));
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
}

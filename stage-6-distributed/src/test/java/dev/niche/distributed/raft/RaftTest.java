package dev.niche.distributed.raft;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Kata(id = "distributed/raft", title = "Raft: leader election and log replication", order = 13,
        checkpoints = "6.1", naiveViolates = CheckKind.CONCURRENCY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the order of this file: examples, safety, then liveness
class RaftTest {
    private static final List<String> KEYS = List.of("x", "y");
    private static final long TIMEOUT = 500;
    private static final long CLIENTS_STOP = 1_300;
    private static final long QUIET = 700;
    private static final long SETTLE = 300;

    // ---- examples, on a reliable network ----

    @Order(1)
    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("on a reliable network one leader emerges, and every node follows its term")
    void oneLeaderEmerges() {
        Simulation sim = reliable(5);
        sim.runFor(1_000);
        List<Address> leaders = sim.nodes().stream().filter(a -> node(sim, a).role() == Role.LEADER).toList();
        assertThat(leaders).as("the nodes whose role() is LEADER after one second").hasSize(1);
        long term = node(sim, leaders.get(0)).currentTerm();
        assertThat(term).as("the leader's term").isPositive();
        for (Address a : sim.nodes()) {
            assertThat(node(sim, a).currentTerm()).as("currentTerm() of " + a).isEqualTo(term);
        }
    }

    @Order(2)
    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a put at the leader is answered once committed, and every node applies it")
    void putIsAppliedEverywhere() {
        Simulation sim = reliable(3);
        Address leader = awaitLeader(sim);
        assertThat(call(sim, leader, new Protocol.Put("x", 7))).isEqualTo(new Protocol.PutOk("x"));
        sim.runFor(200);
        for (Address a : sim.nodes()) {
            assertThat(node(sim, a).store().applied()).as("the commands " + a + " applied")
                    .containsExactly(new Protocol.Put("x", 7));
        }
        assertThat(call(sim, leader, new Protocol.Get("x"))).isEqualTo(new Protocol.GetOk("x", 7));
        assertThat(call(sim, leader, new Protocol.Get("y"))).as("a key never written")
                .isEqualTo(new Protocol.GetOk("y", 0));
    }

    @Order(3)
    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a follower answers NotLeader with the leader's address, and appends nothing")
    void followersRedirect() {
        Simulation sim = reliable(3);
        Address leader = awaitLeader(sim);
        sim.runFor(200);
        Address follower = sim.nodes().stream().filter(a -> !a.equals(leader)).findFirst().orElseThrow();
        assertThat(call(sim, follower, new Protocol.Put("x", 1))).isEqualTo(new Protocol.NotLeader(leader));
        sim.runFor(200);
        for (Address a : sim.nodes()) {
            assertThat(node(sim, a).store().applied()).as("the commands " + a + " applied").isEmpty();
        }
    }

    @Order(4)
    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("with one follower down the others commit; restarted, it catches up")
    void restartedFollowerCatchesUp() {
        Simulation sim = reliable(3);
        Address leader = awaitLeader(sim);
        Address follower = sim.nodes().stream().filter(a -> !a.equals(leader)).findFirst().orElseThrow();
        sim.crash(follower);
        for (int i = 1; i <= 3; i++) {
            assertThat(call(sim, leader, new Protocol.Put("x", i))).as("put " + i + " with " + follower + " down")
                    .isEqualTo(new Protocol.PutOk("x"));
        }
        sim.restart(follower);
        sim.runFor(500);
        assertThat(node(sim, follower).store().applied()).as("the commands the restarted " + follower + " applied")
                .containsExactly(new Protocol.Put("x", 1), new Protocol.Put("x", 2), new Protocol.Put("x", 3));
    }

    @Order(5)
    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("after every node restarts, terms and committed puts are still there")
    void restartKeepsTermAndLog() {
        Simulation sim = reliable(3);
        Address leader = awaitLeader(sim);
        call(sim, leader, new Protocol.Put("x", 9));
        sim.runFor(200);
        Map<Address, Long> terms = new HashMap<>();
        for (Address a : sim.nodes()) {
            terms.put(a, node(sim, a).currentTerm());
            sim.crash(a);
            sim.restart(a);
        }
        for (Address a : sim.nodes()) {
            assertThat(node(sim, a).currentTerm()).as("currentTerm() of " + a + " right after its restart")
                    .isEqualTo(terms.get(a));
        }
        assertThat(call(sim, awaitLeader(sim), new Protocol.Get("x"))).isEqualTo(new Protocol.GetOk("x", 9));
    }

    @Order(6)
    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input: a request with a null key gets no answer and is applied nowhere")
    void nullKeyIsIgnored() {
        Simulation sim = reliable(3);
        Address leader = awaitLeader(sim);
        assertThat(call(sim, leader, new Protocol.Put(null, 1))).as("the answer to Put(null, 1)").isNull();
        assertThat(call(sim, leader, new Protocol.Get(null))).as("the answer to Get(null)").isNull();
        sim.runFor(200);
        for (Address a : sim.nodes()) {
            assertThat(node(sim, a).store().applied()).as("the commands " + a + " applied").isEmpty();
        }
    }

    // ---- many seeds, with faults ----

    @Order(7)
    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("at most one leader per term, under loss, partitions and crashes (100 seeds)")
    void oneLeaderPerTerm() {
        for (long seed : Seeds.forCheck(100)) {
            Run run = faultyRun(seed);
            if (run.watch.twoLeaders != null) {
                throw new SimulationFailure(run.watch.twoLeaders, null);
            }
        }
    }

    @Order(8)
    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("every node applies a prefix of one sequence of commands, which keeps every answered put (100 seeds)")
    void committedEntriesAreNeverLost() {
        for (long seed : Seeds.forCheck(100)) {
            Run run = faultyRun(seed);
            if (run.watch.divergence != null) {
                throw new SimulationFailure(run.watch.divergence, null);
            }
            if (!run.finalPutAnswered()) {
                continue; // the liveness check reports this run
            }
            List<Object> last = node(run.sim, run.leaderAfterQuiet).store().applied();
            if (last.size() < run.watch.chosen.size()) {
                int lost = last.size();
                throw new SimulationFailure(run.sim.report("Applied commands were lost: command #" + (lost + 1) + ", "
                        + run.watch.chosen.get(lost) + ", was applied by " + run.watch.chosenWhere.get(lost) + ", but"
                        + " after healing the leader " + run.leaderAfterQuiet + " has applied only " + lost
                        + " commands (its last: the final " + run.finalPut.request() + "), and "
                        + (run.watch.chosen.size() - lost) + " applied commands are gone. A node may apply an"
                        + " entry only once it is committed: stored on a majority by a leader of the entry's own"
                        + " term. Such an entry is in every later leader's log; an entry that was only appended can"
                        + " be replaced.", 40), null);
            }
            for (Call call : run.sim.history()) {
                if (call.response() instanceof Protocol.PutOk && !last.contains(call.request())) {
                    throw new SimulationFailure(run.sim.report("A committed put was lost: " + call + " was"
                            + " answered, but after healing the leader " + run.leaderAfterQuiet + " has not applied"
                            + " it. Answer a client only once its entry is committed and applied.", 40), null);
                }
            }
        }
    }

    @Order(9)
    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("client histories of puts and gets are linearizable (100 seeds)")
    void linearizable() {
        for (long seed : Seeds.forCheck(100)) {
            Run run = faultyRun(seed);
            List<Call> taken = run.sim.history().stream()
                    .filter(c -> !(c.response() instanceof Protocol.NotLeader)).toList();
            Histories.requireLinearizable(run.sim, Histories.operations(taken, RaftTest::input, RaftTest::output),
                    Histories.registerPerKey());
        }
    }

    @Order(10)
    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("after healing and a quiet period, a leader answers a put and every node applies it (100 seeds)")
    void liveAfterHealing() {
        for (long seed : Seeds.forCheck(100)) {
            Run run = faultyRun(seed);
            if (run.leaderAfterQuiet == null) {
                throw new SimulationFailure(run.sim.report("After healing and a quiet period (at "
                        + (CLIENTS_STOP + QUIET) + " ms) no running node is leader of the highest term: "
                        + states(run.sim) + ". A follower"
                        + " whose election deadline passes starts an election, and randomized timeouts keep candidates"
                        + " from splitting the vote for ever. Only granting a vote or hearing the current leader moves"
                        + " that deadline: a candidate that cannot win (its log is behind) must not silence the"
                        + " others.", 30), null);
            }
            if (!run.finalPutAnswered()) {
                throw new SimulationFailure(run.sim.report("After healing and a quiet period, the leader "
                        + run.leaderAfterQuiet + " did not answer " + run.finalPut + " within " + TIMEOUT + " ms (got "
                        + run.finalPut.response() + ").", 30), null);
            }
            List<Object> last = node(run.sim, run.leaderAfterQuiet).store().applied();
            for (Address a : run.sim.nodes()) {
                List<Object> applied = node(run.sim, a).store().applied();
                if (applied.size() != last.size()) {
                    throw new SimulationFailure(run.sim.report(a + " applied " + applied.size() + " commands, but the"
                            + " leader " + run.leaderAfterQuiet + " applied " + last.size() + ", " + SETTLE
                            + " ms after the final put was answered. The leader's heartbeats carry its commit index"
                            + " and repair lagging logs.", 30), null);
                }
            }
        }
    }

    @Order(11)
    @Test
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("with no message lost, heartbeats stay cheap and a command costs at most 4 N messages (50 seeds)")
    void messageBudget() {
        for (long seed : Seeds.forCheck(50)) {
            int n = seed % 2 == 0 ? 5 : 3;
            Simulation sim = Simulation.seeded(seed).faults(new Faults(1, 10, 0, 0)).nodes(n, a -> new RaftNode())
                    .build();
            Address leader = awaitLeader(sim);
            sim.runFor(200);
            long before = sim.messagesSent();
            sim.runFor(500);
            long idlePerSecond = 2 * (sim.messagesSent() - before);
            if (idlePerSecond > 80L * (n - 1)) {
                throw new SimulationFailure(sim.report("An idle cluster of " + n + " nodes sent " + idlePerSecond / 2
                        + " messages in half a second; the budget is 40 (N - 1) = " + 40L * (n - 1) + ", a heartbeat"
                        + " round every 25 ms. Send heartbeats on a timer (every 50 ms is plenty), not in answer to"
                        + " replies.", 20), null);
            }
            Random random = new Random(seed);
            int commands = 30;
            long start = sim.now();
            before = sim.messagesSent();
            for (int i = 0; i < commands; i++) {
                String key = KEYS.get(random.nextInt(KEYS.size()));
                Object request = random.nextBoolean() ? new Protocol.Get(key) : new Protocol.Put(key, i + 1);
                Object answer = call(sim, leader, request);
                if (!(answer instanceof Protocol.PutOk || answer instanceof Protocol.GetOk)) {
                    throw new SimulationFailure(sim.report("On a network that loses nothing, the leader " + leader
                            + " answered " + request + " with " + answer + " (null: no answer within " + TIMEOUT
                            + " ms). With no faults the leader must stay leader and answer every command.", 20), null);
                }
            }
            long extra = sim.messagesSent() - before - idlePerSecond * (sim.now() - start) / 1_000;
            long budget = 4L * n * commands;
            if (extra > budget) {
                throw new SimulationFailure(sim.report(commands + " commands on " + n + " nodes sent " + extra
                        + " messages beyond the idle heartbeats; the budget is 4 N per command = " + budget + "."
                        + " One AppendEntries to each follower and its reply is 2 (N - 1); resend only on a"
                        + " heartbeat or a rejection.", 20), null);
            }
        }
    }

    // ---- the scenario ----

    /** A finished faulty run: the simulation, what the watch saw, and the final put after the quiet period. */
    private record Run(Simulation sim, Watch watch, Address leaderAfterQuiet, Call finalPut) {
        boolean finalPutAnswered() {
            return finalPut != null && finalPut.response() instanceof Protocol.PutOk;
        }
    }

    /**
     * Three clients put and get two keys for 1.3 simulated seconds under loss and duplication, while one of three
     * faults strikes at 400 ms (the leader cut off with a minority until 800 ms, a random minority cut off, or the
     * leader crashed for 250 ms) and a random node crashes from 850 to 1000 ms; then 700 quiet ms on a reliable
     * network, and one more put to the leader. The watch polls every node every 5 ms throughout.
     */
    private static Run faultyRun(long seed) {
        int n = seed % 2 == 0 ? 5 : 3;
        Simulation sim = Simulation.seeded(seed).faults(Faults.flaky()).nodes(n, a -> new RaftNode()).build();
        Watch watch = new Watch(sim);
        Random random = new Random(seed * 31 + 7);
        Clients clients = new Clients(sim, random);
        for (int c = 0; c < 3; c++) {
            clients.start();
        }
        watch.runFor(400);
        List<Address> nodes = sim.nodes();
        Address leader = leaderOf(sim);
        Address struck = leader != null ? leader : nodes.get(random.nextInt(n));
        int fault = random.nextInt(3);
        if (fault == 2) {
            sim.crash(struck);
            watch.runFor(250);
            sim.restart(struck);
            watch.runFor(150);
        } else {
            List<Address> shuffled = new ArrayList<>(nodes);
            Collections.shuffle(shuffled, random);
            List<Address> cut = new ArrayList<>(shuffled.subList(0, (n - 1) / 2));
            if (fault == 0 && !cut.contains(struck)) {
                cut.set(0, struck);
            }
            sim.partition(cut, nodes.stream().filter(a -> !cut.contains(a)).toList());
            watch.runFor(400);
            sim.heal();
        }
        watch.runFor(50);
        Address victim = nodes.get(random.nextInt(n));
        sim.crash(victim);
        watch.runFor(150);
        sim.restart(victim);
        watch.runFor(CLIENTS_STOP - sim.now());
        sim.faults(Faults.reliable());
        watch.runFor(QUIET);
        Address after = leaderOf(sim);
        Call finalPut = null;
        if (after != null) {
            call(sim, after, new Protocol.Put("x", -1));
            List<Call> history = sim.history();
            finalPut = history.get(history.size() - 1);
            watch.poll();
            watch.runFor(SETTLE);
        }
        return new Run(sim, watch, after, finalPut);
    }

    /** Clients that follow NotLeader hints; a client that times out retires, and a new one takes over. */
    private static final class Clients {
        private final Simulation sim;
        private final Random random;
        private long nextValue = 1;
        private Address guess;

        Clients(Simulation sim, Random random) {
            this.sim = sim;
            this.random = random;
        }

        void start() {
            next(sim.client());
        }

        private void next(Client client) {
            if (sim.now() >= CLIENTS_STOP) {
                return;
            }
            String key = KEYS.get(random.nextInt(KEYS.size()));
            Object request = random.nextBoolean() ? new Protocol.Get(key) : new Protocol.Put(key, nextValue++);
            Address to = guess != null ? guess : sim.nodes().get(random.nextInt(sim.nodes().size()));
            client.call(to, request, TIMEOUT, response -> {
                if (response == null) {
                    guess = null;
                    sim.after(random.nextInt(10), null, this::start);
                } else if (response instanceof Protocol.NotLeader notLeader) {
                    guess = notLeader.leader();
                    sim.after(guess == null ? 20 : random.nextInt(10), null, () -> next(client));
                } else {
                    sim.after(random.nextInt(10), null, () -> next(client));
                }
            });
        }
    }

    /**
     * Polls every running node between steps of 5 ms: which node leads each term, and the commands each has
     * applied, which must all be prefixes of one sequence. Keeps the first violation of each kind as a report.
     */
    private static final class Watch {
        private static final long STEP = 5;
        final Simulation sim;
        final Map<Long, Address> leaderOfTerm = new HashMap<>();
        final Map<Long, Long> leaderSince = new HashMap<>();
        /** The one sequence of commands: its i-th element is the first i-th command any node applied. */
        final List<Object> chosen = new ArrayList<>();
        final List<String> chosenWhere = new ArrayList<>();
        final List<Long> chosenTime = new ArrayList<>();
        final Map<Address, RaftNode> objects = new HashMap<>();
        final Map<Address, Integer> checked = new HashMap<>();
        String twoLeaders;
        String divergence;

        Watch(Simulation sim) {
            this.sim = sim;
            poll();
        }

        void runFor(long millis) {
            long end = sim.now() + millis;
            while (sim.now() < end) {
                sim.runFor(Math.min(STEP, end - sim.now()));
                poll();
            }
        }

        void poll() {
            for (Address a : sim.nodes()) {
                if (!sim.isUp(a)) {
                    continue;
                }
                RaftNode node = sim.node(a);
                if (node.role() == Role.LEADER) {
                    long term = node.currentTerm();
                    Address first = leaderOfTerm.putIfAbsent(term, a);
                    leaderSince.putIfAbsent(term, sim.now());
                    if (first != null && !first.equals(a) && twoLeaders == null) {
                        twoLeaders = sim.report("Two leaders in term " + term + ": " + first + " (leader since "
                                + leaderSince.get(term) + " ms) and " + a + " (now). A candidate needs votes from a"
                                + " majority, and a node votes at most once per term, even across a restart.", 40);
                    }
                }
                if (objects.get(a) != node) { // started or restarted: its state machine starts empty
                    objects.put(a, node);
                    checked.put(a, 0);
                }
                List<Object> applied = node.store().applied();
                for (int i = checked.get(a); i < applied.size() && divergence == null; i++) {
                    if (i == chosen.size()) {
                        chosen.add(applied.get(i));
                        chosenWhere.add(a + " at " + sim.now() + " ms");
                        chosenTime.add(sim.now());
                    } else if (!chosen.get(i).equals(applied.get(i))) {
                        divergence = sim.report("Two nodes applied different commands at the same place: " + a
                                + " applied " + applied.get(i) + " as command #" + (i + 1) + ", but "
                                + chosenWhere.get(i) + " had applied " + chosen.get(i) + answer(chosen.get(i))
                                + " there. One of them applied an entry that was not committed: a leader may count an"
                                + " entry as committed only when a majority stores it, and only an entry of its own"
                                + " term; otherwise a new leader can replace it. Leaders by term: " + leaderOfTerm
                                + ".\nThe trace up to "
                                + chosenTime.get(i) + " ms, when " + chosen.get(i) + " was applied:\n"
                                + traceUpTo(chosenTime.get(i)), 40);
                    }
                }
                checked.put(a, applied.size());
            }
        }

        /** How the client of {@code command} was answered, if it was. */
        private String answer(Object command) {
            return sim.history().stream().filter(c -> c.request().equals(command) && c.answered()).findFirst()
                    .map(c -> " (and answered " + c.client() + " with " + c.response() + " at " + c.end() + " ms)")
                    .orElse("");
        }

        /** The last 25 trace lines stamped {@code time} or earlier, indented, one per line. */
        private String traceUpTo(long time) {
            List<String> lines = sim.trace().stream()
                    .filter(l -> Long.parseLong(l.substring(0, l.indexOf(" ms")).trim()) <= time).toList();
            StringBuilder text = new StringBuilder();
            lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> text.append("  ").append(l)
                    .append('\n'));
            return text.toString();
        }
    }

    // ---- helpers ----

    private static Simulation reliable(int n) {
        return Simulation.seeded(1).faults(Faults.reliable()).nodes(n, a -> new RaftNode()).build();
    }

    private static RaftNode node(Simulation sim, Address a) {
        return sim.node(a);
    }

    /** The running node that is leader of the highest term any running node has seen, or null. */
    private static Address leaderOf(Simulation sim) {
        long highest = sim.nodes().stream().filter(sim::isUp).mapToLong(a -> node(sim, a).currentTerm()).max()
                .orElse(-1);
        return sim.nodes().stream().filter(sim::isUp).filter(a -> node(sim, a).role() == Role.LEADER
                && node(sim, a).currentTerm() == highest).findFirst().orElse(null);
    }

    /** Each node's role and term, or that it is down. */
    private static String states(Simulation sim) {
        return sim.nodes().stream().map(a -> a + (sim.isUp(a) ? " " + node(sim, a).role() + " in term "
                + node(sim, a).currentTerm() : " down")).collect(Collectors.joining(", "));
    }

    /** Runs until a leader is known (at most two simulated seconds) and returns it; fails if none came. */
    private static Address awaitLeader(Simulation sim) {
        if (!sim.runUntil(() -> leaderOf(sim) != null, 2_000)) {
            throw new SimulationFailure(sim.report("No leader after 2 s on a reliable network (" + states(sim)
                    + "): a follower that"
                    + " hears no heartbeat for its election timeout becomes a candidate, and a candidate with votes"
                    + " from a majority becomes leader.", 30), null);
        }
        return leaderOf(sim);
    }

    /** One call from a fresh client, run until answered or timed out: the response, or null. */
    private static Object call(Simulation sim, Address node, Object request) {
        Client client = sim.client();
        Object[] response = {null};
        boolean[] done = {false};
        client.call(node, request, TIMEOUT, r -> {
            response[0] = r;
            done[0] = true;
        });
        sim.runUntil(() -> done[0], TIMEOUT + 1);
        return response[0];
    }

    private static RegisterOp input(Call call) {
        if (call.request() instanceof Protocol.Put put) {
            return RegisterOp.write(put.key(), put.value());
        }
        return RegisterOp.read(((Protocol.Get) call.request()).key());
    }

    private static Long output(Call call) {
        return call.response() instanceof Protocol.GetOk ok ? ok.value() : null;
    }
}

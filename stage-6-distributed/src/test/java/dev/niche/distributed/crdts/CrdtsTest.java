package dev.niche.distributed.crdts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Client;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/crdts", title = "CRDTs: counters, a register and a set that converge", order = 12,
        checkpoints = "6.3", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY, CheckKind.CONCURRENCY})
class CrdtsTest {

    // ---- examples ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("G-counter: replicas count apart, a merge adds both, and merging a state again adds nothing")
    void gCounterExample() {
        GCounter a = GCounter.empty().increment("a", 2).increment("a", 1);
        GCounter b = GCounter.empty().increment("b", 4);
        assertThat(a.value()).isEqualTo(3);
        GCounter merged = a.merge(b);
        assertThat(merged.value()).as("a counted 3 and b counted 4, then a merged b's state").isEqualTo(7);
        assertThat(merged.merge(b).merge(a).value()).as("after merging the same states again").isEqualTo(7);
        assertThat(b.merge(a)).as("merged the other way round").isEqualTo(merged);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("PN-counter: increments minus decrements, from every replica")
    void pnCounterExample() {
        PNCounter a = PNCounter.empty().increment("a", 5).decrement("a", 2);
        PNCounter b = PNCounter.empty().decrement("b", 4);
        assertThat(a.value()).isEqualTo(3);
        assertThat(a.merge(b).value()).as("a: +5 -2, b: -4, merged").isEqualTo(-1);
        PNCounter later = a.merge(b).increment("b", 1);
        assertThat(later.merge(a).merge(b).value()).as("+1 at b after the merge, then the old states again")
                .isEqualTo(0);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("LWW register: the highest stamp wins in either merge order; equal timestamps go to the larger name")
    void lwwExample() {
        LwwRegister<String> empty = LwwRegister.empty();
        assertThat(empty.value()).isEmpty();
        LwwRegister<String> a = empty.set("red", 10, "a");
        LwwRegister<String> b = empty.set("blue", 12, "b");
        assertThat(a.merge(b).value()).contains("blue");
        assertThat(b.merge(a).value()).contains("blue");
        assertThat(b.set("green", 11, "b").value()).as("a write stamped below the held one is lost").contains("blue");
        LwwRegister<String> tieA = empty.set("x", 7, "a");
        LwwRegister<String> tieB = empty.set("y", 7, "b");
        assertThat(tieA.merge(tieB).value()).as("x @7 by a merged with y @7 by b").contains("y");
        assertThat(tieB.merge(tieA).value()).as("y @7 by b merged with x @7 by a").contains("y");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("OR-set: an add concurrent with a remove survives it, and a removed element can be added again")
    void orSetExample() {
        OrSet<String> start = OrSet.<String>empty().add("milk", "a");
        OrSet<String> removedAtA = start.remove("milk");
        OrSet<String> addedAgainAtB = start.add("milk", "b"); // b has not seen the remove
        assertThat(removedAtA.contains("milk")).isFalse();
        assertThat(removedAtA.merge(addedAgainAtB).elements()).as("a removed milk while b added it again, merged")
                .containsExactly("milk");
        assertThat(addedAgainAtB.merge(removedAtA).elements()).as("the same, merged the other way")
                .containsExactly("milk");
        OrSet<String> readded = removedAtA.add("milk", "a");
        assertThat(readded.elements()).as("milk added, removed, then added again at one replica")
                .containsExactly("milk");
        OrSet<String> both = readded.add("eggs", "a").merge(addedAgainAtB).remove("milk");
        assertThat(both.elements()).as("a remove that has seen every add of milk").containsExactly("eggs");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad input is refused with an IllegalArgumentException naming the argument")
    void badInput() {
        refused(() -> GCounter.empty().increment(null, 1), "replica");
        refused(() -> GCounter.empty().increment("a", 0), "amount");
        refused(() -> GCounter.empty().merge(null), "other");
        refused(() -> PNCounter.empty().decrement("a", -3), "amount");
        refused(() -> PNCounter.empty().increment(null, 1), "replica");
        refused(() -> PNCounter.empty().merge(null), "other");
        refused(() -> LwwRegister.empty().set(null, 1, "a"), "value");
        refused(() -> LwwRegister.<String>empty().set("v", 1, null), "replica");
        refused(() -> LwwRegister.empty().merge(null), "other");
        refused(() -> OrSet.<String>empty().add(null, "a"), "element");
        refused(() -> OrSet.<String>empty().add("e", null), "replica");
        refused(() -> OrSet.<String>empty().remove(null), "element");
        refused(() -> OrSet.empty().merge(null), "other");
    }

    // ---- merge laws ----

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("G-counter merge: commutative, associative, idempotent, and it holds what either state saw")
    void gCounterMergeLaws(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> prefix,
                           @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> a,
                           @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> b,
                           @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> c) {
        mergeLaws(G_COUNTER, prefix, a, b, c);
    }

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("PN-counter merge: commutative, associative, idempotent, and it holds what either state saw")
    void pnCounterMergeLaws(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> prefix,
                            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> a,
                            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> b,
                            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> c) {
        mergeLaws(PN_COUNTER, prefix, a, b, c);
    }

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("LWW register merge: commutative, associative, idempotent, and it holds what either state saw")
    void lwwMergeLaws(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> prefix,
                      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> a,
                      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> b,
                      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> c) {
        mergeLaws(LWW, prefix, a, b, c);
    }

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("OR-set merge: commutative, associative, idempotent, and it holds what either state saw")
    void orSetMergeLaws(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> prefix,
                        @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> a,
                        @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> b,
                        @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> c) {
        mergeLaws(OR_SET, prefix, a, b, c);
    }

    // ---- convergence under any delivery order ----

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("G-counter: replicas exchanging states in any order, with duplicates, converge on the sum of increments")
    void gCounterConverges(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 239) Integer> script) {
        converges(G_COUNTER, script);
    }

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("PN-counter: replicas exchanging states in any order converge on increments minus decrements")
    void pnCounterConverges(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 239) Integer> script) {
        converges(PN_COUNTER, script);
    }

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("LWW register: replicas exchanging states in any order converge on the write with the highest stamp")
    void lwwConverges(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 239) Integer> script) {
        converges(LWW, script);
    }

    @Property(tries = 200)
    @Kind(CheckKind.PROPERTY)
    @Label("OR-set: replicas converge; add wins over a concurrent remove, a remove undoes only the adds it saw")
    void orSetConverges(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 239) Integer> script) {
        converges(OR_SET, script);
    }

    // ---- gossip on the simulator ----

    @Test
    @ManySeeds
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("3 to 5 nodes gossip under loss, duplication and a healing partition; after a quiet second all"
            + " agree (200 seeds)")
    void gossipConverges() {
        for (long seed : Seeds.forCheck(200)) {
            int n = 3 + (int) (seed % 3);
            Simulation sim = Simulation.seeded(seed).faults(Faults.flaky()).nodes(n, a -> new Gossip()).build();
            Random random = new Random(seed * 17 + 3);
            List<Address> nodes = sim.nodes();
            List<Address> cut = List.of(nodes.get(random.nextInt(n)));
            sim.after(300, null, () -> sim.partition(cut, nodes.stream().filter(a -> !cut.contains(a)).toList()));
            sim.after(700, null, sim::heal);
            long[] total = {0};
            Set<String> added = new TreeSet<>();
            Set<String> removed = new TreeSet<>();
            for (int c = 0; c < 3; c++) {
                request(sim, sim.client(), random, total, added, removed);
            }
            sim.runFor(1_000);
            sim.faults(Faults.reliable());
            sim.runFor(1_000);
            Map<Address, String> states = new TreeMap<>();
            nodes.forEach(a -> states.put(a, sim.<Gossip>node(a).toString()));
            Gossip first = sim.node(nodes.get(0));
            boolean agree = nodes.stream().map(sim::<Gossip>node)
                    .allMatch(g -> g.counter.equals(first.counter) && g.set.equals(first.set));
            Set<String> mustHave = new TreeSet<>(added);
            mustHave.removeAll(removed);
            String problem = !agree ? "After healing and a quiet second of gossip, the replicas still differ"
                    : first.counter.value() != total[0] ? "The replicas agree on the counter " + first.counter.value()
                    + ", but the clients' changes add up to " + total[0]
                    : !first.set.elements().containsAll(mustHave) || !added.containsAll(first.set.elements())
                    ? "The replicas agree on the set " + first.set.elements() + ", but the elements added and never"
                    + " removed are " + mustHave + ", and only " + added + " were ever added"
                    : null;
            if (problem != null) {
                throw new SimulationFailure(sim.report(problem + ".\nReplicas: " + states + "\nEach node merges every"
                        + " state it receives and sends its own to one peer, in turn, every " + Gossip.GOSSIP_EVERY
                        + " ms.", 30), null);
            }
        }
    }

    /** A client's next change at a random node, until one simulated second has passed. */
    private static void request(Simulation sim, Client client, Random random, long[] total, Set<String> added,
                                Set<String> removed) {
        if (sim.now() >= 1_000) {
            return;
        }
        String element = "e" + random.nextInt(4);
        Object change = switch (random.nextInt(3)) {
            case 0 -> new Change(random.nextInt(9) - 4);
            case 1 -> new Add(element);
            default -> new Remove(element);
        };
        if (change instanceof Change c) {
            total[0] += c.delta();
        } else if (change instanceof Add a) {
            added.add(a.element());
        } else {
            removed.add(((Remove) change).element());
        }
        client.call(sim.nodes().get(random.nextInt(sim.nodes().size())), change, 1_000,
                response -> sim.after(20 + random.nextInt(30), null, () -> request(sim, client, random, total, added,
                        removed)));
    }

    record Change(int delta) {
    }

    record Add(String element) {
    }

    record Remove(String element) {
    }

    record State(PNCounter counter, OrSet<String> set) {
        @Override
        public String toString() { // the trace shows every delivery: keep it to the values
            return "State(counter " + counter.value() + ", set " + new TreeSet<>(set.elements()) + ")";
        }
    }

    /** A replica that applies clients' changes to its own state and gossips that state to its peers in turn. */
    static final class Gossip implements Node {
        static final long GOSSIP_EVERY = 100;
        PNCounter counter = PNCounter.empty();
        OrSet<String> set = OrSet.empty();
        int nextPeer;

        @Override
        public void onStart(Context context) {
            context.setTimer(GOSSIP_EVERY, "gossip");
        }

        @Override
        public void onMessage(Context context, Address from, Object message) {
            String me = context.self().name();
            if (message instanceof State state) {
                counter = counter.merge(state.counter());
                set = set.merge(state.set());
                return;
            }
            if (message instanceof Change change && change.delta() > 0) {
                counter = counter.increment(me, change.delta());
            } else if (message instanceof Change change && change.delta() < 0) {
                counter = counter.decrement(me, -change.delta());
            } else if (message instanceof Add add) {
                set = set.add(add.element(), me);
            } else if (message instanceof Remove remove) {
                set = set.remove(remove.element());
            }
            context.send(from, "ok");
        }

        @Override
        public void onTimer(Context context, Object timer) {
            // one peer per tick, in turn: every peer hears from this node within peers().size() ticks
            List<Address> peers = context.peers();
            context.send(peers.get(nextPeer++ % peers.size()), new State(counter, set));
            context.setTimer(GOSSIP_EVERY, "gossip");
        }

        @Override
        public String toString() {
            return "counter " + counter.value() + ", set " + new TreeSet<>(set.elements());
        }
    }

    // ---- the harness: operations, a model, and the two kinds of run ----

    /**
     * An operation of a replica. {@code observed} lists, for an OR-set remove, the adds of the element that replica
     * had seen: exactly the adds the remove undoes.
     */
    record Op(int id, String replica, String kind, String element, long amount, Set<Integer> observed) {
        @Override
        public String toString() {
            String what = switch (kind) {
                case "inc" -> "+" + amount;
                case "dec" -> "-" + amount;
                case "set" -> "set " + element + " @" + amount;
                case "add" -> "add " + element;
                default -> "remove " + element + (observed.isEmpty() ? " (it had seen no add of it)"
                        : " (undoing the adds #" + observed.stream().map(String::valueOf)
                        .collect(Collectors.joining(", #")) + ")");
            };
            return "#" + id + " at " + replica + ": " + what;
        }
    }

    /** One CRDT type as the checks drive it, with its sequential specification. */
    interface Type<S> {
        String name();

        S empty();

        /** The operation a replica makes from a code, knowing the operations its state has seen. */
        Op op(int id, String replica, int code, Collection<Op> known);

        S apply(S state, Op op);

        BinaryOperator<S> merge();

        Object value(S state);

        /** What the value must be for a state that has seen exactly {@code known}. */
        Object expected(Collection<Op> known);
    }

    static final Type<GCounter> G_COUNTER = new Type<>() {
        public String name() {
            return "G-counter";
        }

        public GCounter empty() {
            return GCounter.empty();
        }

        public Op op(int id, String replica, int code, Collection<Op> known) {
            return new Op(id, replica, "inc", null, 1 + code % 5, Set.of());
        }

        public GCounter apply(GCounter state, Op op) {
            return state.increment(op.replica(), op.amount());
        }

        public BinaryOperator<GCounter> merge() {
            return GCounter::merge;
        }

        public Object value(GCounter state) {
            return state.value();
        }

        public Object expected(Collection<Op> known) {
            return known.stream().mapToLong(Op::amount).sum();
        }
    };

    static final Type<PNCounter> PN_COUNTER = new Type<>() {
        public String name() {
            return "PN-counter";
        }

        public PNCounter empty() {
            return PNCounter.empty();
        }

        public Op op(int id, String replica, int code, Collection<Op> known) {
            return new Op(id, replica, code % 2 == 0 ? "inc" : "dec", null, 1 + code / 2 % 5, Set.of());
        }

        public PNCounter apply(PNCounter state, Op op) {
            return op.kind().equals("inc") ? state.increment(op.replica(), op.amount())
                    : state.decrement(op.replica(), op.amount());
        }

        public BinaryOperator<PNCounter> merge() {
            return PNCounter::merge;
        }

        public Object value(PNCounter state) {
            return state.value();
        }

        public Object expected(Collection<Op> known) {
            return known.stream().mapToLong(op -> op.kind().equals("inc") ? op.amount() : -op.amount()).sum();
        }
    };

    static final Type<LwwRegister<String>> LWW = new Type<>() {
        public String name() {
            return "LWW register";
        }

        public LwwRegister<String> empty() {
            return LwwRegister.empty();
        }

        /** Each replica's timestamps rise by 1 or 2 from its last one, so different replicas often tie. */
        public Op op(int id, String replica, int code, Collection<Op> known) {
            long last = known.stream().filter(op -> op.replica().equals(replica)).mapToLong(Op::amount).max()
                    .orElse(0);
            return new Op(id, replica, "set", "v" + id, last + 1 + code % 2, Set.of());
        }

        public LwwRegister<String> apply(LwwRegister<String> state, Op op) {
            return state.set(op.element(), op.amount(), op.replica());
        }

        public BinaryOperator<LwwRegister<String>> merge() {
            return LwwRegister::merge;
        }

        public Object value(LwwRegister<String> state) {
            return state.value();
        }

        public Object expected(Collection<Op> known) {
            return known.stream().max((x, y) -> x.amount() != y.amount() ? Long.compare(x.amount(), y.amount())
                    : x.replica().compareTo(y.replica())).map(Op::element);
        }
    };

    static final Type<OrSet<String>> OR_SET = new Type<>() {
        public String name() {
            return "OR-set";
        }

        public OrSet<String> empty() {
            return OrSet.empty();
        }

        public Op op(int id, String replica, int code, Collection<Op> known) {
            String element = List.of("x", "y", "z").get(code / 2 % 3);
            if (code % 2 == 0) {
                return new Op(id, replica, "add", element, 0, Set.of());
            }
            Set<Integer> observed = new TreeSet<>();
            known.stream().filter(op -> op.kind().equals("add") && op.element().equals(element))
                    .forEach(op -> observed.add(op.id()));
            return new Op(id, replica, "remove", element, 0, observed);
        }

        public OrSet<String> apply(OrSet<String> state, Op op) {
            return op.kind().equals("add") ? state.add(op.element(), op.replica()) : state.remove(op.element());
        }

        public BinaryOperator<OrSet<String>> merge() {
            return OrSet::merge;
        }

        public Object value(OrSet<String> state) {
            return new TreeSet<>(state.elements());
        }

        /** Present: the elements with an add that no remove this state has seen had observed. */
        public Object expected(Collection<Op> known) {
            Set<Integer> undone = new HashSet<>();
            known.stream().filter(op -> op.kind().equals("remove")).forEach(op -> undone.addAll(op.observed()));
            return known.stream().filter(op -> op.kind().equals("add") && !undone.contains(op.id()))
                    .map(Op::element).collect(Collectors.toCollection(TreeSet::new));
        }
    };

    /** A replica's state and the operations it has seen. */
    private static final class Replica<S> {
        final String name;
        S state;
        final Map<Integer, Op> known = new TreeMap<>();

        Replica(String name, S state) {
            this.name = name;
            this.state = state;
        }

        void apply(Type<S> type, int id, int code, List<String> log) {
            Op op = type.op(id, name, code, known.values());
            state = type.apply(state, op);
            known.put(op.id(), op);
            log.add(op.toString());
        }
    }

    private record Message<S>(int from, int to, S state, Map<Integer, Op> known) {
    }

    /**
     * Three replicas run the script: each number makes a replica apply an operation, send its state to another
     * replica, or has the network deliver one message in flight (any of them, sometimes keeping a copy to deliver
     * again later). After each step every replica's value must match the specification for what it has seen;
     * at the end, every message is delivered, the replicas exchange states, and all must hold equal states.
     */
    private static <S> void converges(Type<S> type, List<Integer> script) {
        List<Replica<S>> replicas = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            replicas.add(new Replica<>("r" + r, type.empty()));
        }
        List<Message<S>> inFlight = new ArrayList<>();
        List<String> log = new ArrayList<>();
        int nextId = 1;
        for (int code : script) {
            int r = code % 3;
            int action = code / 3 % 4;
            int arg = code / 12;
            Replica<S> replica = replicas.get(r);
            if (action <= 1) {
                replica.apply(type, nextId++, arg, log);
            } else if (action == 2) {
                int to = (r + 1 + arg % 2) % 3;
                inFlight.add(new Message<>(r, to, replica.state, new TreeMap<>(replica.known)));
                log.add(replica.name + " sends its state to r" + (to + 1) + " (message " + (inFlight.size() - 1)
                        + " in flight)");
            } else if (!inFlight.isEmpty()) {
                int index = arg % inFlight.size();
                Message<S> message = arg % 3 == 0 ? inFlight.get(index) : inFlight.remove(index);
                deliver(type, replicas, message, log, arg % 3 == 0);
            }
            for (Replica<S> each : replicas) {
                requireValue(type, each, log, "");
            }
        }
        while (!inFlight.isEmpty()) {
            deliver(type, replicas, inFlight.remove(0), log, false);
        }
        List<S> finals = replicas.stream().map(each -> each.state).toList();
        Map<Integer, Op> everything = new TreeMap<>();
        replicas.forEach(each -> everything.putAll(each.known));
        for (int r = 0; r < 3; r++) {
            for (int k = 1; k <= 3; k++) { // each replica merges the others' states in its own order
                replicas.get(r).state = type.merge().apply(replicas.get(r).state, finals.get((r + k) % 3));
            }
            replicas.get(r).known.putAll(everything);
        }
        log.add("everything delivered; then every replica merged the others' final states");
        for (Replica<S> each : replicas) {
            requireValue(type, each, log, " after the final exchange");
            assertThat(each.state).withFailMessage("%s: after the final exchange r1 holds %s but %s holds %s: equal"
                    + " information must give equal states.%nSteps:%n  %s", type.name(), replicas.get(0).state,
                    each.name, each.state, String.join("\n  ", log)).isEqualTo(replicas.get(0).state);
        }
    }

    private static <S> void deliver(Type<S> type, List<Replica<S>> replicas, Message<S> message, List<String> log,
                                    boolean keepCopy) {
        Replica<S> to = replicas.get(message.to());
        to.state = type.merge().apply(to.state, message.state());
        to.known.putAll(message.known());
        log.add("r" + (message.from() + 1) + "'s state reaches " + to.name + " and is merged"
                + (keepCopy ? " (a copy stays in flight)" : ""));
    }

    private static <S> void requireValue(Type<S> type, Replica<S> replica, List<String> log, String when) {
        Object expected = type.expected(replica.known.values());
        Object actual = type.value(replica.state);
        assertThat(actual).withFailMessage("%s at %s%s: value %s, expected %s for the operations it has seen, #%s."
                + "%nSteps:%n  %s", type.name(), replica.name, when, actual, expected,
                replica.known.keySet().stream().map(String::valueOf).collect(Collectors.joining(", #")),
                String.join("\n  ", log)).isEqualTo(expected);
    }

    /**
     * A shared history at replica p, then three branches at replicas a, b and c; their states must merge the same
     * in any grouping and order, merging a state with itself changes nothing, and a merge holds the value of
     * everything the two states saw.
     */
    private static <S> void mergeLaws(Type<S> type, List<Integer> prefix, List<Integer> a, List<Integer> b,
                                      List<Integer> c) {
        List<String> log = new ArrayList<>();
        Replica<S> p = new Replica<>("p", type.empty());
        int id = 1;
        for (int code : prefix) {
            p.apply(type, id++, code, log);
        }
        List<Replica<S>> branches = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> branch : Map.of("a", a, "b", b, "c", c).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            Replica<S> replica = new Replica<>(branch.getKey(), p.state);
            replica.known.putAll(p.known);
            for (int code : branch.getValue()) {
                replica.apply(type, id++, code, log);
            }
            branches.add(replica);
        }
        S x = branches.get(0).state;
        S y = branches.get(1).state;
        S z = branches.get(2).state;
        BinaryOperator<S> merge = type.merge();
        String steps = "%nOperations (a, b and c start from p's state):%n  " + String.join("\n  ", log);
        assertThat(merge.apply(x, y)).withFailMessage("%s: merge(a, b) = %s but merge(b, a) = %s" + steps,
                type.name(), merge.apply(x, y), merge.apply(y, x)).isEqualTo(merge.apply(y, x));
        assertThat(merge.apply(merge.apply(x, y), z)).withFailMessage("%s: merge(merge(a, b), c) = %s but"
                + " merge(a, merge(b, c)) = %s" + steps, type.name(), merge.apply(merge.apply(x, y), z),
                merge.apply(x, merge.apply(y, z))).isEqualTo(merge.apply(x, merge.apply(y, z)));
        assertThat(merge.apply(x, x)).withFailMessage("%s: merge(a, a) = %s, not a = %s" + steps, type.name(),
                merge.apply(x, x), x).isEqualTo(x);
        Map<Integer, Op> seen = new TreeMap<>(branches.get(0).known);
        seen.putAll(branches.get(1).known);
        assertThat(type.value(merge.apply(x, y))).withFailMessage("%s: merge(a, b) has the value %s; a and b saw"
                + " the operations #%s together, which give %s" + steps, type.name(), type.value(merge.apply(x, y)),
                seen.keySet().stream().map(String::valueOf).collect(Collectors.joining(", #")),
                type.expected(seen.values())).isEqualTo(type.expected(seen.values()));
    }

    private static void refused(Runnable call, String argument) {
        assertThatThrownBy(call::run).as("a call with a bad %s", argument).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(argument);
    }
}

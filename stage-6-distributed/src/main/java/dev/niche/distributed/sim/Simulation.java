package dev.niche.distributed.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deterministic, single-threaded network of nodes. Given code: do not change.
 *
 * <p>The simulation owns time, delivery and faults. Every random choice (delays, losses, duplicates, the nodes'
 * own {@link Context#random()}) comes from one seed, and events run one at a time in (time, creation) order, so a
 * seed replays exactly: a check that fails prints its seed and the trace that led there.
 *
 * <pre>{@code
 * Simulation sim = Simulation.seeded(42).faults(Faults.flaky()).nodes(3, address -> new MyNode()).build();
 * Client client = sim.client();
 * client.call(sim.nodes().get(0), new Put("x", 1), 500, response -> ...);
 * sim.partition(List.of(n1), List.of(n2, n3));
 * sim.runFor(1_000);
 * sim.heal();
 * }</pre>
 */
public final class Simulation {

    /** Builds a simulation. */
    public static final class Builder {
        private final long seed;
        private Faults faults = Faults.flaky();
        private int nodeCount;
        private Function<Address, Node> factory;

        private Builder(long seed) {
            this.seed = seed;
        }

        /** The network's faults (default {@link Faults#flaky()}); {@link Simulation#faults} changes them later. */
        public Builder faults(Faults faults) {
            this.faults = faults;
            return this;
        }

        /**
         * {@code count} nodes n1..n{count}; {@code factory} makes a node's object at start and at each restart.
         *
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Builder nodes(int count, Function<Address, Node> factory) {
            if (count < 1) {
                throw new IllegalArgumentException("a simulation needs at least one node, got " + count);
            }
            this.nodeCount = count;
            this.factory = factory;
            return this;
        }

        /** Starts every node at time 0. */
        public Simulation build() {
            if (factory == null) {
                throw new IllegalStateException("call nodes(count, factory) before build()");
            }
            return new Simulation(this);
        }
    }

    private record Event(long time, long order, String what, Runnable action) {
    }

    /** One node's slot: survives crashes (address, storage), unlike the node object. */
    private final class Slot implements Context {
        final Address address;
        final Storage storage = new Storage();
        Node node;
        Random random;
        boolean up;
        int incarnation;

        Slot(Address address) {
            this.address = address;
        }

        @Override
        public Address self() {
            return address;
        }

        @Override
        public List<Address> nodes() {
            return addresses;
        }

        @Override
        public List<Address> peers() {
            return addresses.stream().filter(a -> !a.equals(address)).toList();
        }

        @Override
        public long now() {
            return now;
        }

        @Override
        public void send(Address to, Object message) {
            Simulation.this.send(address, to, message);
        }

        @Override
        public void setTimer(long delayMillis, Object timer) {
            if (delayMillis < 0) {
                throw new IllegalArgumentException("timer delay must not be negative, got " + delayMillis);
            }
            int at = incarnation;
            schedule(now + delayMillis, null, () -> {
                if (up && incarnation == at) {
                    handle(this, address + " timer ", timer, () -> node.onTimer(this, timer));
                }
            });
        }

        @Override
        public Random random() {
            return random;
        }

        @Override
        public Storage storage() {
            return storage;
        }

        @Override
        public void log(String line) {
            note(address + ": " + line);
        }
    }

    private static final int TRACE_LINES = 4000;
    private static final long EVENT_LIMIT = 20_000_000;

    private final long seed;
    private final Random network;
    private final Function<Address, Node> factory;
    private final List<Address> addresses;
    private final Map<Address, Slot> slots = new HashMap<>();
    private final Map<Address, Client> clients = new HashMap<>();
    private final PriorityQueue<Event> queue = new PriorityQueue<>(
            (a, b) -> a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.order, b.order));
    /** A trace line, turned into text only when read: most lines fall off the end unread. */
    private record Line(long time, String before, Object message, String after) {
        @Override
        public String toString() {
            String stamp = Long.toString(time);
            return "       ".substring(Math.min(7, stamp.length())) + stamp + " ms  " + before
                    + (message == null ? "" : message) + after;
        }
    }

    private final Deque<Line> trace = new ArrayDeque<>();
    private final List<Call> history = new ArrayList<>();
    private Map<Address, Integer> partition = Map.of();
    private Faults faults;
    private long now;
    private long order;
    private long events;
    private long messagesSent;
    private long traceLines;

    private Simulation(Builder builder) {
        this.seed = builder.seed;
        this.network = new Random(builder.seed);
        this.faults = builder.faults;
        this.factory = builder.factory;
        List<Address> all = new ArrayList<>();
        for (int i = 1; i <= builder.nodeCount; i++) {
            all.add(new Address("n" + i));
        }
        this.addresses = List.copyOf(all);
        for (Address a : addresses) {
            slots.put(a, new Slot(a));
        }
        note("seed " + seed + ", " + addresses.size() + " nodes, " + faults);
        addresses.forEach(this::start);
    }

    /** Starts building a simulation whose every random choice follows {@code seed}. */
    public static Builder seeded(long seed) {
        return new Builder(seed);
    }

    /** The seed: run again with it and everything happens again, event for event. */
    public long seed() {
        return seed;
    }

    /** The simulated time in milliseconds. */
    public long now() {
        return now;
    }

    /** The nodes' addresses, n1 first. */
    public List<Address> nodes() {
        return addresses;
    }

    /** The current object of node {@code address} (a new one after each restart), for checks to inspect. */
    @SuppressWarnings("unchecked")
    public <T extends Node> T node(Address address) {
        return (T) slot(address).node;
    }

    /** The durable storage of node {@code address}. */
    public Storage storage(Address address) {
        return slot(address).storage;
    }

    /** Whether node {@code address} is running. */
    public boolean isUp(Address address) {
        return slot(address).up;
    }

    /** A new client, c1, c2, ... */
    public Client client() {
        Client client = new Client(this, new Address("c" + (clients.size() + 1)));
        clients.put(client.address(), client);
        return client;
    }

    /** Every client call so far, in the order they were made. */
    public List<Call> history() {
        return List.copyOf(history);
    }

    /** How many messages nodes have sent to nodes (clients' requests and nodes' answers to clients excluded). */
    public long messagesSent() {
        return messagesSent;
    }

    /** Changes the network's faults from now on (messages already in flight keep their fate). */
    public void faults(Faults faults) {
        this.faults = faults;
        note("faults now " + faults);
    }

    /**
     * Splits the nodes into groups that cannot reach each other (clients reach every node). A node named in no
     * group is alone. Replaces any earlier partition.
     */
    @SafeVarargs
    public final void partition(Collection<Address>... groups) {
        Map<Address, Integer> side = new HashMap<>();
        for (int g = 0; g < groups.length; g++) {
            for (Address a : groups[g]) {
                slot(a);
                side.put(a, g);
            }
        }
        int alone = groups.length;
        for (Address a : addresses) {
            if (!side.containsKey(a)) {
                side.put(a, alone++);
            }
        }
        partition = side;
        note("partition " + Arrays.stream(groups).map(g -> g.stream().sorted().map(Address::name)
                .collect(Collectors.joining(" ", "[", "]"))).collect(Collectors.joining(" | ")));
    }

    /** Ends any partition. */
    public void heal() {
        partition = Map.of();
        note("heal: every node reaches every node");
    }

    /** Stops node {@code address} at once: its fields, timers and undelivered messages to it are lost; its storage is kept. */
    public void crash(Address address) {
        Slot slot = slot(address);
        if (slot.up) {
            slot.up = false;
            slot.node = null;
            slot.incarnation++;
            note("crash " + address);
        }
    }

    /** Starts node {@code address} again on a fresh object with its storage; does nothing if it is up. */
    public void restart(Address address) {
        if (!slot(address).up) {
            note("restart " + address);
            start(address);
        }
    }

    /** Runs {@code action} at simulated time {@code now() + delayMillis} (for checks: schedule faults and calls). */
    public void after(long delayMillis, String what, Runnable action) {
        schedule(now + delayMillis, what, action);
    }

    /** Runs every event due in the next {@code millis} milliseconds. */
    public void runFor(long millis) {
        long end = now + millis;
        while (!queue.isEmpty() && queue.peek().time <= end) {
            step();
        }
        now = end;
    }

    /**
     * Runs until {@code done} holds (checked after each event) or {@code maxMillis} pass.
     *
     * @return whether {@code done} held
     */
    public boolean runUntil(BooleanSupplier done, long maxMillis) {
        long end = now + maxMillis;
        while (!done.getAsBoolean()) {
            if (queue.isEmpty() || queue.peek().time > end) {
                now = Math.max(now, end);
                return done.getAsBoolean();
            }
            step();
        }
        return true;
    }

    /** The last lines of the trace (at most 4000 are kept), each stamped with its time. */
    public List<String> trace() {
        return trace.stream().map(Line::toString).toList();
    }

    /**
     * A failure report: what went wrong, the seed and how to replay it, and the last {@code lines} lines of the
     * trace.
     */
    public String report(String problem, int lines) {
        List<String> tail = trace();
        StringBuilder text = new StringBuilder(problem).append("\nseed ").append(seed)
                .append(" (replay this run alone with -Dkata.seed=").append(seed).append("); the last ")
                .append(Math.min(lines, tail.size())).append(" of ").append(traceLines).append(" trace lines:\n");
        tail.subList(Math.max(0, tail.size() - lines), tail.size()).forEach(l -> text.append("  ").append(l).append('\n'));
        return text.toString();
    }

    // ---- inside the simulation ----

    void note(String line) {
        note(line, null, "");
    }

    /** A line whose message is only turned into text if the line is read (messages are immutable). */
    private void note(String before, Object message, String after) {
        traceLines++;
        trace.addLast(new Line(now, before, message, after));
        if (trace.size() > TRACE_LINES) {
            trace.removeFirst();
        }
    }

    int openCall(Client client, Address node, Object request) {
        slot(node);
        history.add(new Call(client.address(), node, request, null, now, Long.MAX_VALUE));
        return history.size() - 1;
    }

    void closeCall(int index, Object response) {
        Call open = history.get(index);
        history.set(index, new Call(open.client(), open.node(), open.request(), response, open.start(), now));
    }

    void send(Address from, Address to, Object message) {
        if (message == null) {
            throw new IllegalArgumentException(from + " sent a null message to " + to);
        }
        if (!to.isClient()) {
            slot(to);
        } else if (!clients.containsKey(to)) {
            throw new IllegalArgumentException(from + " sent " + message + " to " + to + ", which is no client");
        }
        boolean betweenNodes = !from.isClient() && !to.isClient();
        if (betweenNodes) {
            messagesSent++;
            if (network.nextDouble() < faults.lossRate()) {
                note("lost     " + from + " -> " + to + "  ", message, "");
                return;
            }
        }
        int copies = betweenNodes && network.nextDouble() < faults.duplicateRate() ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            long delay = faults.minDelay() + (long) (network.nextDouble() * (faults.maxDelay() - faults.minDelay() + 1));
            schedule(now + delay, null, () -> deliver(from, to, message));
        }
    }

    private void deliver(Address from, Address to, Object message) {
        if (to.isClient()) {
            note("deliver  " + from + " -> " + to + "  ", message, "");
            clients.get(to).deliver(from, message);
            return;
        }
        Slot slot = slot(to);
        if (!from.isClient() && !partition.isEmpty() && !partition.get(from).equals(partition.get(to))) {
            note("cut off  " + from + " -> " + to + "  ", message, " (partition)");
            return;
        }
        if (!slot.up) {
            note("dropped  " + from + " -> " + to + "  ", message, " (" + to + " is down)");
            return;
        }
        handle(slot, "deliver  " + from + " -> " + to + "  ", message, () -> slot.node.onMessage(slot, from, message));
    }

    private void handle(Slot slot, String before, Object message, Runnable handler) {
        note(before, message, "");
        try {
            handler.run();
        } catch (UnsupportedOperationException notStarted) {
            throw notStarted;
        } catch (RuntimeException | StackOverflowError e) {
            String what = (before + (message == null ? "" : message)).replaceFirst("^deliver +", "").strip();
            throw new SimulationFailure(report(slot.address + " threw " + e + " while handling " + what, 40), e);
        }
    }

    private void start(Address address) {
        Slot slot = slot(address);
        slot.incarnation++;
        slot.random = new Random(seed * 1_000_003L + addresses.indexOf(address) * 7919L + slot.incarnation);
        slot.node = factory.apply(address);
        slot.up = true;
        handle(slot, "start " + address, null, () -> slot.node.onStart(slot));
    }

    private void schedule(long time, String what, Runnable action) {
        queue.add(new Event(time, order++, what, action));
    }

    private void step() {
        Event event = queue.poll();
        now = event.time;
        if (++events > EVENT_LIMIT) {
            throw new SimulationFailure(report("more than " + EVENT_LIMIT + " events: do timers or messages loop"
                    + " without end?", 40), null);
        }
        if (event.what != null) {
            note(event.what);
        }
        event.action.run();
    }

    private Slot slot(Address address) {
        Slot slot = slots.get(address);
        if (slot == null) {
            throw new IllegalArgumentException("no node " + address + " (nodes: " + addresses + ")");
        }
        return slot;
    }
}

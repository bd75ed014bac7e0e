package dev.niche.distributed.transactionaloutbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Faults;
import dev.niche.distributed.sim.Node;
import dev.niche.distributed.sim.Simulation;
import dev.niche.distributed.sim.SimulationFailure;
import dev.niche.distributed.transactionaloutbox.Protocol.OrderAccepted;
import dev.niche.distributed.transactionaloutbox.Protocol.OrderRejected;
import dev.niche.distributed.transactionaloutbox.Protocol.PlaceOrder;
import dev.niche.distributed.transactionaloutbox.Protocol.Shipment;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.ManySeeds;
import dev.niche.katas.grader.history.Seeds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "distributed/transactional-outbox", title = "Transactional outbox: every stored order shipped exactly once",
        order = 7, checkpoints = "6.2", naiveViolates = CheckKind.PROPERTY)
class TransactionalOutboxTest {
    private static final Address SERVICE = new Address("n1");
    private static final Address SHIPPING = new Address("n2");

    // ---- examples, on a reliable network ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an accepted order is stored and shipped once, and its event leaves the outbox")
    void acceptedOrderIsShipped() {
        Simulation sim = shop();
        assertThat(place(sim, new PlaceOrder("o-1", "teapot", 2))).isEqualTo(new OrderAccepted("o-1"));
        sim.runFor(200);
        assertThat(service(sim).orders()).containsExactly("o-1");
        assertThat(shipping(sim).shipments()).containsExactly(new Shipment("o-1", "teapot", 2));
        assertThat(service(sim).outbox()).as("outbox after shipping acknowledged").isEmpty();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("orders from three clients at once are each accepted and shipped once")
    void concurrentOrders() {
        Simulation sim = shop();
        List<Object> answers = new ArrayList<>();
        for (String id : List.of("o-1", "o-2", "o-3")) {
            sim.client().call(SERVICE, new PlaceOrder(id, "cup", 1), 500, answers::add);
        }
        sim.runFor(300);
        assertThat(answers).containsExactlyInAnyOrder(new OrderAccepted("o-1"), new OrderAccepted("o-2"),
                new OrderAccepted("o-3"));
        assertThat(shipping(sim).shipments()).containsExactlyInAnyOrder(new Shipment("o-1", "cup", 1),
                new Shipment("o-2", "cup", 1), new Shipment("o-3", "cup", 1));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a repeated order id is accepted again, without a write, and stored and shipped once")
    void repeatedOrder() {
        Simulation sim = shop();
        place(sim, new PlaceOrder("o-1", "teapot", 2));
        sim.runFor(100);
        long writes = sim.storage(SERVICE).writes();
        assertThat(place(sim, new PlaceOrder("o-1", "teapot", 2))).isEqualTo(new OrderAccepted("o-1"));
        assertThat(sim.storage(SERVICE).writes()).as("durable writes of the order service after the repeat")
                .isEqualTo(writes);
        sim.runFor(200);
        assertThat(service(sim).orders()).containsExactly("o-1");
        assertThat(shipping(sim).shipments()).containsExactly(new Shipment("o-1", "teapot", 2));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a restarted order service still has its orders, and nothing is shipped twice")
    void restartKeepsOrders() {
        Simulation sim = shop();
        place(sim, new PlaceOrder("o-1", "teapot", 2));
        sim.runFor(100);
        sim.crash(SERVICE);
        sim.restart(SERVICE);
        assertThat(place(sim, new PlaceOrder("o-2", "cup", 6))).isEqualTo(new OrderAccepted("o-2"));
        sim.runFor(200);
        assertThat(service(sim).orders()).containsExactlyInAnyOrder("o-1", "o-2");
        assertThat(shipping(sim).shipments()).containsExactly(new Shipment("o-1", "teapot", 2),
                new Shipment("o-2", "cup", 6));
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a blank order id or item, or a quantity below 1, is rejected naming it; nothing is stored or shipped")
    void badRequests() {
        Simulation sim = shop();
        assertThat(place(sim, new PlaceOrder(" ", "cup", 1))).isInstanceOfSatisfying(OrderRejected.class,
                r -> assertThat(r.reason()).contains("orderId"));
        assertThat(place(sim, new PlaceOrder("o-1", null, 1))).isInstanceOfSatisfying(OrderRejected.class,
                r -> assertThat(r.reason()).contains("item"));
        assertThat(place(sim, new PlaceOrder("o-2", "cup", 0))).isInstanceOfSatisfying(OrderRejected.class,
                r -> assertThat(r.reason()).contains("quantity"));
        sim.runFor(200);
        assertThat(service(sim).orders()).isEmpty();
        assertThat(shipping(sim).shipments()).isEmpty();
        assertThat(sim.storage(SERVICE).writes()).as("durable writes of the order service").isZero();
    }

    private static Simulation shop() {
        return Simulation.seeded(1).faults(Faults.reliable())
                .nodes(2, a -> a.equals(SERVICE) ? new OrderService(SHIPPING) : new Shipping()).build();
    }

    /** Places one order from a new client and runs until it is answered. */
    private static Object place(Simulation sim, PlaceOrder order) {
        Object[] answer = new Object[1];
        sim.client().call(SERVICE, order, 500, response -> answer[0] = response);
        sim.runUntil(() -> answer[0] != null, 600);
        return answer[0];
    }

    private static OrderService service(Simulation sim) {
        return sim.node(SERVICE);
    }

    private static Shipping shipping(Simulation sim) {
        return sim.node(SHIPPING);
    }

    // ---- many seeds, with faults ----

    @Test
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("a crash of the order service after each of its steps in turn: every stored order is shipped exactly"
            + " once, under loss and duplication (200 seeds, every crash point of each)")
    void crashAtEveryStep() {
        for (long seed : Seeds.forCheck(200)) {
            Run baseline = new Run(seed, 3, 2, 0);
            baseline.play();
            baseline.requireExactlyOnce();
            for (int step = 1; step <= baseline.stepsToSettle; step++) {
                Run run = new Run(seed, 3, 2, step);
                run.play();
                run.requireExactlyOnce();
            }
        }
    }

    @Test
    @ManySeeds
    @Kind(CheckKind.PROPERTY)
    @DisplayName("every stored order is shipped exactly once under loss, duplication and crash-restarts of both"
            + " nodes at random times (200 seeds)")
    void crashesOfBothNodes() {
        for (long seed : Seeds.forCheck(200)) {
            Run run = new Run(seed, 3, 8, 0);
            Random random = new Random(seed * 17 + 3);
            for (Address node : List.of(SERVICE, SHIPPING)) {
                long crashAt = 20 + random.nextInt(280);
                long restartAt = crashAt + 10 + random.nextInt(90);
                run.sim.after(crashAt, "check: crash " + node, () -> run.sim.crash(node));
                run.sim.after(restartAt, "check: restart " + node, () -> run.sim.restart(node));
                run.faults.add(node + " crashes at " + crashAt + " ms and restarts at " + restartAt + " ms");
            }
            run.play();
            run.requireExactlyOnce();
        }
    }

    // ---- the scenario ----

    private static final long CALL_TIMEOUT = 150;
    private static final long WORKLOAD_LIMIT = 5_000;
    private static final long QUIET = 400;
    private static final List<String> ITEMS = List.of("teapot", "cup", "kettle", "tray");

    /**
     * Clients in a few lanes place orders one after another (a timed-out order is tried once more by a new client)
     * over a network that delays 1 to 20 ms, loses 10% and duplicates 20% of messages between the nodes. Then the
     * network turns reliable for a quiet period, both nodes crash and restart (so that what they report is what
     * they stored), and after another quiet period every stored order must have exactly one shipment.
     */
    private static final class Run {
        final Simulation sim;
        final Map<String, PlaceOrder> requested = new LinkedHashMap<>();
        final Set<String> acknowledged = new TreeSet<>();
        final List<String> rejected = new ArrayList<>();
        final List<String> faults = new ArrayList<>();
        final int crashAfterStep;
        final long restartDelay;
        int lanesLeft;
        int serviceSteps;
        int stepsToSettle;
        String tooManyWrites;

        /** @param crashAfterStep crash the order service right after its handler call number this (0: never) */
        Run(long seed, int lanes, int ordersPerLane, int crashAfterStep) {
            Random random = new Random(seed * 31 + 7);
            List<List<PlaceOrder>> work = new ArrayList<>();
            for (int lane = 1; lane <= lanes; lane++) {
                List<PlaceOrder> orders = new ArrayList<>();
                for (int i = 1; i <= ordersPerLane; i++) {
                    String item = ITEMS.get(random.nextInt(ITEMS.size()));
                    PlaceOrder order = new PlaceOrder("order-" + lane + "-" + i, item, 1 + random.nextInt(5));
                    orders.add(order);
                    requested.put(order.orderId(), order);
                }
                work.add(orders);
            }
            this.crashAfterStep = crashAfterStep;
            this.restartDelay = 5 + random.nextInt(60);
            this.lanesLeft = lanes;
            sim = Simulation.seeded(seed).faults(new Faults(1, 20, 0.10, 0.20))
                    .nodes(2, a -> new Watched(a, a.equals(SERVICE) ? new OrderService(SHIPPING) : new Shipping()))
                    .build();
            for (int lane = 0; lane < lanes; lane++) {
                Iterator<PlaceOrder> orders = work.get(lane).iterator();
                sim.after(3L * lane, null, () -> next(orders));
            }
        }

        void next(Iterator<PlaceOrder> orders) {
            if (orders.hasNext()) {
                call(orders.next(), 1, orders);
            } else {
                lanesLeft--;
            }
        }

        void call(PlaceOrder order, int attempt, Iterator<PlaceOrder> rest) {
            sim.client().call(SERVICE, order, CALL_TIMEOUT, answer -> {
                if (answer instanceof OrderAccepted) {
                    acknowledged.add(order.orderId());
                } else if (answer != null) {
                    rejected.add(order + " was answered " + answer);
                }
                if (answer == null && attempt == 1) {
                    call(order, 2, rest);
                } else {
                    next(rest);
                }
            });
        }

        void play() {
            sim.runUntil(() -> lanesLeft == 0, WORKLOAD_LIMIT);
            sim.faults(Faults.reliable());
            sim.runUntil(this::settled, QUIET);
            stepsToSettle = serviceSteps;
            sim.runFor(QUIET);
            sim.crash(SERVICE);
            sim.crash(SHIPPING);
            sim.restart(SHIPPING);
            sim.restart(SERVICE);
            sim.runFor(QUIET);
        }

        boolean settled() {
            return lanesLeft == 0 && sim.isUp(SERVICE) && sim.isUp(SHIPPING) && service().outbox().isEmpty()
                    && shipping().shipments().size() == service().orders().size();
        }

        OrderService service() {
            return (OrderService) sim.<Watched>node(SERVICE).inner;
        }

        Shipping shipping() {
            return (Shipping) sim.<Watched>node(SHIPPING).inner;
        }

        /** Counts the durable writes of each handler call, and crashes the order service at the chosen step. */
        void handled(Address node, Context context, long writesBefore, String what) {
            long writes = context.storage().writes() - writesBefore;
            if (writes > 1 && tooManyWrites == null) {
                tooManyWrites = node + " made " + writes + " durable writes while handling " + what + " at "
                        + context.now() + " ms. A crash may fall between any two of them (a real disk syncs each"
                        + " one), leaving an order without its event or an event without its order. Put the order"
                        + " and its event in one immutable value, written with one put.";
            }
            if (node.equals(SERVICE) && ++serviceSteps == crashAfterStep) {
                long at = context.now();
                faults.add(SERVICE + " crashes right after its step #" + crashAfterStep + " (" + what + ") at " + at
                        + " ms and restarts at " + (at + restartDelay) + " ms");
                sim.after(0, "check: crash " + SERVICE + " after its step #" + crashAfterStep,
                        () -> sim.crash(SERVICE));
                sim.after(restartDelay, "check: restart " + SERVICE, () -> sim.restart(SERVICE));
            }
        }

        void requireExactlyOnce() {
            String problem = problem();
            if (problem != null) {
                String story = faults.isEmpty() ? "No crash in this run before the final restart."
                        : String.join("; ", faults) + ".";
                throw new SimulationFailure(sim.report(problem + "\n" + story, 30), null);
            }
        }

        String problem() {
            if (tooManyWrites != null) {
                return tooManyWrites;
            }
            if (!rejected.isEmpty()) {
                return "A valid order was rejected: " + rejected.get(0) + ".";
            }
            Set<String> stored = new TreeSet<>(service().orders());
            List<Shipment> shipments = shipping().shipments();
            Map<String, Long> shipped = shipments.stream()
                    .collect(Collectors.groupingBy(Shipment::orderId, TreeMap::new, Collectors.counting()));
            Set<String> unshipped = new TreeSet<>(stored);
            unshipped.removeAll(shipped.keySet());
            String state = "\nAfter the quiet period and a restart of both nodes: " + stored.size() + " orders stored ("
                    + acknowledged.size() + " acknowledged to clients), " + shipped.size() + " shipped, stored but not"
                    + " shipped: " + unshipped + ".";
            for (String id : acknowledged) {
                if (!stored.contains(id)) {
                    return "Order " + id + " was acknowledged to its client but is not stored: answer"
                            + " OrderAccepted only after the put." + state + traceOf(id);
                }
            }
            for (Shipment shipment : shipments) {
                PlaceOrder order = requested.get(shipment.orderId());
                if (!stored.contains(shipment.orderId())) {
                    return "Shipping shipped " + shipment + ", but no such order is stored: an event went"
                            + " out for an order that was never durably written. Store the event only together with"
                            + " its order, in the same put." + state + traceOf(shipment.orderId());
                }
                if (order == null || !order.item().equals(shipment.item())
                        || order.quantity() != shipment.quantity()) {
                    return "Shipping shipped " + shipment + ", but the order placed was " + order + "."
                            + state + traceOf(shipment.orderId());
                }
            }
            for (Map.Entry<String, Long> entry : shipped.entrySet()) {
                if (entry.getValue() > 1) {
                    return "Order " + entry.getKey() + " was shipped " + entry.getValue() + " times: its"
                            + " event must keep one event id, whoever sends it and however often."
                            + state + traceOf(entry.getKey());
                }
            }
            for (String id : stored) {
                if (!shipped.containsKey(id)) {
                    String neverShipped = "Order " + id + " is stored" + (acknowledged.contains(id)
                            ? " and was acknowledged" : "") + ", but Shipping never shipped it";
                    if (reachedShipping(id)) {
                        return neverShipped + ", although its OrderPlaced event reached Shipping: Shipping took it"
                                + " for a copy of an event it had applied, so its event id had been used before."
                                + " Store the last event id in the same value as the outbox, so that a restart never"
                                + " reuses one." + state + traceOf(id);
                    }
                    return neverShipped + ": its OrderPlaced event was lost. An event sent once, outside the durable"
                            + " write, is gone if that message is lost or the service crashes before sending it, and"
                            + " nobody sends it again. Write the event into an outbox in the same put as the order,"
                            + " and let a relay send it from storage until Shipping acknowledges it." + state
                            + traceOf(id);
                }
            }
            if (!service().outbox().isEmpty()) {
                return "Every order is shipped, but the outbox still holds " + service().outbox()
                        + " after a quiet period on a reliable network: remove an event when Shipping"
                        + " acknowledges it, and let the relay run every few tens of milliseconds." + state;
            }
            return null;
        }

        /** Whether an OrderPlaced event of this order was delivered to Shipping while it was up. */
        boolean reachedShipping(String orderId) {
            return sim.trace().stream().anyMatch(line -> line.contains("deliver  " + SERVICE + " -> " + SHIPPING
                    + "  OrderPlaced[") && line.contains("orderId=" + orderId + ","));
        }

        /** The trace lines about one order: where its requests and events went. */
        String traceOf(String orderId) {
            List<String> lines = sim.trace().stream().filter(line -> line.contains(orderId + ",")).toList();
            return "\nThe trace about " + orderId + (lines.isEmpty() ? ": nothing." : ":\n  "
                    + String.join("\n  ", lines));
        }

        /** A node as the simulator sees it, around the real one: reports each handler call to the run. */
        final class Watched implements Node {
            final Address address;
            final Node inner;

            Watched(Address address, Node inner) {
                this.address = address;
                this.inner = inner;
            }

            @Override
            public void onStart(Context context) {
                inner.onStart(context);
            }

            @Override
            public void onMessage(Context context, Address from, Object message) {
                long before = context.storage().writes();
                inner.onMessage(context, from, message);
                handled(address, context, before, message + " from " + from);
            }

            @Override
            public void onTimer(Context context, Object timer) {
                long before = context.storage().writes();
                inner.onTimer(context, timer);
                handled(address, context, before, "the timer " + timer);
            }
        }
    }
}

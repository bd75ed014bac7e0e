package dev.niche.distributed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stage's given simulator: tests of the scaffolding, not a kata. */
class SimulationTest {

    record Ping(int n) {
    }

    record Pong(int n) {
    }

    /** Answers clients with a pong; forwards pings to its peers; counts what it saw in durable storage. */
    static final class Echo implements Node {
        int seen;

        @Override
        public void onStart(Context context) {
            seen = context.storage().<Integer>get("seen").orElse(0);
            context.setTimer(10, "tick");
        }

        @Override
        public void onMessage(Context context, Address from, Object message) {
            seen++;
            context.storage().put("seen", seen);
            if (from.isClient()) {
                context.send(from, new Pong(((Ping) message).n()));
                context.peers().forEach(p -> context.send(p, message));
            }
        }

        @Override
        public void onTimer(Context context, Object timer) {
            context.log("tick at " + context.now() + ", random " + context.random().nextInt(100));
        }
    }

    private static List<String> run(long seed) {
        Simulation sim = Simulation.seeded(seed).faults(Faults.flaky()).nodes(3, a -> new Echo()).build();
        Client client = sim.client();
        List<Object> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            sim.after(i * 30L, null, () -> {
                if (client.idle()) {
                    client.call(sim.nodes().get(n % 3), new Ping(n), 25, answers::add);
                }
            });
        }
        sim.after(200, null, () -> sim.partition(List.of(sim.nodes().get(0)), List.of(sim.nodes().get(1))));
        sim.after(300, null, () -> sim.crash(sim.nodes().get(2)));
        sim.after(400, null, () -> {
            sim.heal();
            sim.restart(sim.nodes().get(2));
        });
        sim.runFor(1_000);
        List<String> out = new ArrayList<>(sim.trace());
        out.add(answers.toString());
        out.add(sim.history().toString());
        return out;
    }

    @Test
    @DisplayName("a seed replays exactly; another seed differs")
    void replays() {
        assertThat(run(42)).isEqualTo(run(42));
        assertThat(run(42)).isNotEqualTo(run(43));
    }

    @Test
    @DisplayName("faults show in the trace: loss, partition, crash with storage kept, restart")
    void faultsAreTraced() {
        Simulation sim = Simulation.seeded(5).faults(new Faults(1, 1, 0, 0)).nodes(2, a -> new Echo()).build();
        Client client = sim.client();
        Address n1 = sim.nodes().get(0);
        Address n2 = sim.nodes().get(1);
        sim.partition(List.of(n1), List.of(n2));
        client.call(n1, new Ping(1), 100, r -> { });
        sim.runFor(50);
        assertThat(sim.history()).singleElement().satisfies(c -> assertThat(c.response()).isEqualTo(new Pong(1)));
        assertThat(String.join("\n", sim.trace())).contains("partition [n1] | [n2]").contains("cut off  n1 -> n2");
        sim.crash(n1);
        assertThat(sim.isUp(n1)).isFalse();
        sim.restart(n1);
        assertThat(sim.<Echo>node(n1).seen).isEqualTo(1);
        Client other = sim.client();
        other.call(n2, new Ping(2), 100, r -> { });
        sim.crash(n2);
        sim.runFor(200);
        assertThat(other.idle()).isFalse();
        assertThat(sim.history().get(1).answered()).isFalse();
        assertThat(sim.report("lost", 5)).contains("seed 5").contains("-Dkata.seed=5").contains("timeout  c2");
    }

    @Test
    @DisplayName("a node that throws stops the run with the seed and the trace; bad input is named")
    void failures() {
        Simulation sim = Simulation.seeded(9).nodes(1, a -> (context, from, message) -> {
            throw new IllegalStateException("boom");
        }).build();
        sim.client().call(sim.nodes().get(0), "hello", 100, r -> { });
        assertThatThrownBy(() -> sim.runFor(100)).isInstanceOf(SimulationFailure.class)
                .hasMessageContaining("n1 threw java.lang.IllegalStateException: boom")
                .hasMessageContaining("seed 9").hasMessageContaining("c1 -> n1  hello");
        assertThatThrownBy(() -> sim.crash(new Address("n7"))).hasMessageContaining("no node n7");
        assertThatThrownBy(() -> new Faults(5, 1, 0, 0)).hasMessageContaining("minDelay");
        assertThatThrownBy(() -> Simulation.seeded(1).nodes(0, a -> null)).hasMessageContaining("at least one");
    }
}

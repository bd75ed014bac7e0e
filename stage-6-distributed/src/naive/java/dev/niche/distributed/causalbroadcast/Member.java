package dev.niche.distributed.causalbroadcast;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The classic shortcut: reliable FIFO broadcast. Each sender numbers its messages, and a receiver delivers each
 * sender's messages in that order, acknowledging and deduplicating. It keeps one sender's messages in order, but
 * not a reply from another member: a reply can overtake the message it answers on its way to a third member,
 * which then delivers the reply first.
 */
public final class Member implements Node {

    record Message(Address sender, int number, String text) {
    }

    record Ack(Address sender, int number) {
    }

    record Resend(int number) {
    }

    private record Outgoing(Message message, Set<Address> waiting) {
    }

    private static final long RESEND_MILLIS = 50;

    private final Map<Address, Integer> delivered = new HashMap<>();
    private final Map<Address, Map<Integer, Message>> heldBack = new HashMap<>();
    private final Map<Integer, Outgoing> unacknowledged = new HashMap<>();
    private int sent;

    @Override
    public void onStart(Context context) {
        context.nodes().forEach(member -> delivered.put(member, 0));
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.Broadcast broadcast) {
            if (broadcast.message() == null) {
                context.log("ignoring a broadcast of null from " + from);
                return;
            }
            Message mine = new Message(context.self(), ++sent, broadcast.message());
            delivered.put(context.self(), sent);
            Application.deliver(context, mine.text());
            context.send(from, new Protocol.BroadcastOk(broadcast.message()));
            unacknowledged.put(sent, new Outgoing(mine, new HashSet<>(context.peers())));
            context.peers().forEach(member -> context.send(member, mine));
            context.setTimer(RESEND_MILLIS, new Resend(sent));
        } else if (message instanceof Message received) {
            context.send(from, new Ack(received.sender(), received.number()));
            Address sender = received.sender();
            if (received.number() > delivered.get(sender)) {
                Map<Integer, Message> held = heldBack.computeIfAbsent(sender, s -> new HashMap<>());
                held.put(received.number(), received);
                // deliver this sender's messages in their order, whatever the other senders have sent
                Message next;
                while ((next = held.remove(delivered.get(sender) + 1)) != null) {
                    delivered.put(sender, next.number());
                    Application.deliver(context, next.text());
                }
            }
        } else if (message instanceof Ack ack && ack.sender().equals(context.self())) {
            Outgoing outgoing = unacknowledged.get(ack.number());
            if (outgoing != null && outgoing.waiting().remove(from) && outgoing.waiting().isEmpty()) {
                unacknowledged.remove(ack.number());
            }
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        Outgoing outgoing = unacknowledged.get(((Resend) timer).number());
        if (outgoing != null) {
            outgoing.waiting().forEach(member -> context.send(member, outgoing.message()));
            context.setTimer(RESEND_MILLIS, timer);
        }
    }
}

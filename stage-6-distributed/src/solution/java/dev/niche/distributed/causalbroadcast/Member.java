package dev.niche.distributed.causalbroadcast;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Causal broadcast with vector clocks (Birman, Schiper and Stephenson). Each message carries its sender's vector
 * clock; a receiver holds it back until everything in that clock has been delivered here. Reliability is the
 * sender's job: it resends to every member that has not acknowledged, so every message reaches everyone once the
 * network lets it through; receivers acknowledge every copy and drop the ones they already have.
 */
public final class Member implements Node {

    /** A broadcast: {@code clock.get(k)} messages of member k precede it, its sender's own count included. */
    record Message(Address sender, List<Integer> clock, String text) {
    }

    /** "I have message number {@code number} of {@code sender}": the sender stops resending it to me. */
    record Ack(Address sender, int number) {
    }

    /** Timer: resend my message number {@code number} to whoever has not acknowledged it. */
    record Resend(int number) {
    }

    private static final long RESEND_MILLIS = 50;

    private List<Address> members;
    /** delivered[k]: how many of member k's messages this member has delivered. */
    private int[] delivered;
    /** Received but not yet deliverable: part of their causal past is still missing here. */
    private final List<Message> heldBack = new ArrayList<>();
    /** One of my messages and the members that have not acknowledged it yet. */
    private record Outgoing(Message message, Set<Address> waiting) {
    }

    /** My messages not yet acknowledged by everyone, by number. */
    private final Map<Integer, Outgoing> unacknowledged = new HashMap<>();

    @Override
    public void onStart(Context context) {
        members = context.nodes();
        delivered = new int[members.size()];
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.Broadcast broadcast) {
            broadcast(context, from, broadcast);
        } else if (message instanceof Message received) {
            // acknowledge every copy: the sender may have missed our earlier ack
            context.send(from, new Ack(received.sender(), number(received)));
            if (!alreadyHave(received)) {
                heldBack.add(received);
                deliverWhatIsReady(context);
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

    private void broadcast(Context context, Address client, Protocol.Broadcast broadcast) {
        if (broadcast.message() == null) {
            context.log("ignoring a broadcast of null from " + client);
            return;
        }
        int self = members.indexOf(context.self());
        delivered[self]++; // my own message is delivered here at once, after everything I delivered before
        Message message = new Message(context.self(), clock(), broadcast.message());
        Application.deliver(context, message.text());
        context.send(client, new Protocol.BroadcastOk(broadcast.message()));
        int number = delivered[self];
        unacknowledged.put(number, new Outgoing(message, new HashSet<>(context.peers())));
        context.peers().forEach(member -> context.send(member, message));
        context.setTimer(RESEND_MILLIS, new Resend(number));
    }

    /** Delivers held-back messages until none is ready: one delivery can make others ready. */
    private void deliverWhatIsReady(Context context) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Message> it = heldBack.iterator(); it.hasNext(); ) {
                Message message = it.next();
                if (ready(message)) {
                    it.remove();
                    delivered[members.indexOf(message.sender())]++;
                    Application.deliver(context, message.text());
                    progress = true;
                }
            }
        }
    }

    /** The next message from its sender, and everything else its sender had delivered is delivered here too. */
    private boolean ready(Message message) {
        int sender = members.indexOf(message.sender());
        for (int k = 0; k < delivered.length; k++) {
            int count = message.clock().get(k);
            if (k == sender ? count != delivered[k] + 1 : count > delivered[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean alreadyHave(Message message) {
        return number(message) <= delivered[members.indexOf(message.sender())] || heldBack.contains(message);
    }

    private int number(Message message) {
        return message.clock().get(members.indexOf(message.sender()));
    }

    private List<Integer> clock() {
        List<Integer> clock = new ArrayList<>(delivered.length);
        for (int count : delivered) {
            clock.add(count);
        }
        return List.copyOf(clock);
    }
}

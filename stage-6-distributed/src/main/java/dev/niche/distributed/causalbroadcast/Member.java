package dev.niche.distributed.causalbroadcast;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;

/**
 * One member of the group: it broadcasts what its clients ask, and delivers every member's messages to its
 * {@link Application} in causal order (see the package statement).
 *
 * <p>Contract:
 * <ul>
 *   <li>On a {@link Protocol.Broadcast} from a client, deliver the message to this member's own application at
 *       once, then answer {@link Protocol.BroadcastOk} with the same text, and see that every other member
 *       delivers it too.</li>
 *   <li>Causal order: if a member delivered (or broadcast) m1 before it broadcast m2, every member delivers m1
 *       before m2.</li>
 *   <li>Exactly once: every member delivers every broadcast message once, however often the network loses or
 *       duplicates what you send, as soon as it can reach the sender again.</li>
 *   <li>Cost: when no message is lost, a broadcast costs at most 2 N messages between members (N members), so
 *       resend only after an answer could have come back (wait 50 ms or more).</li>
 *   <li>A {@code Broadcast(null)} is a client bug: broadcast nothing, answer nothing, and {@code context.log}
 *       why.</li>
 * </ul>
 * Members do not crash in this kata, so fields are enough; no storage is needed beyond the application's.
 */
public final class Member implements Node {

    @Override
    public void onStart(Context context) {
        throw new UnsupportedOperationException("TODO: start a vector clock with one zero per member");
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        throw new UnsupportedOperationException("TODO: broadcast for clients; hold back what lacks its causal past");
    }

    @Override
    public void onTimer(Context context, Object timer) {
        throw new UnsupportedOperationException("TODO: resend to the members that have not acknowledged yet");
    }
}

/**
 * <h2>Causal broadcast: no member sees an answer before its question</h2>
 *
 * <p>A group chat runs on three or five servers, the members of a group. A user's message goes to one member,
 * which broadcasts it to the others. The network between members loses, delays, duplicates and reorders
 * messages, and for a while it may cut the group in two. Users forgive a chat that is a little late; they do not
 * forgive one that shows "Yes, let's!" before "Dinner tonight?". What must hold is <em>causal order</em>: if a
 * member had delivered (or itself sent) m1 before it broadcast m2, then m2 may depend on m1, and every member
 * delivers m1 before m2. Messages that are concurrent (neither sender had seen the other) may arrive in any order.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.causalbroadcast.Member}, a {@link dev.niche.distributed.sim.Node}
 * that broadcasts the {@link dev.niche.distributed.causalbroadcast.Protocol} requests of its clients and hands
 * every member's messages to its {@link dev.niche.distributed.causalbroadcast.Application} with
 * {@code Application.deliver}:
 * <ol>
 *   <li><b>Vector clocks.</b> Each member counts, per member, how many of that member's messages it has
 *       delivered. A broadcast carries a copy of its sender's counts (with its own count raised by one): that is
 *       the message's causal past.</li>
 *   <li><b>Hold back.</b> A member delivers a message from s when it is the next one from s, and when it has
 *       already delivered, from every other member, at least as many messages as the sender had. Otherwise it
 *       keeps the message aside and tries again after each delivery.</li>
 *   <li><b>Reliability.</b> A receiver acknowledges every copy it gets; the sender resends, on a timer, to the
 *       members that have not acknowledged yet. Duplicates must be recognised and dropped.</li>
 * </ol>
 *
 * <p><b>The checks.</b> Examples on a reliable network; then, over 200 seeds, runs where clients broadcast at
 * random members under loss, delay, duplication and a partition that heals: every delivery is checked the moment
 * it happens, and a delivery out of causal order fails at once with the two messages, the member and the trace;
 * after a quiet second every member must have delivered every message exactly once (200 seeds); and a broadcast
 * on a network that loses nothing costs at most 2 N messages between members (50 seeds). {@code -Dkata.seed=S}
 * replays one seed.
 */
package dev.niche.distributed.causalbroadcast;

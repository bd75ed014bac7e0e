package dev.niche.distributed.causalbroadcast;

import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * The application above the broadcast layer: a member hands it each message, in the order the application is to
 * see them. Given code: do not change.
 *
 * <p>Deliveries are recorded in the member's storage (where the checks read them) and in the trace.
 */
public final class Application {
    private static final String LOG = "application/delivered";

    private Application() {
    }

    /** Hands {@code message} to this member's application. Call it exactly once per message. */
    public static void deliver(Context context, String message) {
        List<String> log = new ArrayList<>(delivered(context.storage()));
        log.add(message);
        context.storage().put(LOG, List.copyOf(log));
        context.log("delivers " + message);
    }

    /** What the application of the member owning {@code storage} has been handed so far, in order. */
    public static List<String> delivered(Storage storage) {
        return storage.<List<String>>get(LOG).orElse(List.of());
    }
}

package dev.niche.concurrency.safepublication;

import java.util.List;
import java.util.Map;

/**
 * Where a gateway sends each request: a route from service name to backend address, and fallback backends
 * for services without a route. A new table is built whenever the configuration changes and then handed to
 * the request threads, which read it without locks.
 *
 * <p>Thread-safety promise: a table is immutable. Once the constructor returns, nothing can change it: not
 * the caller that passed the map and list in (they may change those later), and not a caller of
 * {@link #routes()} or {@link #fallbacks()}. Any thread that gets a reference to a table, however that
 * reference reached it, sees the table exactly as the constructor left it.
 */
public final class RoutingTable {

    /**
     * A table with the given routes and fallbacks, as they are at this moment.
     *
     * @param routes    service name to backend address
     * @param fallbacks backends for services without a route, the first one preferred; at least one
     * @throws NullPointerException if {@code routes} or {@code fallbacks} is null (the message names it)
     * @throws IllegalArgumentException if {@code fallbacks} is empty (the message names {@code fallbacks})
     */
    public RoutingTable(Map<String, String> routes, List<String> fallbacks) {
        throw new UnsupportedOperationException("TODO: check the arguments and keep what they hold now");
    }

    /**
     * The backend of {@code service}: its route, or the first fallback when it has none.
     *
     * @throws NullPointerException if {@code service} is null (the message names {@code service})
     */
    public String backendFor(String service) {
        throw new UnsupportedOperationException("TODO: look up the route, else the first fallback");
    }

    /** The routes, service name to backend; the map cannot be modified. */
    public Map<String, String> routes() {
        throw new UnsupportedOperationException("TODO: return the routes, so that nobody can change them");
    }

    /** The fallback backends in order of preference; the list cannot be modified. */
    public List<String> fallbacks() {
        throw new UnsupportedOperationException("TODO: return the fallbacks, so that nobody can change them");
    }
}

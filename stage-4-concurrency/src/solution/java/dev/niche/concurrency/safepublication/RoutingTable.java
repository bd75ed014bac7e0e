package dev.niche.concurrency.safepublication;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a gateway sends each request: a route from service name to backend address, and fallback backends
 * for services without a route. A new table is built whenever the configuration changes and then handed to
 * the request threads, which read it without locks.
 *
 * <p>Thread-safety promise: a table is immutable. Once the constructor returns, nothing can change it: not
 * the caller that passed the map and list in (they may change those later), and not a caller of
 * {@link #routes()} or {@link #fallbacks()}. Any thread that gets a reference to a table, however that
 * reference reached it, sees the table exactly as the constructor left it.
 *
 * <p>Three things make it so. The fields are {@code final}: the Java Memory Model guarantees that a thread
 * which sees the table sees its final fields, and everything reachable through them, as the constructor
 * set them, even when the table reached it through a data race. The constructor copies its arguments
 * ({@code Map.copyOf}, {@code List.copyOf}), so the caller keeps no handle on the table's contents. The
 * copies are unmodifiable, so they can be handed out as they are. (A record with a compact constructor that
 * makes the same copies works as well.)
 */
public final class RoutingTable {
    private final Map<String, String> routes;
    private final List<String> fallbacks;

    /**
     * A table with the given routes and fallbacks, as they are at this moment.
     *
     * @param routes    service name to backend address
     * @param fallbacks backends for services without a route, the first one preferred; at least one
     * @throws NullPointerException if {@code routes} or {@code fallbacks} is null (the message names it)
     * @throws IllegalArgumentException if {@code fallbacks} is empty (the message names {@code fallbacks})
     */
    public RoutingTable(Map<String, String> routes, List<String> fallbacks) {
        this.routes = Map.copyOf(Objects.requireNonNull(routes, "routes"));
        this.fallbacks = List.copyOf(Objects.requireNonNull(fallbacks, "fallbacks"));
        if (this.fallbacks.isEmpty()) {
            throw new IllegalArgumentException("fallbacks must name at least one backend");
        }
    }

    /**
     * The backend of {@code service}: its route, or the first fallback when it has none.
     *
     * @throws NullPointerException if {@code service} is null (the message names {@code service})
     */
    public String backendFor(String service) {
        return routes.getOrDefault(Objects.requireNonNull(service, "service"), fallbacks.get(0));
    }

    /** The routes, service name to backend; the map cannot be modified. */
    public Map<String, String> routes() {
        return routes;
    }

    /** The fallback backends in order of preference; the list cannot be modified. */
    public List<String> fallbacks() {
        return fallbacks;
    }
}

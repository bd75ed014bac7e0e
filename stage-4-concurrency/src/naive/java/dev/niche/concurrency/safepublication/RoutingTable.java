package dev.niche.concurrency.safepublication;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Naive variant: "mostly immutable". No setters, and read-only views on the way out, but the fields are not
 * final and the constructor keeps the caller's own map and list: the caller can still change the table, and
 * a thread that receives the table through a data race may see it half built.
 */
public final class RoutingTable {
    private Map<String, String> routes;
    private List<String> fallbacks;

    public RoutingTable(Map<String, String> routes, List<String> fallbacks) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.fallbacks = Objects.requireNonNull(fallbacks, "fallbacks");
        if (fallbacks.isEmpty()) {
            throw new IllegalArgumentException("fallbacks must name at least one backend");
        }
    }

    public String backendFor(String service) {
        return routes.getOrDefault(Objects.requireNonNull(service, "service"), fallbacks.get(0));
    }

    public Map<String, String> routes() {
        return Collections.unmodifiableMap(routes);
    }

    public List<String> fallbacks() {
        return Collections.unmodifiableList(fallbacks);
    }
}

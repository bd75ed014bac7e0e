package dev.niche.distributed.sim;

/** The name of a node ({@code n1}, {@code n2}, ...) or of a client ({@code c1}, ...). Given code: do not change. */
public record Address(String name) implements Comparable<Address> {

    public Address {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an address needs a non-blank name, got " + name);
        }
    }

    /** Whether this is a client's address rather than a node's. */
    public boolean isClient() {
        return name.startsWith("c");
    }

    @Override
    public int compareTo(Address other) {
        int byLength = Integer.compare(name.length(), other.name.length());
        return byLength != 0 ? byLength : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}

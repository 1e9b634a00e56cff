package dev.microtower.core;

/**
 * The business key of a node (site); unique inside one scenario, as planners type it and files carry it. Codes, not database ids, are
 * the identity the domain and the engines work with (ADR 0002).
 */
public record NodeCode(String value) implements Comparable<NodeCode> {
    public NodeCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a node code must not be empty");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("a node code must not start or end with spaces: '" + value + "'");
        }
    }

    public static NodeCode of(String value) {
        return new NodeCode(value);
    }

    @Override
    public int compareTo(NodeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

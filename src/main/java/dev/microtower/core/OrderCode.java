package dev.microtower.core;

/**
 * The business key of a customer order of the history, as planners type it and files carry it. Codes, not database ids, are
 * the identity the domain and the engines work with (ADR 0002).
 */
public record OrderCode(String value) implements Comparable<OrderCode> {
    public OrderCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a order code must not be empty");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("a order code must not start or end with spaces: '" + value + "'");
        }
    }

    public static OrderCode of(String value) {
        return new OrderCode(value);
    }

    @Override
    public int compareTo(OrderCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

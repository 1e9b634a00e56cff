package dev.microtower.core;

/**
 * The business key of a delivery zone; unique inside one scenario, as planners type it and files carry it. Codes, not database ids, are
 * the identity the domain and the engines work with (ADR 0002).
 */
public record ZoneCode(String value) implements Comparable<ZoneCode> {
    public ZoneCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a zone code must not be empty");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("a zone code must not start or end with spaces: '" + value + "'");
        }
    }

    public static ZoneCode of(String value) {
        return new ZoneCode(value);
    }

    @Override
    public int compareTo(ZoneCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

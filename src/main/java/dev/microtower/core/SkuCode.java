package dev.microtower.core;

/**
 * The business key of a SKU of the shared catalogue, as planners type it and files carry it. Codes, not database ids, are
 * the identity the domain and the engines work with (ADR 0002).
 */
public record SkuCode(String value) implements Comparable<SkuCode> {
    public SkuCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a sku code must not be empty");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("a sku code must not start or end with spaces: '" + value + "'");
        }
    }

    public static SkuCode of(String value) {
        return new SkuCode(value);
    }

    @Override
    public int compareTo(SkuCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

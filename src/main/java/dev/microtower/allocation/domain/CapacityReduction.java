package dev.microtower.allocation.domain;

import dev.microtower.core.NodeCode;

/**
 * A node whose targets did not fit: its capacity (or a rule's share of it, then {@code rule}
 * names the rule, else it is {@code null}), the units the targets asked for, and the units cut
 * from C, B and A items, in that order.
 */
public record CapacityReduction(
        NodeCode node, String rule, long capacity, long requested, long cutFromC, long cutFromB, long cutFromA) {
    public long cut() {
        return cutFromC + cutFromB + cutFromA;
    }
}

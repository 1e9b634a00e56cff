package dev.microtower.simulation.engine;

import dev.microtower.core.GeoPoint;

/**
 * Which sites' delivery zones contain a customer point, and of which tiers: after {@link #lookup},
 * {@link #count()} sites in ascending index order, each with its tier bits ({@link SiteIndex#SAME_DAY}
 * and the others). A replay and the bound ask it once per order. Not thread-safe: one per replay.
 */
interface ZoneHits {
    void lookup(GeoPoint customer);

    int count();

    int site(int i);

    int tiers(int i);

    /** The tier bits of {@code site} after the last lookup (0 when no zone of it contains the point). */
    int tiersOf(int site);
}

package dev.microtower.simulation.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which delivery zones contain each customer point of a set of zones, looked up once per distinct
 * point and kept: the replays of a run, its bound, and the runs of every scenario with the same
 * zones (a copy has its parent's zones until one is edited) ask it instead of testing polygons for
 * every order. It answers by the sites that own the zones, by code, so scenarios whose sites differ
 * (one closed, one added) share it; each replay maps the codes to its own sites ({@link
 * #hits(Map, int)}). The zones are the key: other zones need another instance ({@link #of}).
 * Thread-safe; a point not seen yet is looked up under a lock.
 */
public final class CustomerZones {
    /** The zones of the owners' slots that contain one point, each slot once with its tier bits. */
    private static final class Found {
        final int id;
        final int[] slots;
        final int[] bits;

        Found(int id, int[] slots, int[] bits) {
            this.id = id;
            this.slots = slots;
            this.bits = bits;
        }
    }

    /** The slots and bits of a {@link Found}, as the key that makes equal answers one object. */
    private record Answer(List<Integer> slotsAndBits) {}

    private final List<DeliveryZone> zones;
    private final List<NodeCode> owners = new ArrayList<>();
    /** Guarded by itself, with {@link #distinct}: it reuses its work arrays. */
    private final SiteIndex index;

    private final Map<Answer, Found> distinct = new HashMap<>();
    private final ConcurrentHashMap<GeoPoint, Found> byPoint = new ConcurrentHashMap<>();

    private CustomerZones(List<DeliveryZone> zones) {
        this.zones = List.copyOf(zones);
        Map<NodeCode, Integer> slots = new HashMap<>();
        for (DeliveryZone z : this.zones) {
            if (slots.putIfAbsent(z.node(), owners.size()) == null) {
                owners.add(z.node());
            }
        }
        this.index = SiteIndex.indexed(this.zones, slots, owners.size());
    }

    /** Nothing looked up yet for {@code zones}. */
    public static CustomerZones of(List<DeliveryZone> zones) {
        return new CustomerZones(zones);
    }

    /** The zones it answers for. */
    public List<DeliveryZone> zones() {
        return zones;
    }

    /** How many distinct customer points it has looked up. */
    public int points() {
        return byPoint.size();
    }

    private Found find(GeoPoint customer) {
        Found found = byPoint.get(customer);
        if (found != null) {
            return found;
        }
        synchronized (index) {
            found = byPoint.get(customer);
            if (found == null) {
                index.lookup(customer.lat(), customer.lon());
                int n = index.count();
                int[] slots = new int[n];
                int[] bits = new int[n];
                List<Integer> key = new ArrayList<>(2 * n);
                for (int i = 0; i < n; i++) {
                    slots[i] = index.site(i);
                    bits[i] = index.tiers(i);
                    key.add(slots[i]);
                    key.add(bits[i]);
                }
                int id = distinct.size();
                found = distinct.computeIfAbsent(new Answer(key), k -> new Found(id, slots, bits));
                byPoint.put(customer, found);
            }
            return found;
        }
    }

    /**
     * The answers for one replay, whose sites are {@code siteIndex} (by code, {@code sites} of them):
     * a zone of a site it does not have drops out. Not thread-safe: one per replay.
     */
    ZoneHits hits(Map<NodeCode, Integer> siteIndex, int sites) {
        int[] siteOf = new int[owners.size()];
        for (int slot = 0; slot < siteOf.length; slot++) {
            Integer site = siteIndex.get(owners.get(slot));
            siteOf[slot] = site == null || site >= sites ? -1 : site;
        }
        return new Hits(siteOf);
    }

    /** One replay's view: each distinct answer mapped to its sites once, by the answer's id. */
    private final class Hits implements ZoneHits {
        private final int[] siteOf;
        private int[][] sitesById = new int[64][];
        private int[][] tiersById = new int[64][];
        private int[] sites = new int[0];
        private int[] tiers = new int[0];

        Hits(int[] siteOf) {
            this.siteOf = siteOf;
        }

        @Override
        public void lookup(GeoPoint customer) {
            Found found = find(customer);
            if (found.id >= sitesById.length) {
                int length = Math.max(found.id + 1, 2 * sitesById.length);
                sitesById = Arrays.copyOf(sitesById, length);
                tiersById = Arrays.copyOf(tiersById, length);
            }
            if (sitesById[found.id] == null) {
                resolve(found);
            }
            sites = sitesById[found.id];
            tiers = tiersById[found.id];
        }

        /** The answer's slots as this replay's sites, in ascending site order as {@link SiteIndex} gives them. */
        private void resolve(Found found) {
            long[] pairs = new long[found.slots.length];
            int n = 0;
            for (int i = 0; i < found.slots.length; i++) {
                int site = siteOf[found.slots[i]];
                if (site >= 0) {
                    pairs[n++] = ((long) site << 32) | (found.bits[i] & 0xffffffffL);
                }
            }
            Arrays.sort(pairs, 0, n);
            int[] s = new int[n];
            int[] t = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = (int) (pairs[i] >>> 32);
                t[i] = (int) pairs[i];
            }
            sitesById[found.id] = s;
            tiersById[found.id] = t;
        }

        @Override
        public int count() {
            return sites.length;
        }

        @Override
        public int site(int i) {
            return sites[i];
        }

        @Override
        public int tiers(int i) {
            return tiers[i];
        }

        @Override
        public int tiersOf(int site) {
            for (int i = 0; i < sites.length; i++) {
                if (sites[i] == site) {
                    return tiers[i];
                }
            }
            return 0;
        }
    }
}

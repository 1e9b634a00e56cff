package dev.microtower.zones.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Draws delivery zones from the sites alone. For each SLA tier, every stocked site (open or
 * disrupted) whose own tier is that tier gets one zone: its <b>Voronoi cell among the stocked sites
 * of the same tier</b> (the area closer to it than to any other such site), <b>clipped to a circle
 * of radius speed × drive time</b> of the tier around the site. Both are computed in kilometres in a
 * local projection around the tier's sites, so the circle is round on the ground. The result never
 * overlaps within a tier; sites at the same spot share their cell.
 */
public final class ZoneGenerator {
    /** Points on each circle; 64 keeps the edge within 0.2 % of the radius. */
    private static final int QUADRANT_SEGMENTS = 16;

    private static final GeometryFactory KM = new GeometryFactory(new PrecisionModel());

    /**
     * What to generate: the tiers, the average delivery speed and, per tier, the driving time its
     * promise leaves for the trip from the site to the customer.
     */
    public record Settings(Set<SlaTier> tiers, double speedKmh, Map<SlaTier, Double> driveHours) {
        public Settings {
            tiers = tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
            if (!(speedKmh > 0 && speedKmh <= 200)) {
                throw new IllegalArgumentException("speed must be above 0 and at most 200 km/h: " + speedKmh);
            }
            driveHours = Map.copyOf(new EnumMap<>(driveHours));
            for (SlaTier tier : tiers) {
                Double hours = driveHours.get(tier);
                if (hours == null || !(hours > 0 && hours <= 24)) {
                    throw new IllegalArgumentException(
                            "drive time for " + tier.label() + " must be above 0 and at most 24 h: " + hours);
                }
            }
        }

        /** 25 km/h; a quarter of an hour for same day, 45 minutes for next day, two hours for hubs. */
        public static Settings defaults() {
            return new Settings(
                    EnumSet.allOf(SlaTier.class),
                    25,
                    Map.of(SlaTier.SAME_DAY, 0.25, SlaTier.NEXT_DAY, 0.75, SlaTier.REPLENISHMENT_HUB, 2.0));
        }

        public double radiusKm(SlaTier tier) {
            return speedKmh * driveHours.getOrDefault(tier, 0.0);
        }

        /** The method in one line, for the dialog and the status bar. */
        public String describe() {
            StringBuilder text = new StringBuilder("Voronoi cell among sites of the same tier, clipped to ");
            List<String> parts = new ArrayList<>();
            for (SlaTier tier : SlaTier.values()) {
                if (tiers.contains(tier)) {
                    parts.add(String.format(
                            Locale.ROOT,
                            "%s %.1f km (%.2f h at %.0f km/h)",
                            tier.label().toLowerCase(Locale.ROOT),
                            radiusKm(tier),
                            driveHours.get(tier),
                            speedKmh));
                }
            }
            return text.append(String.join(", ", parts)).toString();
        }
    }

    private ZoneGenerator() {}

    /** The code a generated zone gets, e.g. Z-DS-SF-MIS-SD; the demo uses the same scheme. */
    public static ZoneCode codeFor(NodeCode node, SlaTier tier) {
        String suffix =
                switch (tier) {
                    case SAME_DAY -> "SD";
                    case NEXT_DAY -> "ND";
                    case REPLENISHMENT_HUB -> "RH";
                };
        return ZoneCode.of("Z-" + node.value() + "-" + suffix);
    }

    /** The zones of the chosen tiers for {@code nodes}, ordered by code. */
    public static List<DeliveryZone> generate(Collection<Node> nodes, Settings settings) {
        List<DeliveryZone> zones = new ArrayList<>();
        for (SlaTier tier : settings.tiers()) {
            List<Node> sites = nodes.stream()
                    .filter(n -> n.isStocked() && n.slaTier() == tier)
                    .sorted(Comparator.comparing(n -> n.code().value()))
                    .toList();
            if (!sites.isEmpty()) {
                zones.addAll(tier(sites, tier, settings.radiusKm(tier)));
            }
        }
        zones.sort(Comparator.comparing(z -> z.code().value()));
        return List.copyOf(zones);
    }

    private static List<DeliveryZone> tier(List<Node> sites, SlaTier tier, double radiusKm) {
        Envelope lonLat = new Envelope();
        sites.forEach(
                n -> lonLat.expandToInclude(n.location().lon(), n.location().lat()));
        LocalProjection projection = LocalProjection.around(lonLat);
        Map<Coordinate, Geometry> cells = cells(sites, projection, radiusKm);
        List<DeliveryZone> zones = new ArrayList<>();
        for (Node site : sites) {
            Coordinate at = projection.toKm(site.location());
            Geometry circle = KM.createPoint(at).buffer(radiusKm, QUADRANT_SEGMENTS);
            Geometry cell = cells.get(at);
            Geometry area = cell == null ? circle : cell.intersection(circle);
            Geometry zone = projection.toLonLat(area);
            zone = ZoneTopology.polygonal(zone.isValid() ? zone : GeometryFixer.fix(zone));
            if (zone != null) {
                zones.add(new DeliveryZone(codeFor(site.code(), tier), site.code(), tier, zone));
            }
        }
        return zones;
    }

    /** Each distinct site position's Voronoi cell in kilometres; empty for a single position. */
    private static Map<Coordinate, Geometry> cells(List<Node> sites, LocalProjection projection, double radiusKm) {
        List<Coordinate> points = new ArrayList<>();
        Envelope extent = new Envelope();
        for (Node site : sites) {
            Coordinate c = projection.toKm(site.location());
            points.add(c);
            extent.expandToInclude(c);
        }
        Map<Coordinate, Geometry> cells = new HashMap<>();
        if (points.stream().distinct().count() < 2) {
            return cells;
        }
        extent.expandBy(2 * radiusKm + 1);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points);
        builder.setClipEnvelope(extent);
        Geometry diagram = builder.getDiagram(KM);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            if (cell instanceof Polygonal && cell.getUserData() instanceof Coordinate site) {
                cells.put(new Coordinate(site.x, site.y), cell);
            }
        }
        return cells;
    }
}

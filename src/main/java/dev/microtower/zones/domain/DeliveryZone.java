package dev.microtower.zones.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.SlaTier;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * The area a node serves for one SLA tier, a valid polygon or multipolygon in WGS84 with x =
 * longitude and y = latitude. JTS geometries are mutable in principle; treat this one as frozen.
 */
public record DeliveryZone(ZoneCode code, NodeCode node, SlaTier slaTier, Geometry area) {
    public DeliveryZone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(slaTier, "SLA tier");
        Objects.requireNonNull(area, "area");
        if (!(area instanceof Polygonal)) {
            throw new IllegalArgumentException("zone " + code + " must be a polygon, not a " + area.getGeometryType());
        }
        if (area.isEmpty() || !area.isValid()) {
            throw new IllegalArgumentException("zone " + code + " is not a valid polygon");
        }
    }
}

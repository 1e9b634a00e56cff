package dev.microtower.zones.store;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * The store port for the delivery zones of a scenario: what the application reads and writes
 * about zones, whatever database holds them. Each write runs in one transaction of its own. A
 * polygon is kept as WKT (lon lat order), written and read with {@link #toWkt} and {@link #fromWkt}.
 */
public interface ZoneRepository {
    /** WGS84, full double precision: what is written is what is read back. */
    GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    /** Every zone of the scenario, ordered by code. */
    List<DeliveryZone> findAll(ScenarioId scenario);

    List<DeliveryZone> findOfNode(ScenarioId scenario, NodeCode node);

    Optional<DeliveryZone> find(ScenarioId scenario, ZoneCode code);

    /** Adds the zone, or replaces the zone with the same code. Its node must exist in the scenario. */
    void save(ScenarioId scenario, DeliveryZone zone);

    boolean delete(ScenarioId scenario, ZoneCode code);

    /**
     * In one transaction: deletes the zones {@code remove} (codes that do not exist are ignored),
     * then adds or replaces every zone of {@code save}. Either all of it happens or nothing.
     */
    void change(ScenarioId scenario, Collection<ZoneCode> remove, Collection<DeliveryZone> save);

    static String toWkt(Geometry area) {
        return new WKTWriter().write(area);
    }

    static Geometry fromWkt(String wkt) throws ParseException {
        return new WKTReader(GEOMETRY).read(wkt);
    }
}

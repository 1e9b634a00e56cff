package dev.microtower.zones.store;

import static dev.microtower.store.jooq.Tables.DELIVERY_ZONE;
import static dev.microtower.store.jooq.Tables.NODE;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/** Delivery zones of a scenario; the polygon is stored as WKT (lon lat order). */
public final class ZoneRepository {
    /** WGS84, full double precision: what is written is what is read back. */
    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private final Database database;

    public ZoneRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /** Every zone of the scenario, ordered by code. */
    public List<DeliveryZone> findAll(ScenarioId scenario) {
        return select(database.dsl(), DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()));
    }

    /** The zones as the caller's transaction sees them. */
    public static List<DeliveryZone> findAll(DSLContext dsl, ScenarioId scenario) {
        return select(dsl, DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()));
    }

    public List<DeliveryZone> findOfNode(ScenarioId scenario, NodeCode node) {
        return select(
                database.dsl(), DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(node.value())));
    }

    public Optional<DeliveryZone> find(ScenarioId scenario, ZoneCode code) {
        return select(
                        database.dsl(),
                        DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()).and(DELIVERY_ZONE.CODE.eq(code.value())))
                .stream()
                .findFirst();
    }

    /** Adds the zone, or replaces the zone with the same code. Its node must exist in the scenario. */
    public void save(ScenarioId scenario, DeliveryZone zone) {
        database.inTransaction(tx -> {
            save(tx.dsl(), scenario, zone);
            return null;
        });
    }

    public boolean delete(ScenarioId scenario, ZoneCode code) {
        return database.inTransaction(tx -> tx.dsl()
                        .deleteFrom(DELIVERY_ZONE)
                        .where(DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()).and(DELIVERY_ZONE.CODE.eq(code.value())))
                        .execute()
                > 0);
    }

    /**
     * In one transaction: deletes the zones {@code remove} (codes that do not exist are ignored),
     * then adds or replaces every zone of {@code save}. Either all of it happens or nothing.
     */
    public void change(ScenarioId scenario, Collection<ZoneCode> remove, Collection<DeliveryZone> save) {
        database.inTransaction(tx -> {
            if (!remove.isEmpty()) {
                tx.dsl()
                        .deleteFrom(DELIVERY_ZONE)
                        .where(DELIVERY_ZONE
                                .SCENARIO_ID
                                .eq(scenario.value())
                                .and(DELIVERY_ZONE.CODE.in(
                                        remove.stream().map(ZoneCode::value).toList())))
                        .execute();
            }
            for (DeliveryZone zone : save) {
                save(tx.dsl(), scenario, zone);
            }
            return null;
        });
    }

    /** Adds or replaces {@code zone} inside the caller's transaction. */
    public static void save(DSLContext dsl, ScenarioId scenario, DeliveryZone zone) {
        Long nodeId = dsl.select(NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID
                        .eq(scenario.value())
                        .and(NODE.CODE.eq(zone.node().value())))
                .fetchOne(NODE.ID);
        if (nodeId == null) {
            throw new IllegalArgumentException("no node " + zone.node() + " in scenario " + scenario);
        }
        String wkt = toWkt(zone.area());
        int updated = dsl.update(DELIVERY_ZONE)
                .set(DELIVERY_ZONE.NODE_ID, nodeId)
                .set(DELIVERY_ZONE.SLA_TIER, zone.slaTier().name())
                .set(DELIVERY_ZONE.POLYGON_WKT, wkt)
                .where(DELIVERY_ZONE
                        .SCENARIO_ID
                        .eq(scenario.value())
                        .and(DELIVERY_ZONE.CODE.eq(zone.code().value())))
                .execute();
        if (updated == 0) {
            dsl.insertInto(DELIVERY_ZONE)
                    .set(DELIVERY_ZONE.SCENARIO_ID, scenario.value())
                    .set(DELIVERY_ZONE.CODE, zone.code().value())
                    .set(DELIVERY_ZONE.NODE_ID, nodeId)
                    .set(DELIVERY_ZONE.SLA_TIER, zone.slaTier().name())
                    .set(DELIVERY_ZONE.POLYGON_WKT, wkt)
                    .execute();
        }
    }

    public static String toWkt(Geometry area) {
        return new WKTWriter().write(area);
    }

    public static Geometry fromWkt(String wkt) throws ParseException {
        return new WKTReader(GEOMETRY).read(wkt);
    }

    private static List<DeliveryZone> select(DSLContext dsl, Condition condition) {
        return dsl.select(DELIVERY_ZONE.CODE, NODE.CODE, DELIVERY_ZONE.SLA_TIER, DELIVERY_ZONE.POLYGON_WKT)
                .from(DELIVERY_ZONE)
                .join(NODE)
                .on(NODE.ID.eq(DELIVERY_ZONE.NODE_ID))
                .where(condition)
                .orderBy(DELIVERY_ZONE.CODE)
                .fetch(ZoneRepository::toZone);
    }

    private static DeliveryZone toZone(Record r) {
        String code = r.get(DELIVERY_ZONE.CODE);
        try {
            return new DeliveryZone(
                    ZoneCode.of(code),
                    NodeCode.of(r.get(NODE.CODE)),
                    SlaTier.valueOf(r.get(DELIVERY_ZONE.SLA_TIER)),
                    fromWkt(r.get(DELIVERY_ZONE.POLYGON_WKT)));
        } catch (ParseException e) {
            throw new DatabaseException("delivery zone " + code + " holds a broken polygon: " + e.getMessage(), e);
        }
    }
}

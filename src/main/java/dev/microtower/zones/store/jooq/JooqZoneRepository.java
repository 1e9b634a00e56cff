package dev.microtower.zones.store.jooq;

import static dev.microtower.store.jooq.Tables.DELIVERY_ZONE;
import static dev.microtower.store.jooq.Tables.NODE;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.locationtech.jts.io.ParseException;

/**
 * The {@link ZoneRepository} on jOOQ, the polygon in a WKT text column. Besides the port it offers
 * static helpers that work inside a caller's transaction (the zone import uses them).
 */
public final class JooqZoneRepository implements ZoneRepository {
    private final Database database;

    public JooqZoneRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<DeliveryZone> findAll(ScenarioId scenario) {
        return select(database.dsl(), DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()));
    }

    /** The zones as the caller's transaction sees them. */
    public static List<DeliveryZone> findAll(DSLContext dsl, ScenarioId scenario) {
        return select(dsl, DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()));
    }

    @Override
    public List<DeliveryZone> findOfNode(ScenarioId scenario, NodeCode node) {
        return select(
                database.dsl(), DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(node.value())));
    }

    @Override
    public Optional<DeliveryZone> find(ScenarioId scenario, ZoneCode code) {
        return select(
                        database.dsl(),
                        DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()).and(DELIVERY_ZONE.CODE.eq(code.value())))
                .stream()
                .findFirst();
    }

    @Override
    public void save(ScenarioId scenario, DeliveryZone zone) {
        database.inTransaction(tx -> {
            save(tx.dsl(), scenario, zone);
            return null;
        });
    }

    @Override
    public boolean delete(ScenarioId scenario, ZoneCode code) {
        return database.inTransaction(tx -> tx.dsl()
                        .deleteFrom(DELIVERY_ZONE)
                        .where(DELIVERY_ZONE.SCENARIO_ID.eq(scenario.value()).and(DELIVERY_ZONE.CODE.eq(code.value())))
                        .execute()
                > 0);
    }

    @Override
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
        String wkt = ZoneRepository.toWkt(zone.area());
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

    private static List<DeliveryZone> select(DSLContext dsl, Condition condition) {
        return dsl.select(DELIVERY_ZONE.CODE, NODE.CODE, DELIVERY_ZONE.SLA_TIER, DELIVERY_ZONE.POLYGON_WKT)
                .from(DELIVERY_ZONE)
                .join(NODE)
                .on(NODE.ID.eq(DELIVERY_ZONE.NODE_ID))
                .where(condition)
                .orderBy(DELIVERY_ZONE.CODE)
                .fetch(JooqZoneRepository::toZone);
    }

    private static DeliveryZone toZone(Record r) {
        String code = r.get(DELIVERY_ZONE.CODE);
        try {
            return new DeliveryZone(
                    ZoneCode.of(code),
                    NodeCode.of(r.get(NODE.CODE)),
                    SlaTier.valueOf(r.get(DELIVERY_ZONE.SLA_TIER)),
                    ZoneRepository.fromWkt(r.get(DELIVERY_ZONE.POLYGON_WKT)));
        } catch (ParseException e) {
            throw new DatabaseException("delivery zone " + code + " holds a broken polygon: " + e.getMessage(), e);
        }
    }
}

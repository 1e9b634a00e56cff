package dev.microtower.scenarios.store.jooq;

import static dev.microtower.store.jooq.Tables.DEMAND_MULTIPLIER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SCENARIO;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.store.jooq.tables.records.ScenarioRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The {@link ScenarioRepository} on jOOQ. A copy is driven by the generated table metadata ({@link
 * ScenarioCopy}), so a column a migration adds is copied without anyone listing it.
 */
public final class JooqScenarioRepository implements ScenarioRepository {
    private final Database database;

    public JooqScenarioRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<Scenario> findAll() {
        return database.dsl().selectFrom(SCENARIO).orderBy(SCENARIO.ID).fetch(JooqScenarioRepository::toScenario);
    }

    @Override
    public Optional<Scenario> find(ScenarioId id) {
        return database.dsl()
                .selectFrom(SCENARIO)
                .where(SCENARIO.ID.eq(id.value()))
                .fetchOptional(JooqScenarioRepository::toScenario);
    }

    @Override
    public Optional<Scenario> findByName(String name) {
        return database.dsl()
                .selectFrom(SCENARIO)
                .where(SCENARIO.NAME.eq(name))
                .fetchOptional(JooqScenarioRepository::toScenario);
    }

    @Override
    public Scenario create(String name, String notes) {
        return database.inTransaction(tx -> {
            requireFreeName(tx.dsl(), name);
            ScenarioRecord record = tx.dsl().newRecord(SCENARIO);
            record.setName(name);
            record.setNotes(notes);
            record.insert();
            record.refresh();
            return toScenario(record);
        });
    }

    @Override
    public Scenario copy(ScenarioId parent, String name) {
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            if (!dsl.fetchExists(SCENARIO, SCENARIO.ID.eq(parent.value()))) {
                throw new IllegalArgumentException("no scenario " + parent + " to copy");
            }
            requireFreeName(dsl, name);
            ScenarioRecord record = dsl.newRecord(SCENARIO);
            record.setName(name);
            record.setParentId(parent.value());
            record.insert();
            record.refresh();
            new ScenarioCopy(dsl, parent.value(), record.getId()).run();
            return toScenario(record);
        });
    }

    @Override
    public boolean delete(ScenarioId id) {
        if (id.isBaseline()) {
            throw new IllegalArgumentException("the baseline scenario cannot be removed");
        }
        return database.inTransaction(tx ->
                tx.dsl().deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id.value())).execute() > 0);
    }

    @Override
    public List<DemandMultiplier> findMultipliers(ScenarioId scenario) {
        return findMultipliers(database.dsl(), scenario);
    }

    /** The scenario's demand multipliers as the caller's transaction sees them, in their order. */
    public static List<DemandMultiplier> findMultipliers(DSLContext dsl, ScenarioId scenario) {
        return dsl.select(DEMAND_MULTIPLIER.fields())
                .select(NODE.CODE)
                .from(DEMAND_MULTIPLIER)
                .leftJoin(NODE)
                .on(NODE.ID.eq(DEMAND_MULTIPLIER.NODE_ID))
                .where(DEMAND_MULTIPLIER.SCENARIO_ID.eq(scenario.value()))
                .orderBy(DEMAND_MULTIPLIER.ID)
                .fetch(r -> new DemandMultiplier(
                        r.get(NODE.CODE) == null ? null : NodeCode.of(r.get(NODE.CODE)),
                        r.get(DEMAND_MULTIPLIER.SKU_CATEGORY),
                        r.get(DEMAND_MULTIPLIER.FACTOR),
                        r.get(DEMAND_MULTIPLIER.VALID_FROM),
                        r.get(DEMAND_MULTIPLIER.VALID_TO),
                        r.get(DEMAND_MULTIPLIER.NOTE),
                        r.get(DEMAND_MULTIPLIER.SKU_CODE) == null
                                ? null
                                : SkuCode.of(r.get(DEMAND_MULTIPLIER.SKU_CODE)),
                        r.get(DEMAND_MULTIPLIER.ZONE_CODE) == null
                                ? null
                                : ZoneCode.of(r.get(DEMAND_MULTIPLIER.ZONE_CODE)),
                        DistrictWkt.read(r.get(DEMAND_MULTIPLIER.AREA_WKT))));
    }

    @Override
    public void addMultiplier(ScenarioId scenario, DemandMultiplier multiplier) {
        database.inTransaction(tx -> {
            insertMultiplier(tx.dsl(), scenario, multiplier);
            return null;
        });
    }

    @Override
    public void replaceMultipliers(ScenarioId scenario, List<DemandMultiplier> multipliers) {
        database.inTransaction(tx -> {
            replaceMultipliers(tx.dsl(), scenario, multipliers);
            return null;
        });
    }

    /** As {@link #replaceMultipliers(ScenarioId, List)} inside the caller's transaction (the importer's). */
    public static void replaceMultipliers(DSLContext dsl, ScenarioId scenario, List<DemandMultiplier> multipliers) {
        dsl.deleteFrom(DEMAND_MULTIPLIER)
                .where(DEMAND_MULTIPLIER.SCENARIO_ID.eq(scenario.value()))
                .execute();
        for (DemandMultiplier multiplier : multipliers) {
            insertMultiplier(dsl, scenario, multiplier);
        }
    }

    private static void insertMultiplier(DSLContext dsl, ScenarioId scenario, DemandMultiplier multiplier) {
        Long nodeId = null;
        if (multiplier.node() != null) {
            nodeId = dsl.select(NODE.ID)
                    .from(NODE)
                    .where(NODE.SCENARIO_ID
                            .eq(scenario.value())
                            .and(NODE.CODE.eq(multiplier.node().value())))
                    .fetchOne(NODE.ID);
            if (nodeId == null) {
                throw new IllegalArgumentException("no node " + multiplier.node() + " in scenario " + scenario);
            }
        }
        dsl.insertInto(DEMAND_MULTIPLIER)
                .set(DEMAND_MULTIPLIER.SCENARIO_ID, scenario.value())
                .set(DEMAND_MULTIPLIER.NODE_ID, nodeId)
                .set(DEMAND_MULTIPLIER.SKU_CATEGORY, multiplier.category())
                .set(DEMAND_MULTIPLIER.FACTOR, multiplier.factor())
                .set(DEMAND_MULTIPLIER.VALID_FROM, multiplier.validFrom())
                .set(DEMAND_MULTIPLIER.VALID_TO, multiplier.validTo())
                .set(DEMAND_MULTIPLIER.NOTE, multiplier.note())
                .set(
                        DEMAND_MULTIPLIER.SKU_CODE,
                        multiplier.sku() == null ? null : multiplier.sku().value())
                .set(
                        DEMAND_MULTIPLIER.ZONE_CODE,
                        multiplier.zone() == null ? null : multiplier.zone().value())
                .set(DEMAND_MULTIPLIER.AREA_WKT, DistrictWkt.write(multiplier.area()))
                .execute();
    }

    @Override
    public void clearMultipliers(ScenarioId scenario) {
        database.inTransaction(tx -> tx.dsl()
                .deleteFrom(DEMAND_MULTIPLIER)
                .where(DEMAND_MULTIPLIER.SCENARIO_ID.eq(scenario.value()))
                .execute());
    }

    private static void requireFreeName(DSLContext dsl, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (dsl.fetchExists(SCENARIO, SCENARIO.NAME.eq(name))) {
            throw new IllegalArgumentException("there is already a scenario named '" + name + "'");
        }
    }

    private static Scenario toScenario(ScenarioRecord r) {
        return new Scenario(
                ScenarioId.of(r.getId()),
                r.getName(),
                r.getParentId() == null ? null : ScenarioId.of(r.getParentId()),
                Columns.instant(r.getCreatedAt()),
                r.getNotes());
    }
}

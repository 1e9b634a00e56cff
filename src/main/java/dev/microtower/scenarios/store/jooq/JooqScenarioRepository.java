package dev.microtower.scenarios.store.jooq;

import static dev.microtower.store.jooq.Tables.DEMAND_MULTIPLIER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.PLAN_RUN;
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
import dev.microtower.store.SharedStock;
import dev.microtower.store.jooq.tables.records.ScenarioRecord;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The {@link ScenarioRepository} on jOOQ. A copy is driven by the generated table metadata ({@link
 * ScenarioCopy}), so a column a migration adds is copied without anyone listing it.
 */
public final class JooqScenarioRepository implements ScenarioRepository {
    /** The longest name the schema holds. */
    private static final int NAME_LENGTH = 120;

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
            record.setTimeZone(dsl.select(SCENARIO.TIME_ZONE)
                    .from(SCENARIO)
                    .where(SCENARIO.ID.eq(parent.value()))
                    .fetchOne(SCENARIO.TIME_ZONE));
            // the copy reads the stock rows of the scenario that holds them until either is written
            record.setStockOf(SharedStock.owner(dsl, parent.value()));
            record.insert();
            record.refresh();
            new ScenarioCopy(dsl, parent.value(), record.getId(), false).run();
            return toScenario(record);
        });
    }

    @Override
    public boolean delete(ScenarioId id) {
        if (id.isBaseline()) {
            throw new IllegalArgumentException("the baseline scenario cannot be removed");
        }
        return database.inTransaction(tx -> {
            // the scenarios reading its stock rows get their own before the rows go
            SharedStock.release(tx.dsl(), id.value());
            return tx.dsl()
                            .deleteFrom(SCENARIO)
                            .where(SCENARIO.ID.eq(id.value()))
                            .execute()
                    > 0;
        });
    }

    @Override
    public Scenario rename(ScenarioId id, String name) {
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            ScenarioRecord record = existing(dsl, id);
            String wanted = name == null ? null : name.strip();
            if (wanted != null && wanted.equals(record.getName())) {
                return toScenario(record);
            }
            requireFreeName(dsl, wanted);
            record.setName(wanted);
            record.update();
            return toScenario(record);
        });
    }

    @Override
    public Scenario setNotes(ScenarioId id, String notes) {
        return database.inTransaction(tx -> {
            ScenarioRecord record = existing(tx.dsl(), id);
            record.setNotes(notes == null || notes.isBlank() ? null : notes.strip());
            record.update();
            return toScenario(record);
        });
    }

    @Override
    public Scenario promote(ScenarioId promoted, String keptAs) {
        if (promoted.isBaseline()) {
            throw new IllegalArgumentException("the baseline is already the baseline");
        }
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            ScenarioRecord chosen = existing(dsl, promoted);
            ScenarioRecord baseline = existing(dsl, ScenarioId.BASELINE);
            requireFreeName(dsl, keptAs);
            long base = ScenarioId.BASELINE.value();
            long from = chosen.getId();
            // both scenarios hold their own stock rows, and none shares them, before rows move
            SharedStock.materialise(dsl, base);
            SharedStock.materialise(dsl, from);
            // the old baseline is kept as a scenario of its own, with its plan runs
            ScenarioRecord kept = dsl.newRecord(SCENARIO);
            kept.setName(keptAs.strip());
            kept.setNotes(baseline.getNotes());
            kept.setTimeZone(baseline.getTimeZone());
            kept.insert();
            kept.refresh();
            new ScenarioCopy(dsl, base, kept.getId(), true).run();
            movePlanRuns(dsl, base, kept.getId());
            // the baseline keeps its id (everything names it as scenario 1) and takes the content
            ScenarioCopy.clear(dsl, base);
            new ScenarioCopy(dsl, from, base, true).run();
            movePlanRuns(dsl, from, base);
            dsl.update(SCENARIO)
                    .set(SCENARIO.PARENT_ID, kept.getId())
                    .where(SCENARIO.PARENT_ID.eq(base).and(SCENARIO.ID.ne(from)))
                    .execute();
            dsl.update(SCENARIO)
                    .set(SCENARIO.PARENT_ID, base)
                    .where(SCENARIO.PARENT_ID.eq(from))
                    .execute();
            dsl.update(SCENARIO)
                    .set(SCENARIO.NOTES, chosen.getNotes() == null ? baseline.getNotes() : chosen.getNotes())
                    .set(SCENARIO.TIME_ZONE, chosen.getTimeZone())
                    .where(SCENARIO.ID.eq(base))
                    .execute();
            dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(from)).execute();
            kept.refresh();
            return toScenario(kept);
        });
    }

    private static void movePlanRuns(DSLContext dsl, long from, long to) {
        dsl.update(PLAN_RUN)
                .set(PLAN_RUN.SCENARIO_ID, to)
                .where(PLAN_RUN.SCENARIO_ID.eq(from))
                .execute();
    }

    private static ScenarioRecord existing(DSLContext dsl, ScenarioId id) {
        ScenarioRecord record = dsl.fetchOne(SCENARIO, SCENARIO.ID.eq(id.value()));
        if (record == null) {
            throw new IllegalArgumentException("there is no scenario " + id);
        }
        return record;
    }

    @Override
    public ScenarioId stockOwner(ScenarioId scenario) {
        DSLContext dsl = database.dsl();
        existing(dsl, scenario);
        return ScenarioId.of(SharedStock.owner(dsl, scenario.value()));
    }

    @Override
    public Optional<ZoneId> findTimeZone(ScenarioId scenario) {
        String stored = existing(database.dsl(), scenario).getTimeZone();
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(stored));
        } catch (DateTimeException e) {
            // a zone this Java's time-zone data does not know (a file from a newer release): guess instead
            return Optional.empty();
        }
    }

    @Override
    public void setTimeZone(ScenarioId scenario, ZoneId zone) {
        database.inTransaction(tx -> {
            ScenarioRecord record = existing(tx.dsl(), scenario);
            record.setTimeZone(zone == null ? null : zone.getId());
            record.update();
            return null;
        });
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
        if (name.strip().length() > NAME_LENGTH) {
            throw new IllegalArgumentException("a scenario's name can have at most " + NAME_LENGTH + " characters");
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

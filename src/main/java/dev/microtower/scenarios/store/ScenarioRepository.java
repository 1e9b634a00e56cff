package dev.microtower.scenarios.store;

import static dev.microtower.store.jooq.Tables.DEMAND_MULTIPLIER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SCENARIO;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.store.jooq.tables.records.ScenarioRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Scenarios and their demand multipliers. A copy duplicates every scenario-scoped row (nodes,
 * stock, zones, rules, multipliers) in one transaction; node references are re-pointed at the
 * copies by code, so the copy is independent of its parent (ADR 0002).
 */
public final class ScenarioRepository {
    private final Database database;

    public ScenarioRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /** Every scenario, the baseline first, then in creation order. */
    public List<Scenario> findAll() {
        return database.dsl().selectFrom(SCENARIO).orderBy(SCENARIO.ID).fetch(ScenarioRepository::toScenario);
    }

    public Optional<Scenario> find(ScenarioId id) {
        return database.dsl()
                .selectFrom(SCENARIO)
                .where(SCENARIO.ID.eq(id.value()))
                .fetchOptional(ScenarioRepository::toScenario);
    }

    public Optional<Scenario> findByName(String name) {
        return database.dsl()
                .selectFrom(SCENARIO)
                .where(SCENARIO.NAME.eq(name))
                .fetchOptional(ScenarioRepository::toScenario);
    }

    /** Creates an empty scenario without a parent. */
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

    /** Copies the parent's nodes, stock, zones, rules and demand multipliers into a new scenario. */
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
            long child = record.getId();
            long from = parent.value();

            copyNodes(dsl, from, child);

            // stock, zones and multipliers follow their node by code
            dsl.execute(
                    "INSERT INTO stock (scenario_id, node_id, sku_id, on_hand, reserved, in_transit, as_of) "
                            + "SELECT ?, c.id, s.sku_id, s.on_hand, s.reserved, s.in_transit, s.as_of "
                            + "FROM stock s JOIN node o ON o.id = s.node_id "
                            + "JOIN node c ON c.scenario_id = ? AND c.code = o.code WHERE s.scenario_id = ?",
                    child,
                    child,
                    from);
            dsl.execute(
                    "INSERT INTO delivery_zone (scenario_id, code, node_id, sla_tier, polygon_wkt) "
                            + "SELECT ?, z.code, c.id, z.sla_tier, z.polygon_wkt "
                            + "FROM delivery_zone z JOIN node o ON o.id = z.node_id "
                            + "JOIN node c ON c.scenario_id = ? AND c.code = o.code WHERE z.scenario_id = ?",
                    child,
                    child,
                    from);
            dsl.execute(
                    "INSERT INTO demand_multiplier (scenario_id, node_id, sku_category, factor, valid_from, valid_to, note) "
                            + "SELECT ?, c.id, m.sku_category, m.factor, m.valid_from, m.valid_to, m.note "
                            + "FROM demand_multiplier m LEFT JOIN node o ON o.id = m.node_id "
                            + "LEFT JOIN node c ON c.scenario_id = ? AND c.code = o.code WHERE m.scenario_id = ?",
                    child,
                    child,
                    from);
            dsl.execute(
                    "INSERT INTO allocation_rule (scenario_id, position, enabled, name, sku_categories, "
                            + "sku_temperature_classes, sku_abc_classes, sku_xyz_classes, sku_tags, sku_codes, "
                            + "node_types, node_sla_tiers, node_codes, node_regions, policy, min_days_cover, "
                            + "max_days_cover, service_level, max_capacity_share) "
                            + "SELECT ?, position, enabled, name, sku_categories, sku_temperature_classes, "
                            + "sku_abc_classes, sku_xyz_classes, sku_tags, sku_codes, node_types, node_sla_tiers, "
                            + "node_codes, node_regions, policy, min_days_cover, max_days_cover, service_level, "
                            + "max_capacity_share FROM allocation_rule WHERE scenario_id = ?",
                    child,
                    from);
            return toScenario(record);
        });
    }

    private static final String NODE_COLUMNS = "code, name, type, lat, lon, address, town, region, status, sla_tier, "
            + "storage_capacity_units, floor_area_m2, fixed_cost_per_day, handling_cost_per_order, lead_time_days";

    private static void copyNodes(DSLContext dsl, long from, long child) {
        String oldColumns = "o." + NODE_COLUMNS.replace(", ", ", o.");
        dsl.execute(
                "INSERT INTO node (scenario_id, " + NODE_COLUMNS + ") SELECT ?, " + oldColumns
                        + " FROM node o WHERE o.scenario_id = ? AND o.served_by_id IS NULL",
                child,
                from);
        // the schema does not let a pickup point exist without its server, even for a moment, so
        // served nodes are copied once their server's copy exists
        int copied;
        do {
            copied = dsl.execute(
                    "INSERT INTO node (scenario_id, " + NODE_COLUMNS + ", served_by_id) SELECT ?, " + oldColumns
                            + ", cs.id FROM node o JOIN node os ON os.id = o.served_by_id "
                            + "JOIN node cs ON cs.scenario_id = ? AND cs.code = os.code "
                            + "WHERE o.scenario_id = ? "
                            + "AND NOT EXISTS (SELECT 1 FROM node x WHERE x.scenario_id = ? AND x.code = o.code)",
                    child,
                    child,
                    from,
                    child);
        } while (copied > 0);
        dsl.execute(
                "UPDATE node c SET replenishment_source_id = (SELECT cr.id FROM node o "
                        + "JOIN node orr ON orr.id = o.replenishment_source_id "
                        + "JOIN node cr ON cr.scenario_id = c.scenario_id AND cr.code = orr.code "
                        + "WHERE o.scenario_id = ? AND o.code = c.code) WHERE c.scenario_id = ?",
                from,
                child);
    }

    /** Removes a scenario with everything scoped to it. The baseline cannot be removed. */
    public boolean delete(ScenarioId id) {
        if (id.isBaseline()) {
            throw new IllegalArgumentException("the baseline scenario cannot be removed");
        }
        return database.inTransaction(tx ->
                tx.dsl().deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id.value())).execute() > 0);
    }

    public List<DemandMultiplier> findMultipliers(ScenarioId scenario) {
        return database.dsl()
                .select(DEMAND_MULTIPLIER.fields())
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
                        r.get(DEMAND_MULTIPLIER.NOTE)));
    }

    public void addMultiplier(ScenarioId scenario, DemandMultiplier multiplier) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
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
                    .execute();
            return null;
        });
    }

    /** Removes every demand multiplier of the scenario. */
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

package dev.microtower.scenarios.store.jooq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.simulation.store.jooq.JooqSiteOperationsRepository;
import dev.microtower.store.Database;
import dev.microtower.store.SharedStock;
import dev.microtower.store.jooq.Public;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the scenario copy against the live schema, not against the copy's own idea of it: the
 * tables and columns come from H2's INFORMATION_SCHEMA, so a migration that adds a column (or a
 * scenario-scoped table) makes this test fail until the column is both filled here and copied.
 */
class ScenarioCopyTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    @Test
    void everyTableWithAScenarioColumnIsCopiedOrIsAResult() {
        try (Database db = Database.open(dir.resolve("db"))) {
            Set<String> scoped = new TreeSet<>(db.dsl()
                    .fetch("SELECT table_name FROM information_schema.columns "
                            + "WHERE table_schema = 'PUBLIC' AND column_name = 'SCENARIO_ID'")
                    .getValues(0, String.class));
            Set<String> handled = new TreeSet<>();
            ScenarioCopy.copiedTables().forEach(t -> handled.add(t.getName()));
            ScenarioCopy.RESULTS.forEach(t -> handled.add(t.getName()));
            assertEquals(scoped, handled);
        }
    }

    @Test
    void everyColumnOfEveryScenarioTableIsCopied() {
        try (Database db = Database.open(dir.resolve("db"))) {
            fill(db);
            Scenario copy = new JooqScenarioRepository(db).copy(BASE, "Every column");
            DSLContext dsl = db.dsl();
            for (Table<?> table : ScenarioCopy.copiedTables()) {
                List<String> columns = columns(dsl, table.getName());
                for (String column : columns) {
                    assertTrue(
                            dsl.fetchExists(dsl.selectFrom(table)
                                    .where(table.field("SCENARIO_ID", Long.class)
                                            .eq(BASE.value()))
                                    .and(table.field(column).isNotNull())),
                            "give " + table.getName() + "." + column + " a value in this test so its copy is checked");
                }
                List<String> parent = portableRows(dsl, table, columns, BASE.value());
                List<String> child = portableRows(dsl, table, columns, copy.id().value());
                assertFalse(parent.isEmpty(), table.getName() + " has rows to copy");
                assertEquals(parent, child, table.getName() + " copied with every column");
            }
        }
    }

    @Test
    void referencesThatGoRoundInACircleAreCopiedToo() {
        try (Database db = Database.open(dir.resolve("db"))) {
            NodeRepository nodes = new JooqNodeRepository(db);
            nodes.saveAll(BASE, Fixtures.nodes());
            // the DC now restocks from the MFC that it restocks: odd, but the schema allows it
            Node dc = Fixtures.dc();
            nodes.save(
                    BASE,
                    new Node(
                            dc.code(),
                            dc.name(),
                            dc.type(),
                            dc.location(),
                            dc.address(),
                            dc.town(),
                            dc.region(),
                            dc.status(),
                            dc.slaTier(),
                            dc.storageCapacityUnits(),
                            dc.floorAreaM2(),
                            dc.fixedCostPerDay(),
                            dc.handlingCostPerOrder(),
                            NodeCode.of("MFC-SF1"),
                            2.0,
                            null));
            Scenario copy = new JooqScenarioRepository(db).copy(BASE, "Circle");
            assertEquals(nodes.findAll(BASE), nodes.findAll(copy.id()));
        }
    }

    private static void fill(Database db) {
        new JooqNodeRepository(db).saveAll(BASE, Fixtures.nodes());
        Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
        new JooqStockRepository(db)
                .save(
                        BASE,
                        new StockLevel(
                                NodeCode.of("MFC-SF1"),
                                SkuCode.of("SKU-MILK"),
                                5,
                                1,
                                2,
                                Instant.parse("2026-07-01T00:00:00Z")));
        new JooqZoneRepository(db).save(BASE, Fixtures.zone());
        new JooqSiteOperationsRepository(db).save(BASE, new SiteOperations(NodeCode.of("MFC-SF1"), 300, 15.5, 2.0, 5));
        new JooqCategorySupplyRepository(db)
                .replace(
                        BASE,
                        NodeCode.of("DC-OAK"),
                        List.of(new CategorySupply(NodeCode.of("DC-OAK"), "grocery-chilled", 6.5, 14)));
        new JooqRuleRepository(db).save(BASE, Fixtures.freshRule());
        new JooqRuleRepository(db).save(BASE, Fixtures.bulkyRule());
        ScenarioRepository scenarios = new JooqScenarioRepository(db);
        scenarios.addMultiplier(
                BASE,
                new DemandMultiplier(
                        NodeCode.of("MFC-SF1"),
                        "grocery-chilled",
                        1.5,
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 7, 31),
                        "promo"));
        scenarios.addMultiplier(BASE, new DemandMultiplier(null, null, 0.9, null, null, null));
        // demand changes by SKU, by delivery zone and by drawn area
        scenarios.addMultiplier(
                BASE,
                new DemandMultiplier(
                        null, null, 1.2, null, null, null, SkuCode.of("SKU-MILK"), ZoneCode.of("Z-SF1-SD"), null));
        scenarios.addMultiplier(
                BASE,
                new DemandMultiplier(
                        null,
                        null,
                        1.1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new GeoPoint(37.7, -122.5), new GeoPoint(37.8, -122.5), new GeoPoint(37.8, -122.4))));
    }

    private static List<String> columns(DSLContext dsl, String table) {
        return dsl.fetch(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
                                + "AND table_name = ? ORDER BY ordinal_position",
                        table)
                .getValues(0, String.class);
    }

    /**
     * The rows of one scenario as text a copy must reproduce: without the generated id and the
     * scenario, and with each reference to a node written as the node's code.
     */
    private static List<String> portableRows(DSLContext dsl, Table<?> table, List<String> columns, long scenario) {
        String identity = table.getIdentity() == null
                ? null
                : table.getIdentity().getField().getName();
        Map<String, Boolean> isReference = new HashMap<>();
        ScenarioCopy.references(table).keySet().forEach(f -> isReference.put(f.getName(), true));
        List<String> rows = new ArrayList<>();
        // stock is read as the scenario reads it, its own rows or those it shares (ADR 0017)
        SharedStock.Rows stock = SharedStock.rows(dsl, scenario);
        var read = table.equals(Public.PUBLIC.STOCK)
                ? dsl.selectFrom(stock.table()).where(stock.scope())
                : dsl.selectFrom(table)
                        .where(table.field("SCENARIO_ID", Long.class).eq(scenario));
        for (Record row : read.fetch()) {
            StringBuilder text = new StringBuilder();
            for (String column : columns) {
                if (column.equals(identity) || column.equals("SCENARIO_ID")) {
                    continue;
                }
                Object value = row.get(column);
                if (value != null && isReference.containsKey(column)) {
                    value = dsl.select(Public.PUBLIC.NODE.CODE)
                            .from(Public.PUBLIC.NODE)
                            .where(Public.PUBLIC.NODE.ID.eq(((Number) value).longValue()))
                            .fetchOne(Public.PUBLIC.NODE.CODE);
                }
                text.append(column).append('=').append(value).append("; ");
            }
            rows.add(text.toString());
        }
        rows.sort(null);
        return rows;
    }
}

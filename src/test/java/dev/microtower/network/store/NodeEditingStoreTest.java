package dev.microtower.network.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeDependents;
import dev.microtower.network.domain.NodeRemoval;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write methods the window's site edits use, on a real H2 file: one node inserted, updated,
 * removed with what hangs on it and restored exactly, each in one transaction, each in its own
 * scenario only.
 */
class NodeEditingStoreTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final NodeCode DC = NodeCode.of("DC-OAK");
    private static final NodeCode MFC = NodeCode.of("MFC-SF1");

    @TempDir
    Path dir;

    private Database db;
    private NodeRepository nodes;
    private StockRepository stock;
    private ZoneRepository zones;
    private ScenarioRepository scenarios;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        nodes = new JooqNodeRepository(db);
        stock = new JooqStockRepository(db);
        zones = new JooqZoneRepository(db);
        scenarios = new JooqScenarioRepository(db);
        nodes.saveAll(BASE, Fixtures.nodes());
        Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        for (var sku : Fixtures.skus()) {
            stock.save(BASE, new StockLevel(MFC, sku.code(), 40, 5, 3, at));
            stock.save(BASE, new StockLevel(DC, sku.code(), 900, 0, 0, at));
        }
        zones.save(BASE, Fixtures.zone());
        scenarios.addMultiplier(BASE, new DemandMultiplier(MFC, "grocery-chilled", 1.3, null, null, "heat wave"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertingACodeTheScenarioHasIsRefusedAndWritesNothing() {
        Node twin = Fixtures.site("MFC-SF1", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.PLANNED, 37.7, -122.4);
        var refused = assertThrows(IllegalArgumentException.class, () -> nodes.insert(BASE, twin));
        assertTrue(refused.getMessage().contains("MFC-SF1"), refused.getMessage());
        assertEquals(Fixtures.mfc(), nodes.find(BASE, MFC).orElseThrow());
        assertEquals(3, nodes.count(BASE));
    }

    @Test
    void anUpdateCanMakeASitePickupPointAndNameItsServerAtOnce() {
        Node dc = Fixtures.dc();
        Node pickup = new Node(
                dc.code(),
                dc.name(),
                NodeType.PICKUP_POINT,
                dc.location(),
                null,
                null,
                null,
                NodeStatus.ACTIVE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                MFC);
        // the MFC names the DC as its source; a pickup point cannot be one, so drop that first
        nodes.update(BASE, Fixtures.mfc().withReplenishment(null, null));
        nodes.update(BASE, pickup);
        assertEquals(pickup, nodes.find(BASE, DC).orElseThrow());
    }

    @Test
    void removingASiteTakesItsStockZonesAndDemandChangesAndRestoringPutsBackExactlyThat() {
        ScenarioId copy = scenarios.copy(BASE, "Copy").id();
        List<StockLevel> stockBefore = stock.findAll(BASE);
        var zonesBefore = zones.findAll(BASE);
        List<Node> nodesBefore = nodes.findAll(BASE);
        // the locker is served by the MFC: it must go first
        NodeRemoval locker = nodes.remove(BASE, NodeCode.of("PUP-SF1"));
        assertEquals(0, locker.dependents().stockRows());

        NodeDependents dependents = nodes.dependents(BASE, MFC);
        assertEquals(2, dependents.stockRows());
        assertEquals(80, dependents.unitsOnHand());
        assertEquals(1, dependents.zones());
        assertEquals(1, dependents.demandChanges());
        NodeRemoval removal = nodes.remove(BASE, MFC);

        assertFalse(nodes.find(BASE, MFC).isPresent());
        assertTrue(stock.findAtNode(BASE, MFC).isEmpty());
        assertTrue(zones.findAll(BASE).isEmpty());
        assertTrue(scenarios.findMultipliers(BASE).isEmpty());
        assertEquals(nodesBefore, nodes.findAll(copy), "the copy keeps its own sites");
        assertEquals(1, scenarios.findMultipliers(copy).size());

        nodes.restore(BASE, removal);
        assertEquals(stockBefore, stock.findAll(BASE));
        assertEquals(zonesBefore, zones.findAll(BASE));
        assertEquals(1, scenarios.findMultipliers(BASE).size());
        assertEquals(
                nodesBefore.stream()
                        .filter(n -> !n.code().value().equals("PUP-SF1"))
                        .toList(),
                nodes.findAll(BASE));
    }

    @Test
    void aSiteServingAPickupPointIsNotRemovedAndNothingIsWritten() {
        var refused = assertThrows(IllegalArgumentException.class, () -> nodes.remove(BASE, MFC));
        assertTrue(refused.getMessage().contains("PUP-SF1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("choose another serving site"), refused.getMessage());
        assertEquals(Fixtures.nodes(), nodes.findAll(BASE));
        assertEquals(2, stock.findAtNode(BASE, MFC).size());
    }

    @Test
    void removingARegionalDcTakesItsVendorSupplyByCategoryAndRestoringPutsItBack() {
        var supply = new JooqCategorySupplyRepository(db);
        supply.replace(
                BASE,
                DC,
                List.of(
                        new CategorySupply(DC, "electronics", 12.5, null),
                        new CategorySupply(DC, "grocery-chilled", 1.0, 2)));
        List<CategorySupply> before = supply.findAll(BASE);
        assertEquals(2, before.size());

        NodeRemoval removal = nodes.remove(BASE, DC);
        assertEquals(2, removal.dependents().categorySupply());
        assertTrue(
                removal.dependents().describe().contains("2 vendor supply rows by category"),
                removal.dependents().describe());
        assertEquals(List.of(), supply.findAll(BASE));

        nodes.restore(BASE, removal);
        assertEquals(before, supply.findAll(BASE));
    }

    @Test
    void removingAReplenishmentSourceClearsItAndRestoringNamesItAgain() {
        NodeRemoval removal = nodes.remove(BASE, DC);
        assertEquals(List.of(MFC), removal.dependents().sitesReplenished());
        assertNull(nodes.find(BASE, MFC).orElseThrow().replenishmentSource());
        nodes.restore(BASE, removal);
        assertEquals(Fixtures.nodes(), nodes.findAll(BASE));
        assertEquals(2, stock.findAtNode(BASE, DC).size());
        assertEquals(
                new GeoPoint(37.7749, -122.2194),
                nodes.find(BASE, DC).orElseThrow().location());
    }
}

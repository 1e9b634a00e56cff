package dev.microtower.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.Importer;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.NodeRemoval;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionKind;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.store.jooq.Tables;
import dev.microtower.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy shares its parent's stock rows until either is written (ADR 0017), and is still the
 * snapshot a copy always was: every write in the parent or in the copy leaves the other's stock
 * as it was, on a real database file.
 */
class SharedStockTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final NodeCode SF1 = NodeCode.of("MFC-SF1");
    private static final NodeCode OAK = NodeCode.of("DC-OAK");
    private static final NodeCode SPARE = NodeCode.of("MFC-SPARE");
    private static final SkuCode MILK = SkuCode.of("SKU-MILK");
    private static final SkuCode TV = SkuCode.of("SKU-TV");

    @TempDir
    Path dir;

    private Database db;
    private StockRepository stock;
    private NodeRepository nodes;
    private ScenarioRepository scenarios;

    @BeforeEach
    void network() {
        db = Database.open(dir.resolve("db"));
        stock = new JooqStockRepository(db);
        nodes = new JooqNodeRepository(db);
        scenarios = new JooqScenarioRepository(db);
        nodes.saveAll(BASE, Fixtures.nodes());
        nodes.save(
                BASE,
                Fixtures.site(
                        SPARE.value(),
                        NodeType.MICRO_FULFILLMENT_CENTER,
                        dev.microtower.network.domain.SlaTier.SAME_DAY,
                        NodeStatus.ACTIVE,
                        37.77,
                        -122.42));
        Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
        Instant asOf = Instant.parse("2026-07-01T00:00:00Z");
        stock.save(BASE, new StockLevel(SF1, MILK, 50, 5, 2, asOf));
        stock.save(BASE, new StockLevel(SF1, TV, 3, 0, 0, asOf));
        stock.save(BASE, new StockLevel(OAK, MILK, 400, 0, 10, asOf));
        stock.save(BASE, new StockLevel(SPARE, MILK, 20, 0, 0, asOf));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ScenarioId copy(ScenarioId parent, String name) {
        return scenarios.copy(parent, name).id();
    }

    /** The rows a scenario holds itself, not those it reads. */
    private int ownRows(ScenarioId scenario) {
        return db.dsl().fetchCount(Tables.STOCK, Tables.STOCK.SCENARIO_ID.eq(scenario.value()));
    }

    private long onHand(ScenarioId scenario, NodeCode node, SkuCode sku) {
        return stock.find(scenario, node, sku).orElseThrow().onHand();
    }

    @Test
    void aCopyReadsItsParentsStockWithoutWritingIt() {
        List<StockLevel> parent = stock.findAll(BASE);
        ScenarioId copy = copy(BASE, "Copy");
        assertEquals(0, ownRows(copy), "the copy writes no stock rows");
        assertEquals(parent, stock.findAll(copy));
        assertEquals(parent.size(), stock.count(copy));
        assertEquals(stock.findAtNode(BASE, SF1), stock.findAtNode(copy, SF1));
        assertEquals(stock.findOfSku(BASE, MILK), stock.findOfSku(copy, MILK));
    }

    @Test
    void aStockWriteInTheParentLeavesTheCopyAsItWas() {
        ScenarioId copy = copy(BASE, "Copy");
        List<StockLevel> before = stock.findAll(copy);
        stock.addOnHand(BASE, SF1, MILK, 7);
        stock.save(BASE, new StockLevel(OAK, TV, 9, 0, 0, Instant.parse("2026-07-02T00:00:00Z")));
        assertEquals(57, onHand(BASE, SF1, MILK));
        assertEquals(before, stock.findAll(copy));
    }

    @Test
    void aStockWriteInTheCopyLeavesTheParentAsItWas() {
        List<StockLevel> before = stock.findAll(BASE);
        ScenarioId copy = copy(BASE, "Copy");
        stock.receive(copy, SF1, MILK, 2);
        assertEquals(52, onHand(copy, SF1, MILK));
        assertEquals(before.size(), stock.count(copy));
        assertEquals(before, stock.findAll(BASE));
    }

    @Test
    void acceptingATransferInTheParentLeavesTheCopyAsItWas() {
        PlanRepository plans = new JooqPlanRepository(db);
        var run = plans.save(BASE, "inputs", plan(30));
        ScenarioId copy = copy(BASE, "Copy");
        List<StockLevel> before = stock.findAll(copy);
        StoredSuggestion suggestion = plans.suggestions(run).get(0);
        plans.accept(suggestion.id());
        assertEquals(370, onHand(BASE, OAK, MILK));
        assertEquals(before, stock.findAll(copy));
    }

    @Test
    void acceptingATransferInTheCopyLeavesTheParentAsItWas() {
        PlanRepository plans = new JooqPlanRepository(db);
        ScenarioId copy = copy(BASE, "Copy");
        var run = plans.save(copy, "inputs", plan(30));
        List<StockLevel> before = stock.findAll(BASE);
        plans.accept(plans.suggestions(run).get(0).id());
        assertEquals(370, onHand(copy, OAK, MILK));
        assertEquals(32, stock.find(copy, SF1, MILK).orElseThrow().inTransit());
        assertEquals(before, stock.findAll(BASE));
    }

    @Test
    void aStockImportInTheParentLeavesTheCopyAsItWas() throws Exception {
        ScenarioId copy = copy(BASE, "Copy");
        List<StockLevel> before = stock.findAll(copy);
        new Importer(db).importPath(stockFile("MFC-SF1,SKU-MILK,99,0,0,2026-07-02T00:00:00Z"), BASE);
        assertEquals(99, onHand(BASE, SF1, MILK));
        assertEquals(before, stock.findAll(copy));
    }

    @Test
    void aStockImportInTheCopyLeavesTheParentAsItWas() throws Exception {
        List<StockLevel> before = stock.findAll(BASE);
        ScenarioId copy = copy(BASE, "Copy");
        new Importer(db).importPath(stockFile("MFC-SF1,SKU-MILK,99,0,0,2026-07-02T00:00:00Z"), copy);
        assertEquals(99, onHand(copy, SF1, MILK));
        assertEquals(400, onHand(copy, OAK, MILK));
        assertEquals(before, stock.findAll(BASE));
    }

    @Test
    void aSiteDeleteInTheParentLeavesTheCopysStockAsItWas() {
        ScenarioId copy = copy(BASE, "Copy");
        List<StockLevel> before = stock.findAll(copy);
        nodes.delete(BASE, SPARE);
        nodes.remove(BASE, OAK);
        assertTrue(stock.findAtNode(BASE, SPARE).isEmpty());
        assertEquals(before, stock.findAll(copy));
    }

    @Test
    void aSiteDeletedInTheCopyAndRestoredGetsItsStockBackAfterAParentWrite() {
        List<StockLevel> parent = stock.findAll(BASE);
        ScenarioId copy = copy(BASE, "Copy");
        List<StockLevel> before = stock.findAll(copy);
        NodeRemoval removal = nodes.remove(copy, SPARE);
        assertTrue(stock.findAtNode(copy, SPARE).isEmpty());
        assertEquals(parent, stock.findAll(BASE), "the parent keeps the site's stock");
        stock.addOnHand(BASE, SF1, MILK, 1);
        nodes.restore(copy, removal);
        assertEquals(before, stock.findAll(copy), "the undo brings back the copy's own stock at the site");
    }

    @Test
    void aCopyOfACopyKeepsItsStockWhenEitherParentIsWritten() {
        ScenarioId first = copy(BASE, "First");
        nodes.delete(first, SPARE); // the first copy now holds its own rows
        ScenarioId second = copy(first, "Second");
        assertEquals(0, ownRows(second));
        ScenarioId third = copy(second, "Third");
        assertEquals(0, ownRows(third), "a copy of a sharing copy reads the rows' owner");
        List<StockLevel> before = stock.findAll(second);
        assertEquals(before, stock.findAll(third));
        stock.addOnHand(first, SF1, MILK, 5);
        stock.addOnHand(BASE, SF1, MILK, 11);
        assertEquals(before, stock.findAll(second));
        assertEquals(before, stock.findAll(third));
        assertEquals(55, onHand(first, SF1, MILK));
    }

    @Test
    void deletingTheScenarioACopySharesFromLeavesTheCopyItsStock() {
        ScenarioId first = copy(BASE, "First");
        stock.addOnHand(first, SF1, MILK, 5); // the first copy now holds its own rows
        ScenarioId second = copy(first, "Second");
        List<StockLevel> before = stock.findAll(second);
        assertTrue(scenarios.delete(first));
        assertEquals(before, stock.findAll(second));
        assertEquals(55, onHand(second, SF1, MILK));
    }

    @Test
    void promotingASharingCopyMakesItsStockTheBaselines() {
        List<StockLevel> baseline = stock.findAll(BASE);
        ScenarioId copy = copy(BASE, "Copy");
        ScenarioId other = copy(BASE, "Other");
        nodes.delete(other, SPARE); // stays the snapshot of the old baseline
        List<StockLevel> ofOther = stock.findAll(other);
        ScenarioId kept = scenarios.promote(copy, "Old baseline").id();
        assertEquals(baseline, stock.findAll(BASE));
        assertEquals(baseline, stock.findAll(kept));
        assertEquals(ofOther, stock.findAll(other));
        stock.addOnHand(kept, SF1, MILK, 1);
        assertEquals(baseline, stock.findAll(BASE));
    }

    @Test
    void promotingACopyKeepsTheStockOfCopiesSharingTheBaseline() {
        List<StockLevel> baseline = stock.findAll(BASE);
        ScenarioId copy = copy(BASE, "Copy");
        stock.addOnHand(copy, SF1, MILK, 5);
        ScenarioId sharing = copy(BASE, "Sharing");
        scenarios.promote(copy, "Old baseline");
        assertEquals(baseline, stock.findAll(sharing));
        assertEquals(55, onHand(BASE, SF1, MILK));
    }

    @Test
    void theExportOfASharingCopyWritesTheStockFileAFullCopyWould() throws Exception {
        ScenarioId copy = copy(BASE, "Copy");
        ScenarioId full = copy(BASE, "Full");
        nodes.delete(
                full, NodeCode.of("PUP-SF1")); // a site without stock: holds its own rows now, as every copy once did
        assertEquals(stock.count(BASE), ownRows(full));
        new Exporter(db).exportCsv(dir.resolve("shared"), copy, Progress.NONE);
        new Exporter(db).exportCsv(dir.resolve("full"), full, Progress.NONE);
        String shared = Files.readString(dir.resolve("shared").resolve("stock.csv"));
        assertEquals(Files.readString(dir.resolve("full").resolve("stock.csv")), shared);
        assertTrue(shared.contains("MFC-SPARE"));
    }

    @Test
    void theDifferencesOfASharingCopyAreItsOwnChanges() {
        ScenarioService service = new ScenarioService(Stores.of(db));
        ScenarioId copy = copy(BASE, "Copy");
        assertTrue(service.differences(BASE, copy).stock().isEmpty());
        ScenarioId changed = copy(BASE, "Changed");
        stock.addOnHand(changed, SF1, MILK, 4);
        ScenarioDifferences differences = service.differences(BASE, changed);
        assertEquals(1, differences.stock().changed().size());
        assertTrue(differences.stock().added().isEmpty());
        assertTrue(differences.stock().removed().isEmpty());
        assertNotEquals(stock.findAll(BASE), stock.findAll(changed));
    }

    private Path stockFile(String row) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("import-" + System.nanoTime()));
        Files.writeString(folder.resolve("stock.csv"), "node,sku,on_hand,reserved,in_transit,as_of\n" + row + "\n");
        return folder;
    }

    private static RebalancingPlan plan(long quantity) {
        TransferSuggestion move = new TransferSuggestion(
                OAK,
                SF1,
                MILK,
                SuggestionKind.REPLENISHMENT,
                quantity,
                12.5,
                quantity * 0.125,
                "San Francisco MFC low");
        return new RebalancingPlan(
                List.of(move),
                new PlanSummary(2, 1, 1, quantity, quantity * 0.125, 1, 15, 0, quantity * 0.125, 1, 0, 1, 0, 8, 0));
    }
}

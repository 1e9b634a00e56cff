package dev.microtower.rebalancing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionKind;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.ui.framework.TestBench;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan module on a workbench without a window, its work on the immediate runner, on a real
 * database file with a stored run that proposes sending 30 units of milk from the Oakland DC (100
 * on hand, 20 reserved) to the SoMa MFC: a decision goes into the scenario's history, its undo and
 * redo show the suggestion as it now is, and an undo after the stock changed is refused.
 */
class PlanModuleTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;
    private static final NodeCode DC = Fixtures.dc().code();
    private static final NodeCode MFC = Fixtures.mfc().code();
    private static final SkuCode MILK = Fixtures.milk().code();
    private static final Instant MORNING = Instant.parse("2026-03-01T06:00:00Z");

    @TempDir
    Path dir;

    private OpenSession session;
    private StockRepository stock;
    private PlanRepository plans;
    private TestBench bench;
    private PlanModule module;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void install() throws Exception {
        Database db = Database.open(dir.resolve("db"));
        new JooqNodeRepository(db).saveAll(BASELINE, Fixtures.nodes());
        new JooqSkuRepository(db).save(Fixtures.milk());
        stock = new JooqStockRepository(db);
        stock.save(BASELINE, new StockLevel(DC, MILK, 100, 20, 0, MORNING));
        session = OpenSession.on(db);
        plans = session.get(PlanRepository.class);
        TransferSuggestion transfer = new TransferSuggestion(
                DC, MFC, MILK, SuggestionKind.REPLENISHMENT, 30, 12.5, 3.75, "SoMa MFC: 1.2 days of cover");
        plans.save(
                BASELINE,
                "3 sites, 1 SKU",
                new RebalancingPlan(
                        List.of(transfer), new PlanSummary(3, 1, 1, 30, 3.75, 1, 15, 0, 3.75, 1, 0, 1, 0, 8, 0)));
        onFx(() -> {
            bench = new TestBench();
            NetworkModel network = new NetworkModel();
            network.set(Fixtures.nodes(), List.of(Fixtures.milk()));
            bench.provide(NetworkModel.class, network);
            module = new PlanModule();
            module.install(bench);
            bench.openSession().set(session);
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> onFx(() -> module.model().runProperty().get() != null));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anAcceptedTransferIsUndoneAndRedoneAndTheDrawerFollows() throws Exception {
        accept();
        assertEquals(List.of(70L, 30L), levels());

        onFx(() -> {
            bench.history().undo();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> row().proposed()));
        assertEquals(List.of(100L, 0L), levels());
        assertEquals(SuggestionStatus.PROPOSED, stored().status());
        assertFalse(onFx(() -> module.model().runProperty().get().decided()), "the run is open again");

        onFx(() -> {
            bench.history().redo();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> row().accepted()));
        assertEquals(List.of(70L, 30L), levels());
        assertTrue(onFx(() -> module.model().runProperty().get().decided()));
        assertEquals(List.of(), bench.told);
    }

    @Test
    void anUndoOfAnAcceptedTransferAfterTheStockChangedIsRefusedAndTheDataStays() throws Exception {
        accept();
        // an import of stock: the DC counted 5 units more
        stock.save(BASELINE, new StockLevel(DC, MILK, 75, 20, 0, MORNING));

        onFx(() -> {
            bench.changes().publish(BASELINE, Set.of(DataKind.STOCK));
            bench.history().undo();
            return null;
        });

        assertEquals(1, bench.told.size(), bench.told.toString());
        assertTrue(
                bench.told
                        .get(0)
                        .startsWith("Cannot undo acceptance of " + MILK + " to " + MFC + ": The stock changed"),
                bench.told.get(0));
        assertEquals(List.of(75L, 30L), levels(), "the imported stock and the transfer stay");
        assertEquals(SuggestionStatus.ACCEPTED, stored().status());
        assertTrue(onFx(() -> row().accepted()));
        assertEquals(0, onFx(() -> bench.history().undoCount()), "the refused edit is off the list");
    }

    private void accept() throws Exception {
        onFx(() -> module.controller().accept(List.of(row())));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> bench.history().undoCount(BASELINE) == 1));
        assertTrue(onFx(() -> row().accepted()));
        assertEquals(SuggestionStatus.ACCEPTED, stored().status());
        assertTrue(onFx(() -> bench.changes().version(BASELINE, DataKind.STOCK)) > 0, "the history published it");
    }

    private SuggestionRow row() {
        return module.table().rows().get(0);
    }

    private StoredSuggestion stored() {
        return plans.suggestions(plans.runs(BASELINE).get(0).id()).get(0);
    }

    /** The DC's units on hand and the MFC's units in transit. */
    private List<Long> levels() {
        return List.of(
                stock.find(BASELINE, DC, MILK).orElseThrow().onHand(),
                stock.find(BASELINE, MFC, MILK).map(StockLevel::inTransit).orElse(0L));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}

package dev.microtower.rebalancing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionKind;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions on suggestions as an edit command, on a real database file and without a toolkit: the
 * Oakland DC has 100 units of milk, 20 reserved, and a stored run proposes sending 30 and 10 of them
 * to the SoMa MFC.
 */
class DecisionEditTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;
    private static final NodeCode DC = Fixtures.dc().code();
    private static final NodeCode MFC = Fixtures.mfc().code();
    private static final SkuCode MILK = Fixtures.milk().code();
    private static final Instant MORNING = Instant.parse("2026-03-01T06:00:00Z");

    @TempDir
    Path dir;

    private OpenSession session;
    private RebalancingService service;
    private PlanRepository plans;
    private StockRepository stock;
    private List<StoredSuggestion> proposed;

    @BeforeEach
    void aStoredRun() {
        Database db = Database.open(dir.resolve("db"));
        new JooqNodeRepository(db).saveAll(BASELINE, Fixtures.nodes());
        new JooqSkuRepository(db).save(Fixtures.milk());
        stock = new JooqStockRepository(db);
        stock.save(BASELINE, new StockLevel(DC, MILK, 100, 20, 0, MORNING));
        session = OpenSession.on(db);
        service = session.get(RebalancingService.class);
        plans = session.get(PlanRepository.class);
        PlanRunId run = plans.save(BASELINE, "3 sites, 1 SKU", plan(30, 10));
        proposed = plans.suggestions(run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void revertingAnAcceptedTransferPutsItsStockBackAndApplyingSendsItAgain() throws Exception {
        StoredSuggestion first = proposed.get(0);
        DecisionEdit edit = new DecisionEdit(BASELINE, service, decide(List.of(first.id()), PlanRepository::accept));
        assertEquals(List.of(70L, 30L), levels());

        edit.revert();
        assertEquals(List.of(100L, 0L), levels());
        assertEquals(SuggestionStatus.PROPOSED, now(first).status());
        assertEquals(30, now(first).suggestion().quantity());

        edit.apply();
        assertEquals(List.of(70L, 30L), levels());
        assertEquals(SuggestionStatus.ACCEPTED, now(first).status());

        assertEquals(Set.of(DataKind.STOCK, DataKind.PLANS), edit.touches());
        assertEquals(BASELINE, edit.scenario());
        assertEquals("acceptance of " + MILK + " to " + MFC, edit.description());
    }

    @Test
    void anEditedQuantityIsSentAgainWithTheQuantityItWasAcceptedWith() throws Exception {
        StoredSuggestion second = proposed.get(1);
        DecisionEdit edit = new DecisionEdit(
                BASELINE, service, decide(List.of(second.id()), (repository, id) -> repository.acceptEdited(id, 4)));

        edit.revert();
        assertEquals(10, now(second).suggestion().quantity(), "proposed again with the proposed quantity");
        assertEquals(List.of(100L, 0L), levels());
        edit.apply();

        assertEquals(SuggestionStatus.EDITED, now(second).status());
        assertEquals(4, now(second).suggestion().quantity());
        assertEquals(List.of(96L, 4L), levels());
    }

    @Test
    void aRejectionRevertsWithoutMovingStock() throws Exception {
        DecisionEdit edit = new DecisionEdit(BASELINE, service, decide(ids(), PlanRepository::reject));
        assertEquals("rejection of 2 suggestions", edit.description());

        edit.revert();
        assertTrue(proposed.stream().allMatch(s -> now(s).status() == SuggestionStatus.PROPOSED));
        assertEquals(List.of(100L, 0L), levels());
        edit.apply();
        assertTrue(proposed.stream().allMatch(s -> now(s).status() == SuggestionStatus.REJECTED));
        assertEquals(List.of(100L, 0L), levels());
    }

    @Test
    void aBatchIsRevertedWhollyOrNotAtAll() throws Exception {
        DecisionEdit edit = new DecisionEdit(BASELINE, service, decide(ids(), PlanRepository::accept));
        assertEquals(List.of(60L, 40L), levels());
        // 28 of the 40 units arrived: the newer transfer of 10 could go back, the older of 30 cannot
        stock.save(BASELINE, new StockLevel(MFC, MILK, 28, 0, 12, MORNING));

        DatabaseException refused = assertThrows(DatabaseException.class, edit::revert);

        assertTrue(refused.getMessage().contains("no longer has 30 units"), refused.getMessage());
        assertTrue(proposed.stream().allMatch(s -> now(s).status() == SuggestionStatus.ACCEPTED));
        assertEquals(60L, level(DC).onHand(), "the transfer of 10 did not go back alone");
        assertEquals(12L, level(MFC).inTransit());
    }

    @Test
    void aBatchIsAppliedAgainWhollyOrNotAtAll() throws Exception {
        DecisionEdit edit = new DecisionEdit(BASELINE, service, decide(ids(), PlanRepository::accept));
        edit.revert();
        // an import leaves the DC with 35 units free: enough for the first transfer, not for both
        stock.save(BASELINE, new StockLevel(DC, MILK, 55, 20, 0, MORNING));

        DatabaseException refused = assertThrows(DatabaseException.class, edit::apply);

        assertTrue(refused.getMessage().contains("only 5 units"), refused.getMessage());
        assertTrue(proposed.stream().allMatch(s -> now(s).status() == SuggestionStatus.PROPOSED));
        assertEquals(List.of(55L, 0L), levels());
    }

    private List<StoredSuggestion> decide(List<Long> ids, RebalancingService.Decision decision) {
        RebalancingService.Decided outcome = service.decide(ids, decision, Progress.NONE, Cancellation.none());
        assertEquals(List.of(), outcome.refused());
        return outcome.decided();
    }

    private List<Long> ids() {
        return proposed.stream().map(StoredSuggestion::id).toList();
    }

    private StoredSuggestion now(StoredSuggestion s) {
        return plans.suggestions(s.run()).stream()
                .filter(x -> x.id() == s.id())
                .findFirst()
                .orElseThrow();
    }

    private StockLevel level(NodeCode node) {
        return stock.find(BASELINE, node, MILK).orElse(new StockLevel(node, MILK, 0, 0, 0, MORNING));
    }

    /** The DC's units on hand and the MFC's units in transit. */
    private List<Long> levels() {
        return List.of(level(DC).onHand(), level(MFC).inTransit());
    }

    private static RebalancingPlan plan(long... quantities) {
        List<TransferSuggestion> suggestions = Arrays.stream(quantities)
                .mapToObj(q -> new TransferSuggestion(
                        DC, MFC, MILK, SuggestionKind.REPLENISHMENT, q, 12.5, q * 0.125, "SoMa MFC: 1.2 days of cover"))
                .toList();
        long units = Arrays.stream(quantities).sum();
        return new RebalancingPlan(
                suggestions,
                new PlanSummary(
                        3, 1, quantities.length, units, units * 0.125, 1, 15, 0, units * 0.125, 1, 0, 1, 0, 8, 0));
    }
}

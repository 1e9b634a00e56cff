package dev.microtower.rebalancing.store;

import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SKU;
import static dev.microtower.store.jooq.Tables.STOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionKind;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRepositoryTest {
    @TempDir
    Path dir;

    private Database db;
    private PlanRepository repository;
    private long dc;
    private long oak;
    private long milk;

    @BeforeEach
    void network() {
        db = Database.open(dir.resolve("plans"));
        repository = new JooqPlanRepository(db);
        var dsl = db.dsl();
        dc = node("DC", "REGIONAL_DC");
        oak = node("OAK", "MICRO_FULFILLMENT_CENTER");
        milk = dsl.insertInto(SKU)
                .set(SKU.CODE, "MILK")
                .set(SKU.NAME, "Milk 1 l")
                .set(SKU.CATEGORY, "dairy")
                .set(SKU.UNIT_VOLUME_L, 1.0)
                .set(SKU.UNIT_WEIGHT_KG, 1.0)
                .set(SKU.UNIT_COST, BigDecimal.ONE)
                .returning(SKU.ID)
                .fetchOne()
                .getId();
        dsl.insertInto(STOCK)
                .set(STOCK.SCENARIO_ID, 1L)
                .set(STOCK.NODE_ID, dc)
                .set(STOCK.SKU_ID, milk)
                .set(STOCK.ON_HAND, 100L)
                .set(STOCK.RESERVED, 20L)
                .set(STOCK.IN_TRANSIT, 0L)
                .set(STOCK.AS_OF, OffsetDateTime.parse("2026-03-01T06:00:00Z"))
                .execute();
    }

    private long node(String code, String type) {
        return db.dsl()
                .insertInto(NODE)
                .set(NODE.SCENARIO_ID, 1L)
                .set(NODE.CODE, code)
                .set(NODE.NAME, code)
                .set(NODE.TYPE, type)
                .set(NODE.LAT, 37.8)
                .set(NODE.LON, -122.2)
                .returning(NODE.ID)
                .fetchOne()
                .getId();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static RebalancingPlan plan(long... quantities) {
        List<TransferSuggestion> suggestions = java.util.Arrays.stream(quantities)
                .mapToObj(q -> new TransferSuggestion(
                        NodeCode.of("DC"),
                        NodeCode.of("OAK"),
                        SkuCode.of("MILK"),
                        SuggestionKind.REPLENISHMENT,
                        q,
                        12.5,
                        q * 0.125,
                        "Oakland MFC: 1.2 days of cover vs 3.0 target"))
                .toList();
        long units = java.util.Arrays.stream(quantities).sum();
        return new RebalancingPlan(
                suggestions,
                new PlanSummary(
                        2, 1, quantities.length, units, units * 0.125, 1, 15, 0, units * 0.125, 1, 0, 1, 0, 8, 0));
    }

    private long[] stock(long node) {
        var r = db.dsl()
                .selectFrom(STOCK)
                .where(STOCK.NODE_ID.eq(node))
                .and(STOCK.SKU_ID.eq(milk))
                .fetchOne();
        return r == null ? null : new long[] {r.getOnHand(), r.getReserved(), r.getInTransit()};
    }

    @Test
    void aStoredRunReadsBackWithItsSummaryAndProposedSuggestions() {
        PlanRunId id = repository.save(ScenarioId.BASELINE, "2 nodes, 1 SKU", plan(30, 10));
        List<PlanRun> runs = repository.runs(ScenarioId.BASELINE);
        assertEquals(1, runs.size());
        assertEquals(id, runs.get(0).id());
        assertEquals("2 nodes, 1 SKU", runs.get(0).inputsSummary());
        assertEquals(40, runs.get(0).summary().unitsMoved());
        assertFalse(runs.get(0).decided());
        List<StoredSuggestion> s = repository.suggestions(id);
        assertEquals(
                List.of(30L, 10L),
                s.stream().map(x -> x.suggestion().quantity()).toList());
        assertTrue(s.stream().allMatch(x -> x.status() == SuggestionStatus.PROPOSED));
        assertEquals(
                "Oakland MFC: 1.2 days of cover vs 3.0 target",
                s.get(0).suggestion().reason());
    }

    @Test
    void acceptingTakesTheUnitsFromTheSourceOnHandAndPutsThemInTransitAtTheDestination() {
        PlanRunId id = repository.save(ScenarioId.BASELINE, "inputs", plan(30, 10, 5));
        List<StoredSuggestion> s = repository.suggestions(id);
        assertEquals(SuggestionStatus.ACCEPTED, repository.accept(s.get(0).id()).status());
        assertEquals(List.of(70L, 20L, 0L), List.of(stock(dc)[0], stock(dc)[1], stock(dc)[2]));
        assertEquals(30L, stock(oak)[2]);

        StoredSuggestion edited = repository.acceptEdited(s.get(1).id(), 4);
        assertEquals(SuggestionStatus.EDITED, edited.status());
        assertEquals(4, edited.suggestion().quantity());
        assertEquals(10, edited.proposedQuantity());
        assertEquals(66L, stock(dc)[0]);
        assertEquals(34L, stock(oak)[2]);

        assertEquals(SuggestionStatus.REJECTED, repository.reject(s.get(2).id()).status());
        assertEquals(66L, stock(dc)[0]);
        assertTrue(repository.runs(ScenarioId.BASELINE).get(0).decided());
    }

    @Test
    void aSuggestionIsDecidedOnlyOnceAndNeverShipsMoreThanTheSourceHasFree() {
        PlanRunId id = repository.save(ScenarioId.BASELINE, "inputs", plan(90, 10));
        List<StoredSuggestion> s = repository.suggestions(id);
        DatabaseException tooMuch = assertThrows(
                DatabaseException.class, () -> repository.accept(s.get(0).id()));
        assertTrue(tooMuch.getMessage().contains("only 80 units of MILK free"), tooMuch.getMessage());
        assertEquals(100L, stock(dc)[0]);
        assertEquals(null, stock(oak));
        assertEquals(
                SuggestionStatus.PROPOSED, repository.suggestions(id).get(0).status());

        repository.accept(s.get(1).id());
        DatabaseException twice = assertThrows(
                DatabaseException.class, () -> repository.accept(s.get(1).id()));
        assertTrue(twice.getMessage().contains("already accepted"), twice.getMessage());
        assertEquals(90L, stock(dc)[0]);
    }

    @Test
    void reopeningADecisionPutsTheStockBackAndTheSuggestionProposedAgain() {
        PlanRunId id = repository.save(ScenarioId.BASELINE, "inputs", plan(30, 10));
        List<StoredSuggestion> s = repository.suggestions(id);
        repository.acceptEdited(s.get(0).id(), 12);
        repository.reject(s.get(1).id());
        assertTrue(repository.runs(ScenarioId.BASELINE).get(0).decided());

        StoredSuggestion reopened = repository.reopen(s.get(0).id());
        assertEquals(SuggestionStatus.PROPOSED, reopened.status());
        assertEquals(30, reopened.suggestion().quantity());
        assertEquals(List.of(100L, 20L, 0L), List.of(stock(dc)[0], stock(dc)[1], stock(dc)[2]));
        assertEquals(0L, stock(oak)[2]);
        assertEquals(SuggestionStatus.PROPOSED, repository.reopen(s.get(1).id()).status());
        assertFalse(repository.runs(ScenarioId.BASELINE).get(0).decided());

        repository.accept(s.get(1).id());
        db.dsl()
                .update(STOCK)
                .set(STOCK.IN_TRANSIT, 4L)
                .where(STOCK.NODE_ID.eq(oak))
                .execute();
        DatabaseException arrived = assertThrows(
                DatabaseException.class, () -> repository.reopen(s.get(1).id()));
        assertTrue(arrived.getMessage().contains("no longer has 10 units"), arrived.getMessage());
        assertEquals(90L, stock(dc)[0]);
        assertEquals(
                SuggestionStatus.ACCEPTED, repository.suggestions(id).get(1).status());
    }
}

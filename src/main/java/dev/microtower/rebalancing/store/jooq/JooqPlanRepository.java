package dev.microtower.rebalancing.store.jooq;

import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.PLAN_RUN;
import static dev.microtower.store.jooq.Tables.PLAN_SUGGESTION;
import static dev.microtower.store.jooq.Tables.SKU;
import static dev.microtower.store.jooq.Tables.STOCK;

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
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import dev.microtower.store.SharedStock;
import dev.microtower.store.jooq.tables.records.PlanRunRecord;
import dev.microtower.store.jooq.tables.records.PlanSuggestionRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The {@link PlanRepository} on jOOQ. A decision locks its suggestion and the source's stock row
 * before it moves units, so two decisions cannot send the same units twice; times come from the
 * clock given (the system clock unless a test pins one).
 */
public final class JooqPlanRepository implements PlanRepository {
    private final Database database;
    private final Clock clock;

    public JooqPlanRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public JooqPlanRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public PlanRunId save(ScenarioId scenario, String inputsSummary, RebalancingPlan plan) {
        return database.inTransaction(cfg -> {
            DSLContext dsl = DSL.using(cfg);
            PlanSummary s = plan.summary();
            PlanRunRecord run = dsl.newRecord(PLAN_RUN);
            run.setScenarioId(scenario.value());
            run.setCreatedAt(now());
            run.setStatus(plan.suggestions().isEmpty() ? "DECIDED" : "OPEN");
            run.setInputsSummary(truncate(inputsSummary, 4000));
            run.setNodes(s.nodes());
            run.setSkus(s.skus());
            run.setSuggestions(s.suggestions());
            run.setUnitsMoved(s.unitsMoved());
            run.setTransportCost(s.transportCost());
            run.setShipments(s.shipments());
            run.setFixedCostPerShipment(s.fixedCostPerShipment());
            run.setShortageCost(s.shortagePenaltyCost());
            run.setExactTransportCost(s.exactTransportCost());
            run.setExactShipments(s.exactShipments());
            run.setExactShortageCost(s.exactShortagePenaltyCost());
            run.setStockoutsBefore(s.stockoutsBefore());
            run.setStockoutsAfter(s.stockoutsAfter());
            run.setUnitsShortBefore(s.unitsShortBefore());
            run.setUnitsShortAfter(s.unitsShortAfter());
            PlanSummary.Money m = s.money();
            run.setAmbientPerUnitKm(m.ambientPerUnitKm());
            run.setChilledPerUnitKm(m.chilledPerUnitKm());
            run.setFrozenPerUnitKm(m.frozenPerUnitKm());
            run.setLostSaleBasis(m.lostSaleBasis());
            run.setHoldingRatePerYear(m.holdingRatePerYear());
            run.setLostSalesBefore(m.lostSalesBefore());
            run.setLostSalesAfter(m.lostSalesAfter());
            run.setLostSaleCostBefore(m.lostSaleCostBefore());
            run.setLostSaleCostAfter(m.lostSaleCostAfter());
            run.setHoldingCostPerWeek(m.holdingCostPerWeek());
            run.store();
            long runId = run.getId();
            if (!plan.suggestions().isEmpty()) {
                // one statement prepared once and run as a JDBC batch: the single insert of every
                // row (2,943 on the demo, 35,000 values) was rendered and parsed whole each time
                var batch = dsl.batch(dsl.insertInto(
                                PLAN_SUGGESTION,
                                PLAN_SUGGESTION.PLAN_RUN_ID,
                                PLAN_SUGGESTION.POSITION,
                                PLAN_SUGGESTION.FROM_NODE,
                                PLAN_SUGGESTION.TO_NODE,
                                PLAN_SUGGESTION.SKU,
                                PLAN_SUGGESTION.KIND,
                                PLAN_SUGGESTION.PROPOSED_QUANTITY,
                                PLAN_SUGGESTION.QUANTITY,
                                PLAN_SUGGESTION.DISTANCE_KM,
                                PLAN_SUGGESTION.COST,
                                PLAN_SUGGESTION.REASON,
                                PLAN_SUGGESTION.STATUS)
                        .values(java.util.Collections.nCopies(12, null)));
                int position = 0;
                for (TransferSuggestion t : plan.suggestions()) {
                    batch = batch.bind(
                            runId,
                            position++,
                            t.from().value(),
                            t.to().value(),
                            t.sku().value(),
                            t.kind().name(),
                            t.quantity(),
                            t.quantity(),
                            t.distanceKm(),
                            t.cost(),
                            truncate(t.reason(), 2000),
                            SuggestionStatus.PROPOSED.name());
                }
                batch.execute();
            }
            return new PlanRunId(runId);
        });
    }

    @Override
    public List<PlanRun> runs(ScenarioId scenario) {
        return database.dsl()
                .selectFrom(PLAN_RUN)
                .where(PLAN_RUN.SCENARIO_ID.eq(scenario.value()))
                .orderBy(PLAN_RUN.CREATED_AT.desc(), PLAN_RUN.ID.desc())
                .fetch(JooqPlanRepository::toRun);
    }

    @Override
    public List<StoredSuggestion> suggestions(PlanRunId run) {
        return database.dsl()
                .selectFrom(PLAN_SUGGESTION)
                .where(PLAN_SUGGESTION.PLAN_RUN_ID.eq(run.value()))
                .orderBy(PLAN_SUGGESTION.POSITION)
                .fetch(JooqPlanRepository::toSuggestion);
    }

    @Override
    public StoredSuggestion accept(long suggestionId) {
        return decide(suggestionId, null, SuggestionStatus.ACCEPTED);
    }

    @Override
    public StoredSuggestion acceptEdited(long suggestionId, long quantity) {
        if (quantity <= 0) {
            throw new DatabaseException("an edited quantity must be positive, not " + quantity, null);
        }
        return decide(suggestionId, quantity, SuggestionStatus.EDITED);
    }

    @Override
    public StoredSuggestion reject(long suggestionId) {
        return decide(suggestionId, null, SuggestionStatus.REJECTED);
    }

    @Override
    public StoredSuggestion reopen(long suggestionId) {
        return database.inTransaction(cfg -> reopen(DSL.using(cfg), suggestionId));
    }

    @Override
    public List<StoredSuggestion> reopenAll(List<Long> suggestionIds) {
        return database.inTransaction(cfg -> {
            DSLContext dsl = DSL.using(cfg);
            List<StoredSuggestion> reopened = new ArrayList<>(suggestionIds.size());
            for (long id : suggestionIds) {
                reopened.add(reopen(dsl, id));
            }
            return reopened;
        });
    }

    @Override
    public List<StoredSuggestion> decideAgain(List<StoredSuggestion> decisions) {
        return database.inTransaction(cfg -> {
            DSLContext dsl = DSL.using(cfg);
            List<StoredSuggestion> again = new ArrayList<>(decisions.size());
            for (StoredSuggestion d : decisions) {
                again.add(
                        switch (d.status()) {
                            case ACCEPTED -> decide(dsl, d.id(), null, SuggestionStatus.ACCEPTED);
                            case EDITED -> decide(dsl, d.id(), d.suggestion().quantity(), SuggestionStatus.EDITED);
                            case REJECTED -> decide(dsl, d.id(), null, SuggestionStatus.REJECTED);
                            case PROPOSED -> d;
                        });
            }
            return again;
        });
    }

    private StoredSuggestion reopen(DSLContext dsl, long suggestionId) {
        PlanSuggestionRecord s = dsl.selectFrom(PLAN_SUGGESTION)
                .where(PLAN_SUGGESTION.ID.eq(suggestionId))
                .forUpdate()
                .fetchOne();
        if (s == null) {
            throw new DatabaseException("there is no suggestion " + suggestionId, null);
        }
        SuggestionStatus was = SuggestionStatus.valueOf(s.getStatus());
        if (was == SuggestionStatus.PROPOSED) {
            throw new DatabaseException("suggestion " + suggestionId + " is not decided", null);
        }
        if (was != SuggestionStatus.REJECTED) {
            returnStock(dsl, lane(dsl, s), s, s.getQuantity());
        }
        s.setQuantity(s.getProposedQuantity());
        s.setStatus(SuggestionStatus.PROPOSED.name());
        s.setDecidedAt(null);
        s.store();
        dsl.update(PLAN_RUN)
                .set(PLAN_RUN.STATUS, "OPEN")
                .where(PLAN_RUN.ID.eq(s.getPlanRunId()))
                .execute();
        return toSuggestion(s);
    }

    /** The database ids a suggestion's stock moves between: its run's scenario, both nodes, the SKU. */
    private record Lane(long scenario, long from, long to, long sku) {}

    private Lane lane(DSLContext dsl, PlanSuggestionRecord s) {
        long scenario = dsl.select(PLAN_RUN.SCENARIO_ID)
                .from(PLAN_RUN)
                .where(PLAN_RUN.ID.eq(s.getPlanRunId()))
                .fetchSingle(PLAN_RUN.SCENARIO_ID);
        Long from = nodeId(dsl, scenario, s.getFromNode());
        Long to = nodeId(dsl, scenario, s.getToNode());
        Long sku = dsl.select(SKU.ID).from(SKU).where(SKU.CODE.eq(s.getSku())).fetchOne(SKU.ID);
        if (sku == null) {
            throw new DatabaseException("SKU " + s.getSku() + " no longer exists", null);
        }
        return new Lane(scenario, from, to, sku);
    }

    private void returnStock(DSLContext dsl, Lane lane, PlanSuggestionRecord s, long quantity) {
        // the scenario and those sharing its stock rows hold their own before the rows change (ADR 0017)
        SharedStock.materialise(dsl, lane.scenario());
        long from = lane.from(), to = lane.to();
        long sku = lane.sku();
        int taken = dsl.update(STOCK)
                .set(STOCK.IN_TRANSIT, STOCK.IN_TRANSIT.minus(quantity))
                .set(STOCK.AS_OF, now())
                .where(STOCK.NODE_ID.eq(to))
                .and(STOCK.SKU_ID.eq(sku))
                .and(STOCK.IN_TRANSIT.ge(quantity))
                .execute();
        if (taken == 0) {
            throw new DatabaseException(
                    "node " + s.getToNode() + " no longer has " + quantity + " units of " + s.getSku()
                            + " in transit: the transfer cannot be taken back",
                    null);
        }
        int given = dsl.update(STOCK)
                .set(STOCK.ON_HAND, STOCK.ON_HAND.plus(quantity))
                .set(STOCK.AS_OF, now())
                .where(STOCK.NODE_ID.eq(from))
                .and(STOCK.SKU_ID.eq(sku))
                .execute();
        if (given == 0) {
            throw new DatabaseException("node " + s.getFromNode() + " has no stock row of " + s.getSku(), null);
        }
    }

    private StoredSuggestion decide(long suggestionId, Long editedQuantity, SuggestionStatus status) {
        return database.inTransaction(cfg -> decide(DSL.using(cfg), suggestionId, editedQuantity, status));
    }

    private StoredSuggestion decide(DSLContext dsl, long suggestionId, Long editedQuantity, SuggestionStatus status) {
        PlanSuggestionRecord s = dsl.selectFrom(PLAN_SUGGESTION)
                .where(PLAN_SUGGESTION.ID.eq(suggestionId))
                .forUpdate()
                .fetchOne();
        if (s == null) {
            throw new DatabaseException("there is no suggestion " + suggestionId, null);
        }
        if (!SuggestionStatus.PROPOSED.name().equals(s.getStatus())) {
            throw new DatabaseException(
                    "suggestion " + suggestionId + " was already "
                            + s.getStatus().toLowerCase(Locale.ROOT),
                    null);
        }
        long quantity = editedQuantity != null ? editedQuantity : s.getQuantity();
        if (status != SuggestionStatus.REJECTED) {
            moveStock(dsl, lane(dsl, s), s, quantity);
        }
        s.setQuantity(quantity);
        s.setStatus(status.name());
        s.setDecidedAt(now());
        s.store();
        boolean open = dsl.fetchExists(dsl.selectOne()
                .from(PLAN_SUGGESTION)
                .where(PLAN_SUGGESTION.PLAN_RUN_ID.eq(s.getPlanRunId()))
                .and(PLAN_SUGGESTION.STATUS.eq(SuggestionStatus.PROPOSED.name())));
        dsl.update(PLAN_RUN)
                .set(PLAN_RUN.STATUS, open ? "OPEN" : "DECIDED")
                .where(PLAN_RUN.ID.eq(s.getPlanRunId()))
                .execute();
        return toSuggestion(s);
    }

    private void moveStock(DSLContext dsl, Lane lane, PlanSuggestionRecord s, long quantity) {
        // the scenario and those sharing its stock rows hold their own before the rows change (ADR 0017)
        SharedStock.materialise(dsl, lane.scenario());
        long from = lane.from(), to = lane.to();
        long sku = lane.sku();
        var source = dsl.selectFrom(STOCK)
                .where(STOCK.NODE_ID.eq(from))
                .and(STOCK.SKU_ID.eq(sku))
                .forUpdate()
                .fetchOne();
        long free = source == null ? 0 : source.getOnHand() - source.getReserved();
        if (free < quantity) {
            throw new DatabaseException(
                    "node " + s.getFromNode() + " has only " + Math.max(0, free) + " units of " + s.getSku()
                            + " free, cannot send " + quantity,
                    null);
        }
        source.setOnHand(source.getOnHand() - quantity);
        source.setAsOf(now());
        source.store();
        int updated = dsl.update(STOCK)
                .set(STOCK.IN_TRANSIT, STOCK.IN_TRANSIT.plus(quantity))
                .set(STOCK.AS_OF, now())
                .where(STOCK.NODE_ID.eq(to))
                .and(STOCK.SKU_ID.eq(sku))
                .execute();
        if (updated == 0) {
            dsl.insertInto(STOCK)
                    .set(STOCK.SCENARIO_ID, lane.scenario())
                    .set(STOCK.NODE_ID, to)
                    .set(STOCK.SKU_ID, sku)
                    .set(STOCK.ON_HAND, 0L)
                    .set(STOCK.RESERVED, 0L)
                    .set(STOCK.IN_TRANSIT, quantity)
                    .set(STOCK.AS_OF, now())
                    .execute();
        }
    }

    private static Long nodeId(DSLContext dsl, long scenario, String code) {
        Long id = dsl.select(NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario))
                .and(NODE.CODE.eq(code))
                .fetchOne(NODE.ID);
        if (id == null) {
            throw new DatabaseException("node " + code + " is no longer in the scenario", null);
        }
        return id;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static PlanRun toRun(PlanRunRecord r) {
        PlanSummary s = new PlanSummary(
                r.getNodes(),
                r.getSkus(),
                r.getSuggestions(),
                r.getUnitsMoved(),
                r.getTransportCost(),
                r.getShipments(),
                r.getFixedCostPerShipment(),
                r.getShortageCost(),
                r.getExactTransportCost(),
                r.getExactShipments(),
                r.getExactShortageCost(),
                r.getStockoutsBefore(),
                r.getStockoutsAfter(),
                r.getUnitsShortBefore(),
                r.getUnitsShortAfter(),
                new PlanSummary.Money(
                        r.getAmbientPerUnitKm(),
                        r.getChilledPerUnitKm(),
                        r.getFrozenPerUnitKm(),
                        r.getLostSaleBasis(),
                        r.getHoldingRatePerYear(),
                        r.getLostSalesBefore(),
                        r.getLostSalesAfter(),
                        r.getLostSaleCostBefore(),
                        r.getLostSaleCostAfter(),
                        r.getHoldingCostPerWeek()));
        return new PlanRun(
                new PlanRunId(r.getId()),
                ScenarioId.of(r.getScenarioId()),
                r.getCreatedAt().toInstant(),
                r.getInputsSummary(),
                "DECIDED".equals(r.getStatus()),
                s);
    }

    private static StoredSuggestion toSuggestion(PlanSuggestionRecord r) {
        TransferSuggestion t = new TransferSuggestion(
                NodeCode.of(r.getFromNode()),
                NodeCode.of(r.getToNode()),
                SkuCode.of(r.getSku()),
                SuggestionKind.valueOf(r.getKind()),
                r.getQuantity(),
                r.getDistanceKm(),
                r.getCost(),
                r.getReason());
        return new StoredSuggestion(
                r.getId(),
                new PlanRunId(r.getPlanRunId()),
                t,
                r.getProposedQuantity(),
                SuggestionStatus.valueOf(r.getStatus()));
    }
}

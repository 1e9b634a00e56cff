package dev.microtower.simulation.store.jooq;

import static dev.microtower.store.jooq.Tables.NODE;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.store.SiteOperationsRepository;
import dev.microtower.store.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The {@link SiteOperationsRepository} on jOOQ: the simulation's optional columns of the node table. */
public final class JooqSiteOperationsRepository implements SiteOperationsRepository {
    private final Database database;

    public JooqSiteOperationsRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public Map<NodeCode, SiteOperations> findAll(ScenarioId scenario) {
        return findAll(database.dsl(), scenario);
    }

    @Override
    public boolean save(ScenarioId scenario, SiteOperations ops) {
        return database.inTransaction(tx -> save(tx.dsl(), scenario, ops));
    }

    /** {@link #findAll(ScenarioId)} inside a caller's transaction (the import reads them with the sites). */
    public static Map<NodeCode, SiteOperations> findAll(DSLContext dsl, ScenarioId scenario) {
        Map<NodeCode, SiteOperations> all = new LinkedHashMap<>();
        for (Record r : dsl.select(
                        NODE.CODE,
                        NODE.ORDERS_PER_DAY,
                        NODE.SAME_DAY_CUTOFF_HOUR,
                        NODE.SUPPLY_LEAD_TIME_DAYS,
                        NODE.SUPPLY_REVIEW_DAYS)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()))
                .orderBy(NODE.CODE)
                .fetch()) {
            NodeCode code = NodeCode.of(r.get(NODE.CODE));
            all.put(
                    code,
                    new SiteOperations(
                            code,
                            r.get(NODE.ORDERS_PER_DAY),
                            r.get(NODE.SAME_DAY_CUTOFF_HOUR),
                            r.get(NODE.SUPPLY_LEAD_TIME_DAYS),
                            r.get(NODE.SUPPLY_REVIEW_DAYS)));
        }
        return all;
    }

    /** {@link #save(ScenarioId, SiteOperations)} inside a caller's transaction (the import writes them with the sites). */
    public static boolean save(DSLContext dsl, ScenarioId scenario, SiteOperations ops) {
        return dsl.update(NODE)
                        .set(NODE.ORDERS_PER_DAY, ops.ordersPerDay())
                        .set(NODE.SAME_DAY_CUTOFF_HOUR, ops.sameDayCutoffHour())
                        .set(NODE.SUPPLY_LEAD_TIME_DAYS, ops.supplyLeadTimeDays())
                        .set(NODE.SUPPLY_REVIEW_DAYS, ops.supplyReviewDays())
                        .where(NODE.SCENARIO_ID.eq(scenario.value()))
                        .and(NODE.CODE.eq(ops.node().value()))
                        .execute()
                > 0;
    }
}

package dev.microtower.simulation.store.jooq;

import static dev.microtower.store.jooq.Tables.CATEGORY_SUPPLY;
import static dev.microtower.store.jooq.Tables.NODE;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The {@link CategorySupplyRepository} on jOOQ: the {@code category_supply} table (V8). */
public final class JooqCategorySupplyRepository implements CategorySupplyRepository {
    private final Database database;

    public JooqCategorySupplyRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<CategorySupply> findAll(ScenarioId scenario) {
        return findAll(database.dsl(), scenario);
    }

    @Override
    public List<CategorySupply> findAll(ScenarioId scenario, NodeCode site) {
        return read(database.dsl(), scenario, site);
    }

    @Override
    public boolean replace(ScenarioId scenario, NodeCode site, List<CategorySupply> rows) {
        for (CategorySupply row : rows) {
            if (!row.node().equals(site)) {
                throw new IllegalArgumentException("a row of " + row.node() + " among the rows of " + site);
            }
        }
        return database.inTransaction(tx -> {
            Long id = tx.dsl()
                    .select(NODE.ID)
                    .from(NODE)
                    .where(NODE.SCENARIO_ID.eq(scenario.value()))
                    .and(NODE.CODE.eq(site.value()))
                    .fetchOne(NODE.ID);
            if (id == null) {
                return false;
            }
            tx.dsl()
                    .deleteFrom(CATEGORY_SUPPLY)
                    .where(CATEGORY_SUPPLY.NODE_ID.eq(id))
                    .execute();
            insert(tx.dsl(), scenario, id, rows);
            return true;
        });
    }

    /** {@link #findAll(ScenarioId)} inside a caller's transaction (the import compares with it). */
    public static List<CategorySupply> findAll(DSLContext dsl, ScenarioId scenario) {
        return read(dsl, scenario, null);
    }

    /**
     * Makes {@code rows} the scenario's whole list inside a caller's transaction (the import, whose
     * file is the whole list); every row's site must be in the scenario.
     */
    public static void replaceAll(DSLContext dsl, ScenarioId scenario, List<CategorySupply> rows) {
        dsl.deleteFrom(CATEGORY_SUPPLY)
                .where(CATEGORY_SUPPLY.SCENARIO_ID.eq(scenario.value()))
                .execute();
        for (CategorySupply row : rows) {
            Long id = dsl.select(NODE.ID)
                    .from(NODE)
                    .where(NODE.SCENARIO_ID.eq(scenario.value()))
                    .and(NODE.CODE.eq(row.node().value()))
                    .fetchOne(NODE.ID);
            if (id == null) {
                throw new IllegalArgumentException("no site " + row.node() + " in the scenario");
            }
            insert(dsl, scenario, id, List.of(row));
        }
    }

    private static void insert(DSLContext dsl, ScenarioId scenario, long nodeId, List<CategorySupply> rows) {
        for (CategorySupply row : rows) {
            dsl.insertInto(CATEGORY_SUPPLY)
                    .set(CATEGORY_SUPPLY.SCENARIO_ID, scenario.value())
                    .set(CATEGORY_SUPPLY.NODE_ID, nodeId)
                    .set(CATEGORY_SUPPLY.CATEGORY, row.category())
                    .set(CATEGORY_SUPPLY.SUPPLY_LEAD_TIME_DAYS, row.supplyLeadTimeDays())
                    .set(CATEGORY_SUPPLY.SUPPLY_REVIEW_DAYS, row.supplyReviewDays())
                    .execute();
        }
    }

    private static List<CategorySupply> read(DSLContext dsl, ScenarioId scenario, NodeCode site) {
        var query = dsl.select(
                        NODE.CODE,
                        CATEGORY_SUPPLY.CATEGORY,
                        CATEGORY_SUPPLY.SUPPLY_LEAD_TIME_DAYS,
                        CATEGORY_SUPPLY.SUPPLY_REVIEW_DAYS)
                .from(CATEGORY_SUPPLY)
                .join(NODE)
                .on(NODE.ID.eq(CATEGORY_SUPPLY.NODE_ID))
                .where(CATEGORY_SUPPLY.SCENARIO_ID.eq(scenario.value()));
        if (site != null) {
            query = query.and(NODE.CODE.eq(site.value()));
        }
        List<CategorySupply> rows = new ArrayList<>();
        for (Record r : query.orderBy(NODE.CODE, CATEGORY_SUPPLY.CATEGORY).fetch()) {
            rows.add(new CategorySupply(
                    NodeCode.of(r.get(NODE.CODE)),
                    r.get(CATEGORY_SUPPLY.CATEGORY),
                    r.get(CATEGORY_SUPPLY.SUPPLY_LEAD_TIME_DAYS),
                    r.get(CATEGORY_SUPPLY.SUPPLY_REVIEW_DAYS)));
        }
        return rows;
    }
}

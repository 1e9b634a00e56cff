package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.ALLOCATION_RULE;
import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.DELIVERY_ZONE;
import static dev.microtower.store.jooq.Tables.DEMAND_MULTIPLIER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;
import static dev.microtower.store.jooq.Tables.SCENARIO;
import static dev.microtower.store.jooq.Tables.SKU;
import static dev.microtower.store.jooq.Tables.STOCK;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Row counts of every entity: shared ones once, scenario-scoped ones per scenario. */
public record DatabaseStatistics(Map<String, Long> shared, Map<String, Map<String, Long>> perScenario) {

    public static DatabaseStatistics read(Database database) {
        DSLContext dsl = database.dsl();
        Map<String, Long> shared = new LinkedHashMap<>();
        shared.put("skus", (long) dsl.fetchCount(SKU));
        shared.put("orders", (long) dsl.fetchCount(CUSTOMER_ORDER));
        shared.put("order lines", (long) dsl.fetchCount(ORDER_LINE));
        Map<String, Map<String, Long>> perScenario = new LinkedHashMap<>();
        List<? extends Table<?>> scoped = List.of(NODE, STOCK, DELIVERY_ZONE, ALLOCATION_RULE, DEMAND_MULTIPLIER);
        List<String> labels =
                List.of("nodes", "stock rows", "delivery zones", "allocation rules", "demand multipliers");
        for (var scenario : dsl.selectFrom(SCENARIO).orderBy(SCENARIO.ID).fetch()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < scoped.size(); i++) {
                Table<?> table = scoped.get(i);
                @SuppressWarnings("unchecked")
                Field<Long> scenarioId = (Field<Long>) table.field("SCENARIO_ID");
                if (table == STOCK) {
                    // the rows the scenario reads, its own or those it shares (ADR 0017)
                    SharedStock.Rows rows = SharedStock.rows(dsl, scenario.getId());
                    counts.put(labels.get(i), (long) dsl.fetchCount(rows.table(), rows.scope()));
                    continue;
                }
                counts.put(labels.get(i), (long) dsl.fetchCount(table, scenarioId.eq(scenario.getId())));
            }
            perScenario.put(scenario.getName(), counts);
        }
        return new DatabaseStatistics(shared, perScenario);
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        shared.forEach((entity, count) -> text.append(String.format("%-20s %,12d%n", entity, count)));
        perScenario.forEach((scenario, counts) -> {
            text.append("scenario '").append(scenario).append("'\n");
            counts.forEach((entity, count) -> text.append(String.format("  %-18s %,12d%n", entity, count)));
        });
        return text.toString();
    }
}

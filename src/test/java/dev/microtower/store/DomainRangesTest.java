package dev.microtower.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Range;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.store.jooq.Public;
import dev.microtower.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value ranges declared on the domain types agree with the schema's CHECK constraints: each
 * range's edges (and the values just outside them) are written to a real H2 file, and the
 * database accepts exactly what the range contains. A new CHECK on a single number column that
 * no domain range describes fails here as well.
 */
class DomainRangesTest {
    /** Tables that hold computed results, never read from a file or an editor. */
    private static final Set<String> RESULTS = Set.of(
            "PLAN_RUN", "PLAN_SUGGESTION", "ORDER_HISTORY_REVISION", "STORED_FORECAST", "STORED_CUSTOMER_POINTS");

    private static final Public S = Public.PUBLIC;

    private static Map<Field<?>, Range> ranges() {
        Map<Field<?>, Range> ranges = new LinkedHashMap<>();
        ranges.put(S.NODE.LAT, GeoPoint.LATITUDE);
        ranges.put(S.NODE.LON, GeoPoint.LONGITUDE);
        ranges.put(S.NODE.STORAGE_CAPACITY_UNITS, Node.STORAGE_CAPACITY_UNITS);
        ranges.put(S.NODE.FLOOR_AREA_M2, Node.FLOOR_AREA_M2);
        ranges.put(S.NODE.FIXED_COST_PER_DAY, Node.FIXED_COST_PER_DAY);
        ranges.put(S.NODE.HANDLING_COST_PER_ORDER, Node.HANDLING_COST_PER_ORDER);
        ranges.put(S.NODE.LEAD_TIME_DAYS, Node.LEAD_TIME_DAYS);
        ranges.put(S.NODE.ORDERS_PER_DAY, SiteOperations.ORDERS_PER_DAY);
        ranges.put(S.NODE.SAME_DAY_CUTOFF_HOUR, SiteOperations.SAME_DAY_CUTOFF_HOUR);
        ranges.put(S.NODE.SUPPLY_LEAD_TIME_DAYS, SiteOperations.SUPPLY_LEAD_TIME_DAYS);
        ranges.put(S.NODE.SUPPLY_REVIEW_DAYS, SiteOperations.SUPPLY_REVIEW_DAYS);
        ranges.put(S.CATEGORY_SUPPLY.SUPPLY_LEAD_TIME_DAYS, SiteOperations.SUPPLY_LEAD_TIME_DAYS);
        ranges.put(S.CATEGORY_SUPPLY.SUPPLY_REVIEW_DAYS, SiteOperations.SUPPLY_REVIEW_DAYS);
        ranges.put(S.SKU.UNIT_VOLUME_L, Sku.UNIT_VOLUME_L);
        ranges.put(S.SKU.UNIT_WEIGHT_KG, Sku.UNIT_WEIGHT_KG);
        ranges.put(S.SKU.UNIT_COST, Sku.UNIT_COST);
        ranges.put(S.SKU.UNIT_PRICE, Sku.UNIT_PRICE);
        ranges.put(S.SKU.SHELF_LIFE_DAYS, Sku.SHELF_LIFE_DAYS);
        ranges.put(S.STOCK.ON_HAND, StockLevel.UNITS);
        ranges.put(S.STOCK.RESERVED, StockLevel.UNITS);
        ranges.put(S.STOCK.IN_TRANSIT, StockLevel.UNITS);
        ranges.put(S.CUSTOMER_ORDER.CUSTOMER_LAT, GeoPoint.LATITUDE);
        ranges.put(S.CUSTOMER_ORDER.CUSTOMER_LON, GeoPoint.LONGITUDE);
        ranges.put(S.ORDER_LINE.LINE_NO, OrderLine.LINE_NO);
        ranges.put(S.ORDER_LINE.QUANTITY, OrderLine.QUANTITY);
        ranges.put(S.ALLOCATION_RULE.POSITION, AllocationRule.POSITION);
        ranges.put(S.ALLOCATION_RULE.MIN_DAYS_COVER, AllocationRule.MIN_DAYS_COVER);
        ranges.put(S.ALLOCATION_RULE.MAX_DAYS_COVER, AllocationRule.MAX_DAYS_COVER);
        ranges.put(S.ALLOCATION_RULE.SERVICE_LEVEL, AllocationRule.SERVICE_LEVEL);
        ranges.put(S.ALLOCATION_RULE.MAX_CAPACITY_SHARE, AllocationRule.CAPACITY_SHARE);
        ranges.put(S.DEMAND_MULTIPLIER.FACTOR, DemandMultiplier.FACTOR);
        ranges.put(S.STORYBOARD_VIEW.CENTRE_LAT, GeoPoint.LATITUDE);
        ranges.put(S.STORYBOARD_VIEW.CENTRE_LON, GeoPoint.LONGITUDE);
        ranges.put(S.STORYBOARD_VIEW.ZOOM, dev.microtower.presentation.domain.StoryView.ZOOM);
        return ranges;
    }

    @TempDir
    Path dir;

    @Test
    void theDatabaseAcceptsExactlyTheValuesOfEachDomainRange() {
        try (Database db = Database.open(dir.resolve("db"))) {
            fill(db);
            List<String> disagreements = new ArrayList<>();
            ranges().forEach((column, range) -> {
                for (double value : probes(range, column.getDataType())) {
                    boolean accepted = accepts(db, column, value);
                    if (accepted != range.contains(value)) {
                        disagreements.add(column.getQualifiedName() + " = " + value + ": the schema "
                                + (accepted ? "accepts" : "refuses") + " it, the range " + range.interval()
                                + (accepted ? " does not" : " does"));
                    }
                }
            });
            assertEquals(List.of(), disagreements);
        }
    }

    @Test
    void everyCheckOnOneNumberColumnHasADomainRange() {
        try (Database db = Database.open(dir.resolve("db"))) {
            Set<String> checked = new TreeSet<>(db.dsl()
                    .fetch("SELECT u.table_name || '.' || u.column_name FROM information_schema.check_constraints c "
                            + "JOIN information_schema.constraint_column_usage u "
                            + "ON u.constraint_name = c.constraint_name AND u.constraint_schema = c.constraint_schema "
                            + "JOIN information_schema.columns k ON k.table_schema = u.table_schema "
                            + "AND k.table_name = u.table_name AND k.column_name = u.column_name "
                            + "WHERE u.table_schema = 'PUBLIC' "
                            + "AND k.data_type IN ('INTEGER', 'BIGINT', 'DOUBLE PRECISION', 'NUMERIC', 'DECIMAL') "
                            + "AND (SELECT COUNT(*) FROM information_schema.constraint_column_usage o "
                            + "WHERE o.constraint_name = c.constraint_name) = 1")
                    .getValues(0, String.class));
            checked.removeIf(name -> RESULTS.contains(name.substring(0, name.indexOf('.'))));
            Set<String> ranged = new TreeSet<>();
            ranges().keySet()
                    .forEach(f -> ranged.add(((TableField<?, ?>) f).getTable().getName() + "." + f.getName()));
            assertEquals(checked, ranged);
        }
    }

    /** Each edge of the range and the nearest value the column can hold beyond it. */
    private static List<Double> probes(Range range, DataType<?> type) {
        double step = type.isInteger() ? 1 : type.hasScale() && type.scale() > 0 ? Math.pow(10, -type.scale()) : 0;
        List<Double> probes = new ArrayList<>();
        if (!Double.isInfinite(range.min())) {
            probes.add(range.minIncluded() ? range.min() : range.min() + (step == 0 ? Math.ulp(range.min()) : step));
            probes.add(range.minIncluded() ? range.min() - (step == 0 ? Math.ulp(range.min()) : step) : range.min());
        }
        if (range.bounded()) {
            probes.add(range.maxIncluded() ? range.max() : range.max() - (step == 0 ? Math.ulp(range.max()) : step));
            probes.add(range.maxIncluded() ? range.max() + (step == 0 ? Math.ulp(range.max()) : step) : range.max());
        } else {
            probes.add(1_000_000.0);
        }
        return probes;
    }

    /** Writes {@code value} into every row's {@code column} and rolls back; true if the schema took it. */
    private static boolean accepts(Database db, Field<?> column, double value) {
        Table<?> table = ((TableField<?, ?>) column).getTable();
        try {
            db.inTransaction(tx -> {
                var update = tx.dsl().update(table);
                // the cover columns are also checked against each other; free the partner first
                if (table.equals(S.ALLOCATION_RULE)) {
                    tx.dsl()
                            .update(S.ALLOCATION_RULE)
                            .setNull(S.ALLOCATION_RULE.MIN_DAYS_COVER)
                            .setNull(S.ALLOCATION_RULE.MAX_DAYS_COVER)
                            .execute();
                }
                int rows = update.set(column.coerce(BigDecimal.class), BigDecimal.valueOf(value))
                        .execute();
                if (rows == 0) {
                    throw new IllegalStateException("no row of " + table.getName() + " to probe");
                }
                throw new Probed();
            });
        } catch (Probed accepted) {
            return true;
        } catch (DataAccessException refused) {
            if (refused.getCause() instanceof Probed) {
                return true;
            }
            return false;
        }
        throw new IllegalStateException("the probe neither failed nor rolled back");
    }

    /** Thrown to roll back a probe the schema accepted. */
    private static final class Probed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Probed() {
            super(null, null, false, false);
        }
    }

    private static void fill(Database db) {
        ScenarioId base = ScenarioId.BASELINE;
        new JooqNodeRepository(db).saveAll(base, Fixtures.nodes());
        Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
        new JooqStockRepository(db)
                .save(base, new StockLevel(NodeCode.of("MFC-SF1"), SkuCode.of("SKU-MILK"), 5, 1, 2, Instant.EPOCH));
        new JooqRuleRepository(db).save(base, Fixtures.freshRule());
        new dev.microtower.presentation.store.jooq.JooqStoryboardRepository(db)
                .save(new dev.microtower.presentation.domain.Storyboard(
                        "Tour",
                        List.of(new dev.microtower.presentation.domain.StoryView(
                                "View", "", base, new GeoPoint(37.7, -122.4), 10, List.of(), null, List.of()))));
        new JooqScenarioRepository(db).addMultiplier(base, new DemandMultiplier(null, null, 1.0, null, null, null));
        new JooqCategorySupplyRepository(db)
                .replace(
                        base,
                        NodeCode.of("DC-OAK"),
                        List.of(new CategorySupply(NodeCode.of("DC-OAK"), "grocery-chilled", 2.0, 7)));
        new JooqOrderRepository(db)
                .saveAll(List.of(new Order(
                        OrderCode.of("O-1"),
                        Instant.EPOCH,
                        null,
                        "web",
                        new GeoPoint(37.7, -122.4),
                        null,
                        List.of(new OrderLine(1, SkuCode.of("SKU-MILK"), 2)))));
    }
}

package dev.microtower.orders.store.jooq;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.OrderLines;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.store.OrderHistoryRevision;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The {@link OrderRepository} on jOOQ. Orders are streamed from a lazy cursor with their lines read
 * ahead by order id range, so even the list queries never hold a join of the whole history.
 */
public final class JooqOrderRepository implements OrderRepository {
    private final Database database;

    public JooqOrderRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<Order> findBetween(Instant from, Instant to) {
        return list(between(from, to));
    }

    @Override
    public List<Order> findAll() {
        return list(DSL.noCondition());
    }

    @Override
    public Optional<Order> find(OrderCode code) {
        List<Order> found = new ArrayList<>();
        stream(CUSTOMER_ORDER.CODE.eq(code.value()), false, found::add);
        return found.stream().findFirst();
    }

    @Override
    public void forEachBetween(Instant from, Instant to, Consumer<Order> consumer) {
        stream(between(from, to), true, consumer);
    }

    @Override
    public void forEach(Consumer<Order> consumer) {
        stream(DSL.noCondition(), true, consumer);
    }

    private static Condition between(Instant from, Instant to) {
        return CUSTOMER_ORDER
                .CREATED_AT
                .ge(Columns.timestamp(from))
                .and(CUSTOMER_ORDER.CREATED_AT.lt(Columns.timestamp(to)));
    }

    /**
     * The orders matching {@code condition} as one list, sorted here rather than by H2: a list holds
     * them all anyway, and H2 sorts a large result in a temporary store on disk (a quarter of the
     * demo history's read, cold). The index on {@code created_at} hands them over nearly sorted.
     */
    private List<Order> list(Condition condition) {
        List<Order> orders = new ArrayList<>();
        stream(condition, false, orders::add);
        orders.sort(BY_CREATION_THEN_CODE);
        return orders;
    }

    private static final Comparator<Order> BY_CREATION_THEN_CODE = Comparator.comparing(Order::createdAt)
            .thenComparing(order -> order.code().value());

    @Override
    public void forEachCustomer(CustomerDemand consumer) {
        database.inTransaction(tx -> {
            var units = DSL.coalesce(DSL.sum(ORDER_LINE.QUANTITY), BigDecimal.ZERO);
            try (var cursor = tx.dsl()
                    .select(CUSTOMER_ORDER.CUSTOMER_LAT, CUSTOMER_ORDER.CUSTOMER_LON, units)
                    .from(CUSTOMER_ORDER)
                    .leftJoin(ORDER_LINE)
                    .on(ORDER_LINE.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                    .groupBy(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CUSTOMER_LAT, CUSTOMER_ORDER.CUSTOMER_LON)
                    .fetchSize(5_000)
                    .fetchLazy()) {
                for (var r : cursor) {
                    consumer.accept(r.value1(), r.value2(), r.value3().longValue());
                }
            }
            return null;
        });
    }

    @Override
    public int count() {
        return database.dsl().fetchCount(CUSTOMER_ORDER);
    }

    @Override
    public Optional<Instant[]> span() {
        var r = database.dsl()
                .select(DSL.min(CUSTOMER_ORDER.CREATED_AT), DSL.max(CUSTOMER_ORDER.CREATED_AT))
                .from(CUSTOMER_ORDER)
                .fetchOne();
        if (r == null || r.value1() == null) {
            return Optional.empty();
        }
        return Optional.of(new Instant[] {Columns.instant(r.value1()), Columns.instant(r.value2())});
    }

    @Override
    public void saveAll(List<Order> orders) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            var skuIds = JooqSkuRepository.idsByCode(dsl);
            OrderHistoryRevision.bump(dsl);
            for (Order order : orders) {
                save(dsl, order, skuIds);
            }
            return null;
        });
    }

    private static void save(DSLContext dsl, Order order, Map<String, Long> skuIds) {
        dsl.deleteFrom(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.CODE.eq(order.code().value()))
                .execute();
        long id = dsl.insertInto(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.CODE, order.code().value())
                .set(CUSTOMER_ORDER.CREATED_AT, Columns.timestamp(order.createdAt()))
                .set(CUSTOMER_ORDER.PROMISED_BY, Columns.timestamp(order.promisedBy()))
                .set(CUSTOMER_ORDER.CHANNEL, order.channel())
                .set(CUSTOMER_ORDER.CUSTOMER_LAT, order.customer().lat())
                .set(CUSTOMER_ORDER.CUSTOMER_LON, order.customer().lon())
                .set(
                        CUSTOMER_ORDER.FULFILLED_BY,
                        order.fulfilledBy() == null ? null : order.fulfilledBy().value())
                .returningResult(CUSTOMER_ORDER.ID)
                .fetchOne()
                .value1();
        for (OrderLine line : order.lines()) {
            Long skuId = skuIds.get(line.sku().value());
            if (skuId == null) {
                throw new IllegalArgumentException("order " + order.code() + " names an unknown SKU " + line.sku());
            }
            dsl.insertInto(ORDER_LINE)
                    .set(ORDER_LINE.ORDER_ID, id)
                    .set(ORDER_LINE.LINE_NO, line.lineNo())
                    .set(ORDER_LINE.SKU_ID, skuId)
                    .set(ORDER_LINE.QUANTITY, line.quantity())
                    .execute();
        }
    }

    /**
     * Streams the orders matching {@code condition}, in creation-time-then-code order when {@code
     * sorted} (else as the index hands them over, for {@link #list} to sort). No join and
     * no sort of the lines: the lines of the orders' id range come first in primary-key order into
     * {@link OrderLines} (SKU codes from a small map), then the orders come one by one from the
     * {@code created_at} index and take their lines by id. Several times faster than a join
     * sorted by H2 on the demo history (see OrderRepositoryBench).
     */
    private void stream(Condition condition, boolean sorted, Consumer<Order> consumer) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            var range = dsl.select(DSL.min(CUSTOMER_ORDER.ID), DSL.max(CUSTOMER_ORDER.ID))
                    .from(CUSTOMER_ORDER)
                    .where(condition)
                    .fetchOne();
            if (range == null || range.value1() == null) {
                return null;
            }
            Map<Long, SkuCode> skus = new HashMap<>();
            JooqSkuRepository.idsByCode(dsl).forEach((code, id) -> skus.put(id, SkuCode.of(code)));
            OrderLines lines = OrderLines.read(dsl, range.value1(), range.value2(), read -> {});
            try (var cursor = dsl.select(
                            CUSTOMER_ORDER.ID,
                            CUSTOMER_ORDER.CODE,
                            CUSTOMER_ORDER.CREATED_AT,
                            CUSTOMER_ORDER.PROMISED_BY,
                            CUSTOMER_ORDER.CHANNEL,
                            CUSTOMER_ORDER.CUSTOMER_LAT,
                            CUSTOMER_ORDER.CUSTOMER_LON,
                            CUSTOMER_ORDER.FULFILLED_BY)
                    .from(CUSTOMER_ORDER)
                    .where(condition)
                    .orderBy(sorted ? List.of(CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.CODE) : List.of())
                    .fetchSize(5_000)
                    .fetchLazy()) {
                ResultSet rs = cursor.resultSet();
                while (rs.next()) {
                    String fulfilledBy = rs.getString(8);
                    consumer.accept(new Order(
                            OrderCode.of(rs.getString(2)),
                            Columns.instant(rs.getObject(3, OffsetDateTime.class)),
                            Columns.instant(rs.getObject(4, OffsetDateTime.class)),
                            rs.getString(5),
                            new GeoPoint(rs.getDouble(6), rs.getDouble(7)),
                            fulfilledBy == null ? null : NodeCode.of(fulfilledBy),
                            lines.of(rs.getLong(1), skus)));
                }
            }
            return null;
        });
    }
}

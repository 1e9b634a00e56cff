package dev.microtower.inventory.store.jooq;

import static dev.microtower.store.jooq.Tables.SKU;

import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.store.jooq.tables.records.SkuRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * The {@link SkuRepository} on jOOQ. Besides the port it offers static helpers that work inside a
 * caller's transaction (the importers and the order store resolve SKU codes in bulk with them).
 */
public final class JooqSkuRepository implements SkuRepository {
    private final Database database;

    public JooqSkuRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<Sku> findAll() {
        return database.dsl().selectFrom(SKU).orderBy(SKU.CODE).fetch(JooqSkuRepository::toSku);
    }

    /** The catalogue as the caller's transaction sees it. */
    public static List<Sku> findAll(DSLContext dsl) {
        return dsl.selectFrom(SKU).orderBy(SKU.CODE).fetch(JooqSkuRepository::toSku);
    }

    @Override
    public Optional<Sku> find(SkuCode code) {
        return database.dsl().selectFrom(SKU).where(SKU.CODE.eq(code.value())).fetchOptional(JooqSkuRepository::toSku);
    }

    @Override
    public int count() {
        return database.dsl().fetchCount(SKU);
    }

    @Override
    public void save(Sku sku) {
        database.inTransaction(tx -> {
            save(tx.dsl(), sku);
            return null;
        });
    }

    /** Adds or updates {@code sku} inside the caller's transaction. */
    public static void save(DSLContext dsl, Sku sku) {
        Long existing = dsl.select(SKU.ID)
                .from(SKU)
                .where(SKU.CODE.eq(sku.code().value()))
                .fetchOne(SKU.ID);
        SkuRecord record = dsl.newRecord(SKU);
        fill(record, sku);
        if (existing == null) {
            record.insert();
        } else {
            record.setId(existing);
            record.changed(SKU.ID, false);
            record.update();
        }
    }

    /** SKU code to database id; used by writers that resolve codes in bulk. */
    public static Map<String, Long> idsByCode(DSLContext dsl) {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(SKU.CODE, SKU.ID).from(SKU).fetch().forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    public static void fill(SkuRecord record, Sku sku) {
        record.setCode(sku.code().value());
        record.setName(sku.name());
        record.setCategory(sku.category());
        record.setTemperatureClass(sku.temperatureClass().name());
        record.setUnitVolumeL(sku.unitVolumeL());
        record.setUnitWeightKg(sku.unitWeightKg());
        record.setUnitCost(sku.unitCost());
        record.setShelfLifeDays(sku.shelfLifeDays());
        record.setBulky(sku.bulky());
        record.setTags(Columns.pipeList(sku.tags()));
        record.setUnitPrice(sku.unitPrice());
    }

    public static Sku toSku(SkuRecord r) {
        return new Sku(
                SkuCode.of(r.getCode()),
                r.getName(),
                r.getCategory(),
                TemperatureClass.valueOf(r.getTemperatureClass()),
                r.getUnitVolumeL(),
                r.getUnitWeightKg(),
                r.getUnitCost(),
                r.getShelfLifeDays(),
                r.getBulky(),
                new TreeSet<>(Columns.splitPipes(r.getTags(), s -> s)),
                r.getUnitPrice());
    }
}

package dev.microtower.allocation.store.jooq;

import static dev.microtower.store.jooq.Tables.ALLOCATION_RULE;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.store.jooq.tables.records.AllocationRuleRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The {@link RuleRepository} on jOOQ. Besides the port it offers static helpers that work inside a
 * caller's transaction (the rule import uses them).
 */
public final class JooqRuleRepository implements RuleRepository {
    private final Database database;

    public JooqRuleRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<AllocationRule> findAll(ScenarioId scenario) {
        return findAll(database.dsl(), scenario);
    }

    /** The rules as the caller's transaction sees them. */
    public static List<AllocationRule> findAll(DSLContext dsl, ScenarioId scenario) {
        return dsl.selectFrom(ALLOCATION_RULE)
                .where(ALLOCATION_RULE.SCENARIO_ID.eq(scenario.value()))
                .orderBy(ALLOCATION_RULE.POSITION, ALLOCATION_RULE.NAME)
                .fetch(JooqRuleRepository::toRule);
    }

    @Override
    public Optional<AllocationRule> find(ScenarioId scenario, String name) {
        return database.dsl()
                .selectFrom(ALLOCATION_RULE)
                .where(ALLOCATION_RULE.SCENARIO_ID.eq(scenario.value()).and(ALLOCATION_RULE.NAME.eq(name)))
                .fetchOptional(JooqRuleRepository::toRule);
    }

    @Override
    public void save(ScenarioId scenario, AllocationRule rule) {
        database.inTransaction(tx -> {
            save(tx.dsl(), scenario, rule);
            return null;
        });
    }

    @Override
    public void replaceAll(ScenarioId scenario, List<AllocationRule> rules) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            dsl.deleteFrom(ALLOCATION_RULE)
                    .where(ALLOCATION_RULE.SCENARIO_ID.eq(scenario.value()))
                    .execute();
            for (AllocationRule rule : rules) {
                save(dsl, scenario, rule);
            }
            return null;
        });
    }

    @Override
    public boolean delete(ScenarioId scenario, String name) {
        return database.inTransaction(tx -> tx.dsl()
                        .deleteFrom(ALLOCATION_RULE)
                        .where(ALLOCATION_RULE.SCENARIO_ID.eq(scenario.value()).and(ALLOCATION_RULE.NAME.eq(name)))
                        .execute()
                > 0);
    }

    /** Adds or updates {@code rule} inside the caller's transaction. */
    public static void save(DSLContext dsl, ScenarioId scenario, AllocationRule rule) {
        Long existing = dsl.select(ALLOCATION_RULE.ID)
                .from(ALLOCATION_RULE)
                .where(ALLOCATION_RULE.SCENARIO_ID.eq(scenario.value()).and(ALLOCATION_RULE.NAME.eq(rule.name())))
                .fetchOne(ALLOCATION_RULE.ID);
        AllocationRuleRecord record = dsl.newRecord(ALLOCATION_RULE);
        record.setScenarioId(scenario.value());
        record.setPosition(rule.position());
        record.setEnabled(rule.enabled());
        record.setName(rule.name());
        SkuSelector skus = rule.skus();
        record.setSkuCategories(Columns.pipeList(skus.categories()));
        record.setSkuTemperatureClasses(Columns.pipeList(skus.temperatureClasses()));
        record.setSkuAbcClasses(Columns.pipeList(skus.abcClasses()));
        record.setSkuXyzClasses(Columns.pipeList(skus.xyzClasses()));
        record.setSkuTags(Columns.pipeList(skus.tags()));
        record.setSkuCodes(Columns.pipeList(skus.skus()));
        NodeSelector nodes = rule.nodes();
        record.setNodeTypes(Columns.pipeList(nodes.types()));
        record.setNodeSlaTiers(Columns.pipeList(nodes.slaTiers()));
        record.setNodeCodes(Columns.pipeList(nodes.nodes()));
        record.setNodeRegions(Columns.pipeList(nodes.regions()));
        record.setPolicy(rule.policy().name());
        record.setMinDaysCover(rule.minDaysCover());
        record.setMaxDaysCover(rule.maxDaysCover());
        record.setServiceLevel(rule.serviceLevel());
        record.setMaxCapacityShare(rule.maxCapacityShare());
        if (existing == null) {
            record.insert();
        } else {
            record.setId(existing);
            record.changed(ALLOCATION_RULE.ID, false);
            record.update();
        }
    }

    private static AllocationRule toRule(AllocationRuleRecord r) {
        SkuSelector skus = new SkuSelector(
                new HashSet<>(Columns.splitPipes(r.getSkuCategories(), s -> s)),
                new HashSet<>(Columns.splitPipes(r.getSkuTemperatureClasses(), TemperatureClass::valueOf)),
                new HashSet<>(Columns.splitPipes(r.getSkuAbcClasses(), AbcClass::valueOf)),
                new HashSet<>(Columns.splitPipes(r.getSkuXyzClasses(), XyzClass::valueOf)),
                new HashSet<>(Columns.splitPipes(r.getSkuTags(), s -> s)),
                new HashSet<>(Columns.splitPipes(r.getSkuCodes(), SkuCode::of)));
        NodeSelector nodes = new NodeSelector(
                new HashSet<>(Columns.splitPipes(r.getNodeTypes(), NodeType::valueOf)),
                new HashSet<>(Columns.splitPipes(r.getNodeSlaTiers(), SlaTier::valueOf)),
                new HashSet<>(Columns.splitPipes(r.getNodeCodes(), NodeCode::of)),
                new HashSet<>(Columns.splitPipes(r.getNodeRegions(), s -> s)));
        return new AllocationRule(
                r.getName(),
                r.getPosition(),
                r.getEnabled(),
                skus,
                nodes,
                StockingPolicy.valueOf(r.getPolicy()),
                r.getMinDaysCover(),
                r.getMaxDaysCover(),
                r.getServiceLevel(),
                r.getMaxCapacityShare());
    }
}

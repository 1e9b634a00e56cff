package dev.microtower.importexport;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.store.Columns;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one definition of allocation-rules.csv (and the workbook's allocation-rules sheet): its
 * columns with their sizes and the ranges {@link AllocationRule} declares, how a row becomes a
 * rule, and how a rule becomes a row. Import, export, the demo generator and the documentation
 * all read it, so a new rule field is added here once.
 */
public final class RuleFormat {
    private RuleFormat() {}

    public static final Layout LAYOUT = Layout.of("allocation rules", "allocation-rules.csv")
            .whole("position", true, AllocationRule.POSITION)
            .bool("enabled", true)
            .text("name", true, 200)
            .text("sku_categories", false, 1000)
            .note("`|` list")
            .choice("sku_temperature_classes", false, 100, TemperatureClass.values())
            .note("`|` list")
            .choice("sku_abc_classes", false, 10, AbcClass.values())
            .note("`|` list")
            .choice("sku_xyz_classes", false, 10, XyzClass.values())
            .note("`|` list")
            .text("sku_tags", false, 1000)
            .note("`|` list")
            .text("sku_codes", false, Layouts.LIST)
            .note("`|` list of SKU codes")
            .choice("node_types", false, 300, NodeType.values())
            .note("`|` list")
            .choice("node_sla_tiers", false, 100, SlaTier.values())
            .note("`|` list")
            .text("node_codes", false, 4000)
            .note("`|` list of node codes")
            .text("node_regions", false, 1000)
            .note("`|` list")
            .choice("policy", true, 16, StockingPolicy.values())
            .number("min_days_cover", false, AllocationRule.MIN_DAYS_COVER)
            .number("max_days_cover", false, AllocationRule.MAX_DAYS_COVER)
            .number("service_level", false, AllocationRule.SERVICE_LEVEL)
            .number("max_capacity_share", false, AllocationRule.CAPACITY_SHARE)
            .build();

    /** The row of {@code r}, in the layout's order. */
    public static Layout.Row row(AllocationRule r) {
        return LAYOUT.row()
                .set("position", r.position())
                .set("enabled", r.enabled())
                .set("name", r.name())
                .set("sku_categories", Columns.pipeList(r.skus().categories()))
                .set("sku_temperature_classes", Columns.pipeList(r.skus().temperatureClasses()))
                .set("sku_abc_classes", Columns.pipeList(r.skus().abcClasses()))
                .set("sku_xyz_classes", Columns.pipeList(r.skus().xyzClasses()))
                .set("sku_tags", Columns.pipeList(r.skus().tags()))
                .set("sku_codes", Columns.pipeList(r.skus().skus()))
                .set("node_types", Columns.pipeList(r.nodes().types()))
                .set("node_sla_tiers", Columns.pipeList(r.nodes().slaTiers()))
                .set("node_codes", Columns.pipeList(r.nodes().nodes()))
                .set("node_regions", Columns.pipeList(r.nodes().regions()))
                .set("policy", r.policy().name())
                .set("min_days_cover", r.minDaysCover())
                .set("max_days_cover", r.maxDaysCover())
                .set("service_level", r.serviceLevel())
                .set("max_capacity_share", r.maxCapacityShare());
    }

    /**
     * The rule on the current row of {@code cells}, or {@code null} when the row has a problem
     * (recorded in {@code cells}); {@code nodes} and {@code skus} are the codes a rule may name;
     * {@code named} hears the rule's name as soon as it is read, so a duplicate is reported in
     * column order.
     */
    static AllocationRule read(Cells cells, Map<String, Long> nodes, Map<String, Long> skus, Consumer<String> named) {
        Layout l = LAYOUT;
        Long position = cells.whole(l.column("position"), Integer.MAX_VALUE);
        Boolean enabled = cells.bool(l.column("enabled"));
        String name = cells.freeText(l.column("name"));
        if (name != null) {
            named.accept(name);
        }
        List<String> categories = cells.list(l.column("sku_categories"), s -> s);
        var temperatures = cells.enumList(l.column("sku_temperature_classes"), TemperatureClass.class);
        var abc = cells.enumList(l.column("sku_abc_classes"), AbcClass.class);
        var xyz = cells.enumList(l.column("sku_xyz_classes"), XyzClass.class);
        List<String> tags = cells.list(l.column("sku_tags"), s -> s);
        List<SkuCode> skuCodes = cells.list(l.column("sku_codes"), SkuCode::of);
        var types = cells.enumList(l.column("node_types"), NodeType.class);
        var tiers = cells.enumList(l.column("node_sla_tiers"), SlaTier.class);
        List<NodeCode> nodeCodes = cells.list(l.column("node_codes"), NodeCode::of);
        List<String> regions = cells.list(l.column("node_regions"), s -> s);
        StockingPolicy policy = cells.enumValue(l.column("policy"), StockingPolicy.class);
        Double min = cells.number(l.column("min_days_cover"));
        Double max = cells.number(l.column("max_days_cover"));
        Double service = cells.number(l.column("service_level"));
        Double share = cells.number(l.column("max_capacity_share"));
        for (SkuCode sku : skuCodes) {
            if (!skus.containsKey(sku.value())) {
                cells.problem(l.column("sku_codes"), "unknown SKU " + sku);
            }
        }
        for (NodeCode node : nodeCodes) {
            if (!nodes.containsKey(node.value())) {
                cells.problem(l.column("node_codes"), "unknown node " + node);
            }
        }
        if (!cells.rowOk()) {
            return null;
        }
        try {
            return new AllocationRule(
                    name,
                    position.intValue(),
                    enabled,
                    new SkuSelector(
                            Set.copyOf(categories),
                            Set.copyOf(temperatures),
                            Set.copyOf(abc),
                            Set.copyOf(xyz),
                            Set.copyOf(tags),
                            Set.copyOf(skuCodes)),
                    new NodeSelector(Set.copyOf(types), Set.copyOf(tiers), Set.copyOf(nodeCodes), Set.copyOf(regions)),
                    policy,
                    min,
                    max,
                    service,
                    share);
        } catch (IllegalArgumentException e) {
            cells.problem(null, e.getMessage());
            return null;
        }
    }

    /**
     * {@code rule} with the stored rule's values for the columns the file did not have (a rule
     * already stored under the same name); throws {@link IllegalArgumentException} when the mix
     * is not a valid rule.
     */
    static AllocationRule keepAbsent(AllocationRule rule, AllocationRule stored, List<String> absent) {
        if (stored == null || absent.isEmpty()) {
            return rule;
        }
        SkuSelector s = rule.skus();
        SkuSelector t = stored.skus();
        NodeSelector n = rule.nodes();
        NodeSelector m = stored.nodes();
        return new AllocationRule(
                rule.name(),
                rule.position(),
                rule.enabled(),
                new SkuSelector(
                        absent.contains("sku_categories") ? t.categories() : s.categories(),
                        absent.contains("sku_temperature_classes") ? t.temperatureClasses() : s.temperatureClasses(),
                        absent.contains("sku_abc_classes") ? t.abcClasses() : s.abcClasses(),
                        absent.contains("sku_xyz_classes") ? t.xyzClasses() : s.xyzClasses(),
                        absent.contains("sku_tags") ? t.tags() : s.tags(),
                        absent.contains("sku_codes") ? t.skus() : s.skus()),
                new NodeSelector(
                        absent.contains("node_types") ? m.types() : n.types(),
                        absent.contains("node_sla_tiers") ? m.slaTiers() : n.slaTiers(),
                        absent.contains("node_codes") ? m.nodes() : n.nodes(),
                        absent.contains("node_regions") ? m.regions() : n.regions()),
                rule.policy(),
                absent.contains("min_days_cover") ? stored.minDaysCover() : rule.minDaysCover(),
                absent.contains("max_days_cover") ? stored.maxDaysCover() : rule.maxDaysCover(),
                absent.contains("service_level") ? stored.serviceLevel() : rule.serviceLevel(),
                absent.contains("max_capacity_share") ? stored.maxCapacityShare() : rule.maxCapacityShare());
    }
}

package dev.microtower.demo;

import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.importexport.RuleFormat;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.NodeType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The allocation rules the demo network starts with, in the columns of allocation-rules.csv: the
 * usual shape of a micro-fulfilment policy (regulated and frozen goods where they can be handled,
 * bulky goods regional, fast movers close to customers, the long tail central, a catch-all last).
 * One rule is switched off, as planners leave finished campaigns.
 */
final class StartingRules {
    static final List<String> HEADER = RuleFormat.LAYOUT.names();

    private StartingRules() {}

    private static List<String> rule(
            int position,
            boolean enabled,
            String name,
            String categories,
            String temperatures,
            String abc,
            String xyz,
            String tags,
            String nodeTypes,
            String nodeCodes,
            StockingPolicy policy,
            String minCover,
            String maxCover,
            String serviceLevel,
            String capacityShare) {
        // by column name: a column added to the format stays empty here until a rule needs it
        return RuleFormat.LAYOUT
                .row()
                .set("position", position)
                .set("enabled", enabled)
                .set("name", name)
                .set("sku_categories", categories)
                .set("sku_temperature_classes", temperatures)
                .set("sku_abc_classes", abc)
                .set("sku_xyz_classes", xyz)
                .set("sku_tags", tags)
                .set("node_types", nodeTypes)
                .set("node_codes", nodeCodes)
                .set("policy", policy.name())
                .set("min_days_cover", minCover)
                .set("max_days_cover", maxCover)
                .set("service_level", serviceLevel)
                .set("max_capacity_share", capacityShare)
                .texts();
    }

    static List<List<String>> rows(List<DemoNode> nodes) {
        String licensed = nodes.stream()
                .filter(n -> n.local() && n.pharmacyLicensed())
                .map(DemoNode::code)
                .sorted()
                .collect(Collectors.joining("|"));
        String mfc = NodeType.MICRO_FULFILLMENT_CENTER.name();
        String darkStore = NodeType.DARK_STORE.name();
        String frozen = TemperatureClass.FROZEN.name();
        return List.of(
                rule(
                        10,
                        true,
                        "Pharmacy only at licensed sites",
                        SkuCatalogue.PHARMACY,
                        "",
                        "",
                        "",
                        "",
                        "",
                        licensed,
                        StockingPolicy.MICRO_FULFIL,
                        "5",
                        "10",
                        "0.98",
                        ""),
                rule(
                        20,
                        true,
                        "Pharmacy centralised elsewhere",
                        SkuCatalogue.PHARMACY,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        StockingPolicy.CENTRALISE,
                        "14",
                        "28",
                        "0.97",
                        ""),
                rule(
                        30,
                        true,
                        "Frozen at micro-fulfilment centres",
                        "",
                        frozen,
                        "",
                        "",
                        "",
                        mfc,
                        "",
                        StockingPolicy.MICRO_FULFIL,
                        "3",
                        "7",
                        "0.95",
                        "0.25"),
                rule(
                        40,
                        true,
                        "Frozen centralised elsewhere",
                        "",
                        frozen,
                        "",
                        "",
                        "",
                        "",
                        "",
                        StockingPolicy.CENTRALISE,
                        "10",
                        "21",
                        "0.95",
                        ""),
                rule(
                        50,
                        true,
                        "Bulky goods regionalised",
                        "",
                        "",
                        "",
                        "",
                        SkuCatalogue.TAG_BULKY,
                        "",
                        "",
                        StockingPolicy.REGIONALISE,
                        "10",
                        "21",
                        "0.95",
                        ""),
                rule(
                        60,
                        true,
                        "Fast movers in dark stores",
                        "",
                        "",
                        "A",
                        "",
                        "",
                        darkStore,
                        "",
                        StockingPolicy.MICRO_FULFIL,
                        "2",
                        "4",
                        "0.95",
                        "0.9"),
                rule(
                        70,
                        true,
                        "Dark stores carry fast movers only",
                        "",
                        "",
                        "",
                        "",
                        "",
                        darkStore,
                        "",
                        StockingPolicy.DO_NOT_STOCK,
                        "",
                        "",
                        "",
                        ""),
                rule(
                        80,
                        false,
                        "Halloween treats forward-deployed (campaign over)",
                        SkuCatalogue.GROCERY_AMBIENT,
                        "",
                        "",
                        "",
                        SkuCatalogue.TAG_HALLOWEEN,
                        "",
                        "",
                        StockingPolicy.MICRO_FULFIL,
                        "5",
                        "10",
                        "0.97",
                        ""),
                rule(
                        90,
                        true,
                        "Erratic long tail centralised",
                        "",
                        "",
                        "C",
                        "Z",
                        "",
                        "",
                        "",
                        StockingPolicy.CENTRALISE,
                        "14",
                        "35",
                        "0.9",
                        ""),
                rule(
                        100,
                        true,
                        "Slow movers regionalised",
                        "",
                        "",
                        "C",
                        "",
                        "",
                        "",
                        "",
                        StockingPolicy.REGIONALISE,
                        "10",
                        "28",
                        "0.9",
                        ""),
                rule(
                        110,
                        true,
                        "Everything else micro-fulfilled",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        StockingPolicy.MICRO_FULFIL,
                        "4",
                        "10",
                        "0.95",
                        "0.85"));
    }
}

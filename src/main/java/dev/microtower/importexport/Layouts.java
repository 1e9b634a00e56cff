package dev.microtower.importexport;

import java.util.List;

/** The layouts of every file Microtower reads and writes (docs/file-formats.md). */
final class Layouts {
    private Layouts() {}

    static final int LIST = 1_000_000; // sku_codes is a CLOB: bounded by the line limit only

    static final Layout SKUS = Layout.of("skus", "skus.csv")
            .text("code", true, 64)
            .text("name", true, 300)
            .text("category", true, 64)
            .text("temperature_class", true, 16)
            .number("unit_volume_l", true)
            .number("unit_weight_kg", true)
            .decimal("unit_cost", true, 4)
            .number("shelf_life_days", false)
            .bool("bulky", false)
            .text("tags", false, 1000)
            .build();

    static final Layout NODES = Layout.of("nodes", "nodes.csv")
            .text("code", true, 64)
            .text("name", true, 200)
            .text("type", true, 32)
            .number("lat", true)
            .number("lon", true)
            .text("address", false, 300)
            .text("town", false, 120)
            .text("region", false, 120)
            .text("status", false, 16)
            .text("sla_tier", false, 32)
            .number("storage_capacity_units", false)
            .number("floor_area_m2", false)
            .decimal("fixed_cost_per_day", false, 2)
            .decimal("handling_cost_per_order", false, 4)
            .text("replenishment_source", false, 64)
            .number("lead_time_days", false)
            .text("served_by", false, 64)
            .build();

    static final Layout STOCK = Layout.of("stock", "stock.csv")
            .text("node", true, 64)
            .text("sku", true, 64)
            .number("on_hand", true)
            .number("reserved", false)
            .number("in_transit", false)
            .time("as_of", true)
            .build();

    static final Layout ORDERS = Layout.of("orders", "orders.csv")
            .text("code", true, 64)
            .time("created_at", true)
            .time("promised_by", false)
            .text("channel", true, 32)
            .number("customer_lat", true)
            .number("customer_lon", true)
            .text("fulfilled_by", false, 64)
            .build();

    static final Layout ORDER_LINES = Layout.of("order lines", "order-lines.csv")
            .text("order", true, 64)
            .number("line_no", true)
            .text("sku", true, 64)
            .number("quantity", true)
            .build();

    static final Layout RULES = Layout.of("allocation rules", "allocation-rules.csv")
            .number("position", true)
            .bool("enabled", true)
            .text("name", true, 200)
            .text("sku_categories", false, 1000)
            .text("sku_temperature_classes", false, 100)
            .text("sku_abc_classes", false, 10)
            .text("sku_xyz_classes", false, 10)
            .text("sku_tags", false, 1000)
            .text("sku_codes", false, LIST)
            .text("node_types", false, 300)
            .text("node_sla_tiers", false, 100)
            .text("node_codes", false, 4000)
            .text("node_regions", false, 1000)
            .text("policy", true, 16)
            .number("min_days_cover", false)
            .number("max_days_cover", false)
            .number("service_level", false)
            .number("max_capacity_share", false)
            .build();

    /** The zones sheet of the workbook; the CSV-less zones file is GeoJSON. */
    static final Layout ZONES = Layout.of("delivery zones", "delivery-zones.geojson")
            .text("code", true, 64)
            .text("node", true, 64)
            .text("sla_tier", true, 32)
            .text("wkt", true, LIST)
            .build();

    /** Dependency order: what a file refers to is imported before it. */
    static final List<Layout> ALL = List.of(SKUS, NODES, STOCK, ORDERS, ORDER_LINES, RULES, ZONES);
}

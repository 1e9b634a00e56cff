package dev.microtower.importexport;

import dev.microtower.core.GeoPoint;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.simulation.domain.SiteOperations;
import java.util.List;

/**
 * The layouts of every file Microtower reads and writes. The ranges come from the domain types,
 * the sizes from the schema; docs/file-formats.md shows these tables ({@link FormatDoc}).
 */
public final class Layouts {
    private Layouts() {}

    static final int LIST = 1_000_000; // sku_codes is a CLOB: bounded by the line limit only

    public static final Layout SKUS = Layout.of("skus", "skus.csv")
            .text("code", true, 64)
            .text("name", true, 300)
            .text("category", true, 64)
            .choice("temperature_class", true, 16, TemperatureClass.values())
            .number("unit_volume_l", true, Sku.UNIT_VOLUME_L)
            .number("unit_weight_kg", true, Sku.UNIT_WEIGHT_KG)
            .decimal("unit_cost", true, 4, Sku.UNIT_COST)
            .decimal("unit_price", false, 4, Sku.UNIT_PRICE)
            .note("default unit_cost × 1.5")
            .whole("shelf_life_days", false, Sku.SHELF_LIFE_DAYS)
            .bool("bulky", false)
            .text("tags", false, 1000)
            .note("`|` list")
            .build();

    public static final Layout NODES = Layout.of("nodes", "nodes.csv")
            .text("code", true, 64)
            .text("name", true, 200)
            .choice("type", true, 32, NodeType.values())
            .number("lat", true, GeoPoint.LATITUDE)
            .number("lon", true, GeoPoint.LONGITUDE)
            .text("address", false, 300)
            .text("town", false, 120)
            .text("region", false, 120)
            .choice("status", false, 16, NodeStatus.values())
            .note("default ACTIVE")
            .choice("sla_tier", false, 32, SlaTier.values())
            .whole("storage_capacity_units", false, Node.STORAGE_CAPACITY_UNITS)
            .number("floor_area_m2", false, Node.FLOOR_AREA_M2)
            .decimal("fixed_cost_per_day", false, 2, Node.FIXED_COST_PER_DAY)
            .decimal("handling_cost_per_order", false, 4, Node.HANDLING_COST_PER_ORDER)
            .text("replenishment_source", false, 64)
            .note("node code")
            .number("lead_time_days", false, Node.LEAD_TIME_DAYS)
            .text("served_by", false, 64)
            .note("node code; required for PICKUP_POINT")
            .whole("orders_per_day", false, SiteOperations.ORDERS_PER_DAY)
            .note("orders the site can dispatch per day; default 0.25 per m² of floor area (at least 50), else 200")
            .number("same_day_cutoff_hour", false, SiteOperations.SAME_DAY_CUTOFF_HOUR)
            .note("hour after which a same-day order waits for the next day; default 14")
            .number("supply_lead_time_days", false, SiteOperations.SUPPLY_LEAD_TIME_DAYS)
            .note("vendor lead time of a site without replenishment_source (a regional DC); default 3")
            .whole("supply_review_days", false, SiteOperations.SUPPLY_REVIEW_DAYS)
            .note("days between two vendor orders of such a site; default 7")
            .build();

    public static final Layout STOCK = Layout.of("stock", "stock.csv")
            .text("node", true, 64)
            .note("node code")
            .text("sku", true, 64)
            .note("SKU code")
            .whole("on_hand", true, StockLevel.UNITS)
            .whole("reserved", false, StockLevel.UNITS)
            .whole("in_transit", false, StockLevel.UNITS)
            .time("as_of", true)
            .build();

    public static final Layout ORDERS = Layout.of("orders", "orders.csv")
            .text("code", true, 64)
            .time("created_at", true)
            .time("promised_by", false)
            .text("channel", true, 32)
            .number("customer_lat", true, GeoPoint.LATITUDE)
            .number("customer_lon", true, GeoPoint.LONGITUDE)
            .text("fulfilled_by", false, 64)
            .note("baseline node code")
            .build();

    public static final Layout ORDER_LINES = Layout.of("order lines", "order-lines.csv")
            .text("order", true, 64)
            .note("order code")
            .whole("line_no", true, OrderLine.LINE_NO)
            .text("sku", true, 64)
            .note("SKU code")
            .whole("quantity", true, OrderLine.QUANTITY)
            .build();

    public static final Layout RULES = RuleFormat.LAYOUT;

    /** The zones sheet of the workbook; the CSV-less zones file is GeoJSON. */
    public static final Layout ZONES = Layout.of("delivery zones", "delivery-zones.geojson")
            .text("code", true, 64)
            .text("node", true, 64)
            .note("node code")
            .choice("sla_tier", true, 32, SlaTier.values())
            .text("wkt", true, LIST)
            .note("the polygon as WKT, lon lat order; in the GeoJSON file the feature's geometry")
            .build();

    /**
     * The scenario's demand changes (demand multipliers); the file is the whole list, so an import
     * replaces the scenario's changes with its rows. A row names at most one district.
     */
    public static final Layout DEMAND_MULTIPLIERS = Layout.of("demand multipliers", "demand-multipliers.csv")
            .number("factor", true, DemandMultiplier.FACTOR)
            .note("demand is multiplied by this")
            .text("sku", false, 64)
            .note("SKU code; empty: every SKU (of the category)")
            .text("category", false, 64)
            .note("SKU category; empty: every category")
            .text("site", false, 64)
            .note("node code: that site's demand; leave zone and area_wkt empty")
            .text("zone", false, 64)
            .note("delivery zone code: customers inside the zone")
            .text("area_wkt", false, LIST)
            .note("a drawn district: customers inside this polygon (WKT, lon lat order)")
            .text("valid_from", false, 10)
            .note("first day, YYYY-MM-DD; empty: open")
            .text("valid_to", false, 10)
            .note("last day, YYYY-MM-DD; empty: open")
            .text("note", false, 500)
            .build();

    /**
     * The regional DCs' vendor supply per SKU category, overriding the DC's own
     * supply_lead_time_days and supply_review_days for that category's SKUs; the file is the whole
     * list, so an import replaces the scenario's rows with its rows.
     */
    public static final Layout CATEGORY_SUPPLY = Layout.of("category supply", "category-supply.csv")
            .text("site", true, 64)
            .note("node code of a REGIONAL_DC")
            .text("category", true, 64)
            .note("SKU category, as in skus.csv")
            .number("supply_lead_time_days", false, SiteOperations.SUPPLY_LEAD_TIME_DAYS)
            .note("vendor lead time of the category at this DC; empty: the DC's value")
            .whole("supply_review_days", false, SiteOperations.SUPPLY_REVIEW_DAYS)
            .note("days between two vendor orders of the category; empty: the DC's value. Give at least one of the two")
            .build();

    /** Dependency order: what a file refers to is imported before it. */
    public static final List<Layout> ALL =
            List.of(SKUS, NODES, STOCK, ORDERS, ORDER_LINES, RULES, ZONES, DEMAND_MULTIPLIERS, CATEGORY_SUPPLY);
}

package dev.microtower.testing;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.store.Database;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/** A made-up but plausible Bay Area network of any size, the same for the same seed. */
public final class SyntheticNetwork {
    private static final double[][] TOWNS = {
        {37.7749, -122.4194}, {37.8044, -122.2712}, {37.3382, -121.8863}, {37.8716, -122.2727},
        {37.4419, -122.1430}, {37.5485, -121.9886}, {37.9101, -122.0652}, {37.5630, -122.3255},
        {37.6688, -122.0808}, {37.9735, -122.5311}
    };
    private static final String[] TOWN_NAMES = {
        "San Francisco",
        "Oakland",
        "San Jose",
        "Berkeley",
        "Palo Alto",
        "Fremont",
        "Walnut Creek",
        "San Mateo",
        "Hayward",
        "San Rafael"
    };

    private SyntheticNetwork() {}

    public static List<Node> nodes(int count, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>(count);
        int dcs = Math.max(1, count / 60);
        for (int i = 0; i < count; i++) {
            int town = i < dcs ? i % TOWNS.length : random.nextInt(TOWNS.length);
            NodeType type = i < dcs ? NodeType.REGIONAL_DC : pickType(random);
            double spread = type == NodeType.REGIONAL_DC ? 0.02 : 0.045;
            GeoPoint where = new GeoPoint(
                    TOWNS[town][0] + random.nextGaussian() * spread, TOWNS[town][1] + random.nextGaussian() * spread);
            String code = prefix(type) + "-" + String.format("%04d", i);
            double s = random.nextDouble();
            NodeStatus status = i < dcs || s < 0.85
                    ? NodeStatus.ACTIVE
                    : s < 0.91 ? NodeStatus.PLANNED : s < 0.96 ? NodeStatus.DISRUPTED : NodeStatus.CLOSED;
            Long capacity =
                    switch (type) {
                        case REGIONAL_DC -> 400_000L + random.nextInt(200_000);
                        case MICRO_FULFILLMENT_CENTER -> 30_000L + random.nextInt(20_000);
                        case DARK_STORE -> 8_000L + random.nextInt(6_000);
                        case MICRO_HUB -> 3_000L + random.nextInt(3_000);
                        case STORE -> 5_000L + random.nextInt(5_000);
                        case PICKUP_POINT -> null;
                    };
            NodeCode servedBy =
                    type == NodeType.PICKUP_POINT ? NodeCode.of(prefix(NodeType.REGIONAL_DC) + "-0000") : null;
            nodes.add(new Node(
                    NodeCode.of(code),
                    name(type, TOWN_NAMES[town], i),
                    type,
                    where,
                    (100 + i) + " Market St",
                    TOWN_NAMES[town],
                    "Bay Area",
                    status,
                    type == NodeType.REGIONAL_DC ? SlaTier.REPLENISHMENT_HUB : SlaTier.SAME_DAY,
                    capacity,
                    capacity == null ? null : capacity / 20.0,
                    new BigDecimal("120.00"),
                    new BigDecimal("1.2500"),
                    type == NodeType.REGIONAL_DC || type == NodeType.PICKUP_POINT
                            ? null
                            : NodeCode.of(prefix(NodeType.REGIONAL_DC) + "-0000"),
                    type == NodeType.REGIONAL_DC || type == NodeType.PICKUP_POINT ? null : 1.5,
                    servedBy));
        }
        return nodes;
    }

    private static NodeType pickType(Random random) {
        double r = random.nextDouble();
        return r < 0.08
                ? NodeType.MICRO_FULFILLMENT_CENTER
                : r < 0.3
                        ? NodeType.DARK_STORE
                        : r < 0.45 ? NodeType.MICRO_HUB : r < 0.7 ? NodeType.STORE : NodeType.PICKUP_POINT;
    }

    private static String prefix(NodeType type) {
        return switch (type) {
            case REGIONAL_DC -> "DC";
            case MICRO_FULFILLMENT_CENTER -> "MFC";
            case DARK_STORE -> "DS";
            case MICRO_HUB -> "HUB";
            case STORE -> "ST";
            case PICKUP_POINT -> "PUP";
        };
    }

    private static String name(NodeType type, String town, int i) {
        return town + " "
                + switch (type) {
                    case REGIONAL_DC -> "DC";
                    case MICRO_FULFILLMENT_CENTER -> "MFC";
                    case DARK_STORE -> "dark store";
                    case MICRO_HUB -> "micro-hub";
                    case STORE -> "store";
                    case PICKUP_POINT -> "locker";
                } + " " + i;
    }

    public static List<Sku> skus(int count) {
        String[] categories = {"Dairy", "Produce", "Snacks", "Household", "Frozen"};
        List<Sku> skus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String category = categories[i % categories.length];
            skus.add(new Sku(
                    SkuCode.of(String.format("SKU-%03d", i)),
                    category + " item " + i,
                    category,
                    category.equals("Frozen") ? TemperatureClass.FROZEN : TemperatureClass.AMBIENT,
                    1.0,
                    0.5,
                    new BigDecimal("2.50"),
                    null,
                    false,
                    new TreeSet<>()));
        }
        return skus;
    }

    /** Stock of every SKU at every stocked node, with quantities that depend on the pair. */
    public static List<StockLevel> stock(List<Node> nodes, List<Sku> skus) {
        Instant asOf = Instant.parse("2026-07-01T06:00:00Z");
        List<StockLevel> levels = new ArrayList<>();
        for (Node node : nodes) {
            if (!node.type().holdsStock()) {
                continue;
            }
            for (int s = 0; s < skus.size(); s++) {
                long onHand = 10 + (node.code().hashCode() & 0xff) % 50 + s * 3L;
                levels.add(new StockLevel(node.code(), skus.get(s).code(), onHand, s % 4, s % 3 == 0 ? 12 : 0, asOf));
            }
        }
        return levels;
    }

    /** Writes a synthetic network to a database file: {@code PATH [SITES]}, for looking at the window by hand. */
    public static void main(String[] args) {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<Node> nodes = nodes(count, 42);
        List<Sku> skus = skus(40);
        try (Database db = Database.open(java.nio.file.Path.of(args[0]))) {
            writeTo(db, nodes, skus, stock(nodes.subList(0, Math.min(40, nodes.size())), skus));
        }
    }

    public static void writeTo(Database database, List<Node> nodes, List<Sku> skus, List<StockLevel> stock) {
        new JooqNodeRepository(database).saveAll(ScenarioId.BASELINE, nodes);
        SkuRepository skuRepository = new JooqSkuRepository(database);
        skus.forEach(skuRepository::save);
        StockRepository stockRepository = new JooqStockRepository(database);
        stock.forEach(level -> stockRepository.save(ScenarioId.BASELINE, level));
    }

    /**
     * {@code perDay} orders a day for {@code days} days up to {@code lastDay} at each stocked node
     * of {@code nodes}, placed a few metres from it (so the node is the nearest and its demand
     * forecast above zero), each with one to three lines of random SKUs. The same for the same seed.
     */
    public static List<Order> orders(
            List<Node> nodes, List<Sku> skus, java.time.LocalDate lastDay, int days, int perDay, long seed) {
        Random random = new Random(seed);
        List<Order> orders = new ArrayList<>();
        java.time.LocalDate first = lastDay.minusDays(days - 1L);
        for (Node node : nodes) {
            if (!node.isStocked()) {
                continue;
            }
            for (int d = 0; d < days; d++) {
                Instant midnight =
                        first.plusDays(d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                for (int k = 0; k < perDay; k++) {
                    List<OrderLine> lines = new ArrayList<>();
                    int count = 1 + random.nextInt(3);
                    java.util.Set<Integer> picked = new java.util.LinkedHashSet<>();
                    while (picked.size() < Math.min(count, skus.size())) {
                        picked.add(random.nextInt(skus.size()));
                    }
                    for (int s : picked) {
                        lines.add(new OrderLine(lines.size() + 1, skus.get(s).code(), 1 + random.nextInt(3)));
                    }
                    orders.add(new Order(
                            OrderCode.of(node.code().value() + "-" + d + "-" + k),
                            midnight.plusSeconds(3_600L * (8 + k % 12)),
                            null,
                            "web",
                            new GeoPoint(
                                    node.location().lat() + random.nextGaussian() * 0.0004,
                                    node.location().lon() + random.nextGaussian() * 0.0004),
                            null,
                            lines));
                }
            }
        }
        return orders;
    }
}

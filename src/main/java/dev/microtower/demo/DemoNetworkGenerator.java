package dev.microtower.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.importexport.Layouts;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a demo network into a folder in the formats of docs/file-formats.md: nodes, SKUs, stock,
 * order history, allocation rules and delivery zones. The output depends only on the options: a
 * seed gives the same bytes on every run and machine (own random streams, {@link StrictMath},
 * fixed-point number text, rows in key order, a fixed end of history rather than today, gzip
 * without a timestamp), which is what lets the Bay Area files be committed and checked against
 * the generator.
 */
public final class DemoNetworkGenerator {
    /** The last day of the order history; stock is as of the midnight after it, Pacific time. */
    public static final LocalDate HISTORY_END = LocalDate.of(2026, 10, 31);

    public static final String NODES = "nodes.csv";
    public static final String SKUS = "skus.csv";
    public static final String STOCK = "stock.csv";
    public static final String ORDERS = "orders.csv.gz";
    public static final String ORDER_LINES = "order-lines.csv.gz";
    public static final String RULES = "allocation-rules.csv";
    public static final String ZONES = "delivery-zones.geojson";
    public static final List<String> FILES = List.of(NODES, SKUS, STOCK, ORDERS, ORDER_LINES, RULES, ZONES);

    private static final int ZONE_VERTICES = 36;
    private static final double DC_ZONE_KM = 50;

    /** What was written: counts per entity and the dates of the history. */
    public record Summary(
            Map<NodeType, Integer> nodesByType,
            int skus,
            long stockRows,
            long orders,
            long orderLines,
            int rules,
            int zones,
            LocalDate firstDay,
            LocalDate lastDay) {

        public Summary {
            nodesByType = Collections.unmodifiableMap(new EnumMap<>(nodesByType));
        }

        public int nodes() {
            return nodesByType.values().stream().mapToInt(Integer::intValue).sum();
        }

        public String format() {
            StringBuilder text = new StringBuilder();
            text.append("nodes: ").append(nodes());
            nodesByType.forEach(
                    (type, count) -> text.append(", ").append(type).append(' ').append(count));
            text.append('\n').append("skus: ").append(skus).append('\n');
            text.append("stock rows: ").append(stockRows).append('\n');
            text.append("orders: ")
                    .append(orders)
                    .append(" (")
                    .append(firstDay)
                    .append(" to ")
                    .append(lastDay)
                    .append("), lines: ")
                    .append(orderLines)
                    .append('\n');
            text.append("allocation rules: ")
                    .append(rules)
                    .append(", delivery zones: ")
                    .append(zones)
                    .append('\n');
            return text.toString();
        }
    }

    private record Zone(String code, DemoNode node, SlaTier tier, double radiusKm) {}

    private DemoNetworkGenerator() {}

    /**
     * The first selling day of each SKU as days before the end of the history (-1: always sold):
     * {@code newSkuShare} of them, drawn at random, launch on a day of the last {@link
     * DemoOptions#NEW_SKU_WEEKS} weeks.
     */
    static int[] launches(DemoOptions options, int count, Rng rng) {
        int[] daysBeforeEnd = new int[count];
        Arrays.fill(daysBeforeEnd, -1);
        int fresh = (int) Math.round(count * options.newSkuShare());
        int window = Math.min(options.days(), 7 * DemoOptions.NEW_SKU_WEEKS);
        for (int chosen = 0; chosen < fresh; ) {
            int sku = rng.between(0, count - 1);
            if (daysBeforeEnd[sku] < 0) {
                daysBeforeEnd[sku] = rng.between(0, window - 1);
                chosen++;
            }
        }
        return daysBeforeEnd;
    }

    /**
     * Generates the network into {@code directory} (created if missing). Files are written under
     * temporary names and renamed at the end, so a failure leaves no half-written file behind.
     */
    public static Summary generate(DemoOptions options, Path directory) throws IOException {
        Files.createDirectories(directory);
        long seed = options.seed();
        List<DemoSku> skus = SkuCatalogue.generate(options.skus(), Rng.of(seed, "skus"), options.popularityExponent());
        List<DemoNode> nodes = new ArrayList<>(NetworkPlan.build(options.nodes(), Rng.of(seed, "nodes")));
        BitSet[] assortments = Assortments.build(nodes, skus, Rng.of(seed, "assortments"));
        DemandLedger[] ledgers = new DemandLedger[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).stocked()) {
                ledgers[i] = new DemandLedger(assortments[i]);
            }
        }
        LocalDate first = HISTORY_END.minusDays(options.days() - 1L);
        Instant asOf =
                HISTORY_END.plusDays(1).atStartOfDay(OrderHistory.PACIFIC).toInstant();

        Map<String, Path> temporary = new LinkedHashMap<>();
        for (String file : FILES) {
            temporary.put(file, directory.resolve("." + file + ".tmp"));
        }
        try {
            OrderHistory history = new OrderHistory(nodes, skus, assortments, ledgers, asOf, Rng.of(seed, "orders"))
                    .launching(launches(options, skus.size(), Rng.of(seed, "new-skus")))
                    .localMix(options.localMix(), seed);
            try (CsvWriter orders = csv(gzip(temporary.get(ORDERS)));
                    CsvWriter lines = csv(gzip(temporary.get(ORDER_LINES)))) {
                history.write(first, HISTORY_END, options.effectiveOrdersPerDay(), orders, lines);
            }
            StockPlan stock = StockPlan.build(nodes, skus, ledgers, Rng.of(seed, "stock"));
            SiteSizing.apply(nodes, stock, Rng.of(seed, "sizing"));
            writeStock(temporary.get(STOCK), nodes, skus, stock, asOf);
            writeNodes(temporary.get(NODES), nodes);
            writeSkus(temporary.get(SKUS), skus);
            List<List<String>> rules = StartingRules.rows(nodes);
            writeRules(temporary.get(RULES), rules);
            List<Zone> zones = zones(nodes);
            writeZones(temporary.get(ZONES), zones);
            for (Map.Entry<String, Path> file : temporary.entrySet()) {
                Files.move(file.getValue(), directory.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
            Map<NodeType, Integer> byType = new EnumMap<>(NodeType.class);
            for (DemoNode node : nodes) {
                byType.merge(node.type(), 1, Integer::sum);
            }
            return new Summary(
                    byType,
                    skus.size(),
                    stock.rows().size(),
                    history.orders(),
                    history.lines(),
                    rules.size(),
                    zones.size(),
                    first,
                    HISTORY_END);
        } finally {
            for (Path file : temporary.values()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static OutputStream gzip(Path file) throws IOException {
        // java.util.zip writes a zero modification time, so the bytes do not depend on the clock
        return new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    private static CsvWriter csv(OutputStream out) {
        return CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static CsvWriter csv(Path file) throws IOException {
        return csv(Files.newOutputStream(file));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(Double value, int digits) {
        return value == null ? "" : Fixed.format(value, digits);
    }

    private static void writeNodes(Path file, List<DemoNode> nodes) throws IOException {
        try (CsvWriter csv = csv(file)) {
            csv.writeRecord(Layouts.NODES.names());
            for (DemoNode n : nodes) {
                csv.writeRecord(
                        n.code(),
                        n.name(),
                        n.type().name(),
                        Fixed.format(n.lat(), 6),
                        Fixed.format(n.lon(), 6),
                        n.address(),
                        n.town(),
                        n.region(),
                        n.status().name(),
                        text(n.slaTier()),
                        text(n.storageCapacityUnits()),
                        decimal(n.floorAreaM2(), 0),
                        Fixed.format(n.fixedCostPerDay(), 2),
                        Fixed.format(n.handlingCostPerOrder(), 2),
                        text(n.replenishmentSource()),
                        text(n.leadTimeDays()),
                        text(n.servedBy()),
                        // orders per day, same-day cut-off, supply lead time and review period: the
                        // demo keeps the documented defaults (docs/kpis.md)
                        "",
                        "",
                        "",
                        "");
            }
        }
    }

    private static void writeSkus(Path file, List<DemoSku> skus) throws IOException {
        try (CsvWriter csv = csv(file)) {
            csv.writeRecord(Layouts.SKUS.names());
            for (DemoSku s : skus) {
                csv.writeRecord(
                        s.code(),
                        s.name(),
                        s.category(),
                        s.temperatureClass().name(),
                        Fixed.format(s.unitVolumeL(), 3),
                        Fixed.format(s.unitWeightKg(), 3),
                        Fixed.format(s.unitCost(), 2),
                        Fixed.format(s.unitPrice(), 2),
                        text(s.shelfLifeDays()),
                        Boolean.toString(s.bulky()),
                        String.join("|", s.tags()));
            }
        }
    }

    private static void writeStock(Path file, List<DemoNode> nodes, List<DemoSku> skus, StockPlan stock, Instant asOf)
            throws IOException {
        String asOfText = asOf.toString();
        try (CsvWriter csv = csv(file)) {
            csv.writeRecord(Layouts.STOCK.names());
            // rows are built node by node (nodes in code order) and SKU by SKU (index = code order)
            for (StockPlan.Row row : stock.rows()) {
                csv.writeRecord(
                        nodes.get(row.node()).code(),
                        skus.get(row.sku()).code(),
                        Long.toString(row.onHand()),
                        Long.toString(row.reserved()),
                        Long.toString(row.inTransit()),
                        asOfText);
            }
        }
    }

    private static void writeRules(Path file, List<List<String>> rules) throws IOException {
        try (CsvWriter csv = csv(file)) {
            csv.writeRecord(StartingRules.HEADER);
            for (List<String> rule : rules) {
                csv.writeRecord(rule);
            }
        }
    }

    /** Every stocked site gets the zones its promise needs: circles of SLA-appropriate radius. */
    private static List<Zone> zones(List<DemoNode> nodes) {
        List<Zone> zones = new ArrayList<>();
        for (DemoNode node : nodes) {
            if (!node.stocked()) {
                continue;
            }
            if (node.type() == NodeType.REGIONAL_DC) {
                zones.add(new Zone("Z-" + node.code() + "-RH", node, SlaTier.REPLENISHMENT_HUB, DC_ZONE_KM));
                continue;
            }
            double sameDay = OrderHistory.sameDayRadiusKm(node);
            double nextDay = OrderHistory.nextDayRadiusKm(node);
            if (sameDay > 0) {
                zones.add(new Zone("Z-" + node.code() + "-SD", node, SlaTier.SAME_DAY, sameDay));
            }
            if (nextDay > 0) {
                zones.add(new Zone("Z-" + node.code() + "-ND", node, SlaTier.NEXT_DAY, nextDay));
            }
        }
        zones.sort((a, b) -> a.code().compareTo(b.code()));
        return zones;
    }

    private static void writeZones(Path file, List<Zone> zones) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Zone zone : zones) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("properties");
                json.writeStringField("code", zone.code());
                json.writeStringField("node", zone.node().code());
                json.writeStringField("sla_tier", zone.tier().name());
                json.writeEndObject();
                json.writeObjectFieldStart("geometry");
                json.writeStringField("type", "Polygon");
                json.writeArrayFieldStart("coordinates");
                json.writeStartArray();
                // counter-clockwise, as RFC 7946 wants exterior rings; the first vertex closes the ring
                String[][] ring = new String[ZONE_VERTICES][];
                for (int v = 0; v < ZONE_VERTICES; v++) {
                    double angle = 2 * StrictMath.PI * v / ZONE_VERTICES;
                    double lat = zone.node().lat() + BayArea.kmToDegreesLat(zone.radiusKm() * StrictMath.sin(angle));
                    double lon = zone.node().lon()
                            + BayArea.kmToDegreesLon(
                                    zone.radiusKm() * StrictMath.cos(angle),
                                    zone.node().lat());
                    ring[v] = new String[] {Fixed.format(lon, 6), Fixed.format(lat, 6)};
                }
                for (int v = 0; v <= ZONE_VERTICES; v++) {
                    String[] point = ring[v % ZONE_VERTICES];
                    json.writeStartArray();
                    json.writeNumber(point[0]);
                    json.writeNumber(point[1]);
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}

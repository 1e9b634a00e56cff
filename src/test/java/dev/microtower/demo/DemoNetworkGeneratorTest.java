package dev.microtower.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class DemoNetworkGeneratorTest {
    private static final Path COMMITTED = Path.of("sample-data", "bay-area");

    @TempDir
    static Path shared;

    private static Path bayArea;
    private static DemoNetworkGenerator.Summary summary;
    private static List<Map<String, String>> nodes;
    private static Map<String, Map<String, String>> nodesByCode;
    private static List<Map<String, String>> orders;
    private static List<Map<String, String>> lines;
    private static List<Map<String, String>> stock;
    private static List<Map<String, String>> skus;

    @BeforeAll
    static void generateTheBayArea() throws IOException {
        bayArea = shared.resolve("bay-area");
        summary = DemoNetworkGenerator.generate(DemoOptions.bayArea(), bayArea);
        nodes = DemoFiles.rows(bayArea.resolve(DemoNetworkGenerator.NODES));
        nodesByCode = nodes.stream().collect(Collectors.toMap(n -> n.get("code"), Function.identity()));
        orders = DemoFiles.rows(bayArea.resolve(DemoNetworkGenerator.ORDERS));
        lines = DemoFiles.rows(bayArea.resolve(DemoNetworkGenerator.ORDER_LINES));
        stock = DemoFiles.rows(bayArea.resolve(DemoNetworkGenerator.STOCK));
        skus = DemoFiles.rows(bayArea.resolve(DemoNetworkGenerator.SKUS));
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedWritesOthers(@TempDir Path dir) throws IOException {
        DemoOptions week = DemoOptions.bayArea().withDays(7);
        DemoNetworkGenerator.generate(week, dir.resolve("a"));
        DemoNetworkGenerator.generate(week, dir.resolve("b"));
        DemoNetworkGenerator.generate(week.withSeed(7), dir.resolve("c"));
        for (String file : DemoNetworkGenerator.FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(file));
            assertTrue(a.length > 100, file + " has content");
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
        // the hand-made sites, and so the rules and zones, are the same for every seed; what is drawn differs
        for (String file : List.of(
                DemoNetworkGenerator.NODES,
                DemoNetworkGenerator.SKUS,
                DemoNetworkGenerator.STOCK,
                DemoNetworkGenerator.ORDERS,
                DemoNetworkGenerator.ORDER_LINES)) {
            assertFalse(
                    Arrays.equals(
                            DemoFiles.content(dir.resolve("a").resolve(file)),
                            DemoFiles.content(dir.resolve("c").resolve(file))),
                    file + " should depend on the seed");
        }
        try (var left = Files.list(dir.resolve("a"))) {
            assertEquals(
                    new TreeSet<>(DemoNetworkGenerator.FILES),
                    left.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)),
                    "no temporary files are left behind");
        }
    }

    @Test
    void committedBayAreaFilesAreWhatTheGeneratorWritesWithTheDefaultSeed() throws IOException {
        for (String file : DemoNetworkGenerator.FILES) {
            Path committed = COMMITTED.resolve(file);
            assertTrue(Files.exists(committed), committed + " is committed");
            // gzip bytes depend on the zlib build; the content is what must not drift
            assertArrayEquals(
                    DemoFiles.content(bayArea.resolve(file)),
                    DemoFiles.content(committed),
                    file
                            + " differs from a fresh generation: regenerate sample-data/bay-area (see"
                            + " sample-data/README.md)");
        }
        long total = 0;
        for (String file : DemoNetworkGenerator.FILES) {
            total += Files.size(COMMITTED.resolve(file));
        }
        assertTrue(total < 10_000_000, "committed demo data stays small: " + total + " bytes");
    }

    @Test
    void bayAreaHasTheSitesOfEveryKindWithOnePlannedAndOneDisrupted() {
        Map<String, Long> byType = count(nodes, "type");
        assertTrue(byType.get("REGIONAL_DC") >= 2, "regional DCs: " + byType);
        assertEquals(12, byType.get("MICRO_FULFILLMENT_CENTER"));
        assertEquals(8, byType.get("DARK_STORE"));
        assertEquals(6, byType.get("MICRO_HUB"));
        assertEquals(40, byType.get("PICKUP_POINT"));
        assertEquals(summary.nodes(), nodes.size());
        Map<String, Long> byStatus = count(nodes, "status");
        assertEquals(1, byStatus.get("PLANNED"));
        assertEquals(1, byStatus.get("DISRUPTED"));
        assertEquals(nodes.size() - 2, byStatus.get("ACTIVE"));
        assertEquals(
                Set.of("San Francisco", "Peninsula", "South Bay", "East Bay", "North Bay", "Tri-Valley"),
                nodes.stream().map(n -> n.get("region")).collect(Collectors.toSet()));
        assertEquals(2000, skus.size());
        assertEquals(
                120,
                orders.stream()
                        .map(o -> localDay(o.get("created_at")))
                        .distinct()
                        .count());
    }

    @Test
    void rowsAreValidDomainRecords() {
        for (Map<String, String> n : nodes) {
            Node node = node(n);
            if (node.type() == NodeType.REGIONAL_DC) {
                assertEquals(SlaTier.REPLENISHMENT_HUB, node.slaTier());
            } else if (node.type() != NodeType.PICKUP_POINT) {
                Node source = node(nodesByCode.get(node.replenishmentSource().value()));
                assertEquals(NodeType.REGIONAL_DC, source.type(), node.code() + " is fed by a DC");
                assertTrue(node.leadTimeDays() >= 1 && node.leadTimeDays() <= 3, node.code() + " lead time");
            }
            if (node.type() == NodeType.DARK_STORE) {
                assertEquals(SlaTier.SAME_DAY, node.slaTier());
            }
            if (node.type() != NodeType.PICKUP_POINT) {
                // capacity and floor area agree: a plausible storage density for the type
                double unitsPerM2 = node.storageCapacityUnits() / node.floorAreaM2();
                double[] density =
                        switch (node.type()) {
                            case REGIONAL_DC -> new double[] {25, 37};
                            case MICRO_FULFILLMENT_CENTER -> new double[] {55, 76};
                            default -> new double[] {25, 50};
                        };
                assertTrue(
                        unitsPerM2 >= density[0] && unitsPerM2 <= density[1],
                        node.code() + " stores " + unitsPerM2 + " units per m2");
            } else {
                assertEquals(null, node.storageCapacityUnits(), node.code() + " stores nothing");
            }
        }
        Set<String> categories = new HashSet<>();
        for (Map<String, String> s : skus) {
            Sku sku = new Sku(
                    SkuCode.of(s.get("code")),
                    s.get("name"),
                    s.get("category"),
                    TemperatureClass.valueOf(s.get("temperature_class")),
                    Double.parseDouble(s.get("unit_volume_l")),
                    Double.parseDouble(s.get("unit_weight_kg")),
                    new BigDecimal(s.get("unit_cost")),
                    s.get("shelf_life_days").isEmpty() ? null : Integer.valueOf(s.get("shelf_life_days")),
                    Boolean.parseBoolean(s.get("bulky")),
                    list(s.get("tags")).stream().collect(Collectors.toCollection(TreeSet::new)));
            categories.add(sku.category());
            if (sku.temperatureClass() != TemperatureClass.AMBIENT
                    && !sku.tags().contains("rx")) {
                assertTrue(sku.shelfLifeDays() != null, sku.code() + " is perishable and has a shelf life");
            }
            assertEquals(sku.bulky(), sku.tags().contains("bulky"), sku.code() + " bulky tag matches the flag");
        }
        assertEquals(10, categories.size(), "categories: " + categories);
        assertEquals(
                skus.size(), skus.stream().map(s -> s.get("name")).distinct().count(), "SKU names are unique");
        for (Map<String, String> r : stock) {
            new StockLevel(
                    NodeCode.of(r.get("node")),
                    SkuCode.of(r.get("sku")),
                    Long.parseLong(r.get("on_hand")),
                    Long.parseLong(r.get("reserved")),
                    Long.parseLong(r.get("in_transit")),
                    Instant.parse(r.get("as_of")));
        }
        List<AllocationRule> rules = new ArrayList<>();
        for (Map<String, String> r : DemoFiles.rows(bayArea.resolve(DemoNetworkGenerator.RULES))) {
            rules.add(rule(r));
        }
        assertEquals(summary.rules(), rules.size());
        AllocationRule last = rules.get(rules.size() - 1);
        assertTrue(last.skus().isAny() && last.nodes().isAny() && last.enabled(), "a catch-all comes last");
        assertTrue(rules.stream().anyMatch(r -> !r.enabled()), "one rule is switched off");
        for (String code :
                rules.get(0).nodes().nodes().stream().map(NodeCode::value).toList()) {
            assertTrue(nodesByCode.containsKey(code), "rule names an existing node: " + code);
        }
    }

    @Test
    void everySiteAndEverySampledCustomerIsOnLand() {
        for (Map<String, String> n : nodes) {
            double lat = Double.parseDouble(n.get("lat"));
            double lon = Double.parseDouble(n.get("lon"));
            assertTrue(BayArea.isOnLand(lat, lon), n.get("code") + " at " + lat + "," + lon + " is in the water");
            assertTrue(lat > 37.0 && lat < 38.6 && lon > -123.0 && lon < -121.5, n.get("code") + " is in the Bay Area");
        }
        int checked = 0;
        for (int i = 0; i < orders.size(); i += 37) {
            Map<String, String> o = orders.get(i);
            double lat = Double.parseDouble(o.get("customer_lat"));
            double lon = Double.parseDouble(o.get("customer_lon"));
            assertTrue(
                    BayArea.isOnLand(lat, lon), o.get("code") + " customer at " + lat + "," + lon + " is in the water");
            checked++;
        }
        assertTrue(checked > 4000);
    }

    @Test
    void waterOutlineTellsTheBayFromTheShore() {
        double[][] water = {
            {37.70, -122.28}, // mid bay between SFO and Oakland airport
            {37.82, -122.36}, // off Treasure Island... west of the Bay Bridge toll plaza
            {37.53, -122.16}, // south bay at the Dumbarton bridge
            {38.06, -122.40}, // San Pablo Bay
            {37.75, -122.60}, // Pacific off Ocean Beach
            {37.30, -122.50}, // Pacific off Pescadero
            {38.08, -122.00}, // Suisun Bay
            {37.81, -122.49}, // Golden Gate
        };
        for (double[] p : water) {
            assertFalse(BayArea.isOnLand(p[0], p[1]), p[0] + "," + p[1] + " is water");
        }
        for (Town town : BayArea.TOWNS) {
            assertTrue(BayArea.isOnLand(town.lat(), town.lon()), town.label() + " is on land");
        }
        assertTrue(BayArea.isOnLand(37.7652, -122.2416), "Alameda island is land");
        assertTrue(BayArea.isOnLand(37.5585, -122.2711), "Foster City is land");
    }

    @Test
    void pickupPointsAreServedByStockedSitesAndEveryStockedSiteHasStockAndZones() throws IOException {
        Set<String> withStock = stock.stream().map(r -> r.get("node")).collect(Collectors.toSet());
        for (Map<String, String> n : nodes) {
            Node node = node(n);
            if (node.type() == NodeType.PICKUP_POINT) {
                Node server = node(nodesByCode.get(node.servedBy().value()));
                assertTrue(server.isStocked(), node.code() + " is served by stocked " + server.code());
                assertTrue(withStock.contains(server.code().value()), server.code() + " has stock");
            }
            assertEquals(node.isStocked(), withStock.contains(node.code().value()), node.code() + " stock rows");
        }
        JsonNode zones = new ObjectMapper()
                .readTree(bayArea.resolve(DemoNetworkGenerator.ZONES).toFile());
        assertEquals("FeatureCollection", zones.get("type").asText());
        GeometryFactory geometry = new GeometryFactory();
        Set<String> zoned = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode feature : zones.get("features")) {
            JsonNode properties = feature.get("properties");
            String node = properties.get("node").asText();
            assertTrue(codes.add(properties.get("code").asText()), "zone codes are unique");
            SlaTier.valueOf(properties.get("sla_tier").asText());
            assertTrue(node(nodesByCode.get(node)).isStocked(), "zone of stocked node " + node);
            zoned.add(node);
            assertEquals("Polygon", feature.get("geometry").get("type").asText());
            JsonNode ring = feature.get("geometry").get("coordinates").get(0);
            Coordinate[] coordinates = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                coordinates[i] = new Coordinate(
                        ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            }
            Polygon polygon = geometry.createPolygon(coordinates);
            assertTrue(polygon.isValid(), properties + " is a valid polygon");
            Map<String, String> site = nodesByCode.get(node);
            assertTrue(polygon.contains(geometry.createPoint(
                    new Coordinate(Double.parseDouble(site.get("lon")), Double.parseDouble(site.get("lat"))))));
        }
        assertEquals(summary.zones(), codes.size());
        assertEquals(withStock, zoned, "every stocked site has a delivery zone");
    }

    @Test
    void stockHasStockoutsAndSitesWithFarMoreCoverThanOthers() {
        Map<String, Long> onHand = new HashMap<>();
        Map<String, Long> unitsLastFourWeeks = new HashMap<>();
        Map<String, String> fulfilledBy = new HashMap<>();
        LocalDate recent = DemoNetworkGenerator.HISTORY_END.minusDays(27);
        for (Map<String, String> o : orders) {
            if (!localDay(o.get("created_at")).isBefore(recent)) {
                fulfilledBy.put(o.get("code"), o.get("fulfilled_by"));
            }
        }
        Map<String, Long> unitsBySku = new HashMap<>();
        for (Map<String, String> l : lines) {
            long quantity = Long.parseLong(l.get("quantity"));
            unitsBySku.merge(l.get("sku"), quantity, Long::sum);
            String node = fulfilledBy.get(l.get("order"));
            if (node != null) {
                unitsLastFourWeeks.merge(node, quantity, Long::sum);
            }
        }
        Set<String> fastMovers = unitsBySku.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(50)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        long stockouts = 0;
        long fastMoverStockoutsAtLocalSites = 0;
        long reserved = 0;
        long inTransit = 0;
        for (Map<String, String> r : stock) {
            onHand.merge(r.get("node"), Long.parseLong(r.get("on_hand")), Long::sum);
            if (r.get("on_hand").equals("0")) {
                stockouts++;
                if (fastMovers.contains(r.get("sku")) && !r.get("node").startsWith("DC-")) {
                    fastMoverStockoutsAtLocalSites++;
                }
            }
            reserved += Long.parseLong(r.get("reserved"));
            inTransit += Long.parseLong(r.get("in_transit"));
        }
        assertTrue(stockouts > 20, "stockouts: " + stockouts);
        assertTrue(
                fastMoverStockoutsAtLocalSites > 10,
                "fast movers out at local sites: " + fastMoverStockoutsAtLocalSites);
        assertTrue(stockouts < stock.size() / 10, "but most lines are in stock");
        assertTrue(reserved > 0 && inTransit > 0, "reserved " + reserved + ", in transit " + inTransit);
        double minCover = Double.MAX_VALUE;
        double maxCover = 0;
        for (Map<String, String> n : nodes) {
            if (n.get("status").equals("ACTIVE")
                    && !n.get("type").equals("REGIONAL_DC")
                    && onHand.containsKey(n.get("code"))) {
                double daily = unitsLastFourWeeks.getOrDefault(n.get("code"), 0L) / 28.0;
                double cover = onHand.get(n.get("code")) / daily;
                minCover = Math.min(minCover, cover);
                maxCover = Math.max(maxCover, cover);
            }
        }
        assertTrue(maxCover > 4 * minCover, "days of cover range from " + minCover + " to " + maxCover);
    }

    @Test
    void sitesAreSizedForTheirStockWithTheOverstockedOnesAtOrOverCapacity() {
        Map<String, Long> onHand = new HashMap<>();
        for (Map<String, String> r : stock) {
            onHand.merge(r.get("node"), Long.parseLong(r.get("on_hand")), Long::sum);
        }
        List<Double> local = new ArrayList<>();
        Map<String, Double> utilisation = new HashMap<>();
        for (Map<String, String> n : nodes) {
            Long units = onHand.get(n.get("code"));
            if (units == null) {
                continue;
            }
            double used = units / Double.parseDouble(n.get("storage_capacity_units"));
            utilisation.put(n.get("code"), used);
            if (n.get("type").equals("REGIONAL_DC")) {
                assertTrue(used >= 0.45 && used <= 0.75, n.get("code") + " DC utilisation " + used);
            } else {
                local.add(used);
            }
        }
        assertEquals(25, local.size(), "stocked local sites");
        local.sort(null);
        double median = local.get(local.size() / 2);
        assertTrue(median >= 0.45 && median <= 0.80, "median utilisation of local sites " + median);
        assertTrue(local.get(local.size() - 1) > 0.9, "some site is full or over: " + utilisation);
        assertTrue(local.get(local.size() - 1) < 1.2, "but none absurdly over: " + utilisation);
        assertTrue(local.get(0) > 0.3, "and none stands nearly empty: " + utilisation);
        // the PLANNED site has no stock yet; it is sized like its peers so opening it is a fair what-if
        Map<String, String> planned = nodes.stream()
                .filter(n -> n.get("status").equals("PLANNED"))
                .findFirst()
                .orElseThrow();
        assertFalse(planned.get("storage_capacity_units").isEmpty(), "planned site has a capacity");
    }

    @Test
    void historyHasWeekdaysPromotionsASpikeAndKeptPromises() {
        Map<DayOfWeek, Integer> byWeekday = new HashMap<>();
        int missionInSpike = 0;
        int missionOtherwise = 0;
        Map<String, LocalDate> dayOf = new HashMap<>();
        for (Map<String, String> o : orders) {
            Instant created = Instant.parse(o.get("created_at"));
            Instant promised = Instant.parse(o.get("promised_by"));
            assertFalse(promised.isBefore(created), o.get("code") + " is promised before it was placed");
            Map<String, String> node = nodesByCode.get(o.get("fulfilled_by"));
            assertTrue(node != null && node(node).isStocked(), o.get("code") + " fulfilled by a stocked site");
            if (node.get("sla_tier").equals("NEXT_DAY")) {
                assertTrue(promised.isAfter(created.plusSeconds(3600 * 20)), o.get("code") + " next day promise");
            }
            LocalDate day = localDay(o.get("created_at"));
            dayOf.put(o.get("code"), day);
            byWeekday.merge(day.getDayOfWeek(), 1, Integer::sum);
            double km = BayArea.distanceKm(
                    Double.parseDouble(o.get("customer_lat")),
                    Double.parseDouble(o.get("customer_lon")),
                    37.7599,
                    -122.4148);
            if (km < 1.5) {
                if (OrderHistory.SPIKE.runsOn(day)) {
                    missionInSpike++;
                } else {
                    missionOtherwise++;
                }
            }
        }
        assertTrue(
                byWeekday.get(DayOfWeek.MONDAY) > byWeekday.get(DayOfWeek.SATURDAY) * 1.15, "weekdays: " + byWeekday);
        double spikePerDay = missionInSpike / 7.0;
        double normalPerDay = missionOtherwise / 113.0;
        assertTrue(spikePerDay > 3 * normalPerDay, "Mission spike " + spikePerDay + " vs " + normalPerDay + " a day");

        Map<String, Map<String, String>> skuByCode =
                skus.stream().collect(Collectors.toMap(s -> s.get("code"), Function.identity()));
        for (OrderHistory.Promotion promotion : OrderHistory.PROMOTIONS) {
            long inWindow = 0;
            long outside = 0;
            for (Map<String, String> l : lines) {
                Map<String, String> sku = skuByCode.get(l.get("sku"));
                if (list(sku.get("tags")).contains(promotion.tag())) {
                    if (promotion.runsOn(dayOf.get(l.get("order")))) {
                        inWindow += Long.parseLong(l.get("quantity"));
                    } else {
                        outside += Long.parseLong(l.get("quantity"));
                    }
                }
            }
            long windowDays = promotion.to().toEpochDay() - promotion.from().toEpochDay() + 1;
            double uplift = (inWindow / (double) windowDays) / (outside / (double) (120 - windowDays));
            assertTrue(uplift > 1.8, promotion.name() + " lifts its tagged SKUs: " + uplift);
        }
    }

    @Test
    void biggerNetworksPlaceExtraSitesAroundTheTowns(@TempDir Path dir) {
        DemoOptions options = new DemoOptions(11, 400, 4000, 2, 300);
        DemoNetworkGenerator.Summary big;
        try {
            big = DemoNetworkGenerator.generate(options, dir);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<Map<String, String>> bigNodes = DemoFiles.rows(dir.resolve(DemoNetworkGenerator.NODES));
        assertEquals(400, bigNodes.size());
        assertEquals(400, big.nodes());
        assertEquals(
                4000, DemoFiles.rows(dir.resolve(DemoNetworkGenerator.SKUS)).size());
        assertEquals(400, bigNodes.stream().map(n -> n.get("code")).distinct().count(), "codes are unique");
        for (Map<String, String> n : bigNodes) {
            Node node = node(n);
            assertTrue(BayArea.isOnLand(node.location().lat(), node.location().lon()), node.code() + " on land");
        }
        assertTrue(count(bigNodes, "type").get("MICRO_FULFILLMENT_CENTER") > 40);
        assertNotEquals(0, big.stockRows());
    }

    @Test
    void aLowerPopularityExponentSellsMoreOfTheTailAndNewSkusSellNothingBeforeTheLastWeeks(@TempDir Path dir)
            throws IOException {
        DemoOptions plain = new DemoOptions(3, DemoOptions.bayAreaNodes(), 1000, 56, 60);
        DemoNetworkGenerator.generate(plain, dir.resolve("plain"));
        DemoNetworkGenerator.generate(plain.withLongTail(60, 0.7, 0), dir.resolve("tail"));
        DemoNetworkGenerator.generate(plain.withLongTail(60, plain.popularityExponent(), 0.2), dir.resolve("new"));
        LocalDate lastWeeks = DemoNetworkGenerator.HISTORY_END.minusDays(7L * DemoOptions.NEW_SKU_WEEKS - 1);

        double[] plainFigures = tailFigures(dir.resolve("plain"), lastWeeks);
        double[] tailFigures = tailFigures(dir.resolve("tail"), lastWeeks);
        double[] newFigures = tailFigures(dir.resolve("new"), lastWeeks);
        // the 20 best sellers take a smaller share of the units under 1/k^0.7 than under 1/k^1.05
        assertTrue(tailFigures[0] < plainFigures[0] - 0.1, tailFigures[0] + " vs " + plainFigures[0]);
        // a fifth of the SKUs launched in the last four weeks: about a fifth fewer SKUs sell before them
        assertTrue(newFigures[1] < 0.9 * plainFigures[1], newFigures[1] + " vs " + plainFigures[1]);
        assertTrue(newFigures[1] > 0.7 * plainFigures[1], newFigures[1] + " vs " + plainFigures[1]);
    }

    @Test
    void aLocalMixGivesEachSiteASkuMixOfItsOwn(@TempDir Path dir) throws IOException {
        DemoOptions plain = new DemoOptions(3, DemoOptions.bayAreaNodes(), 1000, 28, 300);
        DemoNetworkGenerator.generate(plain, dir.resolve("plain"));
        DemoNetworkGenerator.generate(plain.withLocalMix(0.2), dir.resolve("local"));
        double same = mixDistance(dir.resolve("plain"));
        double local = mixDistance(dir.resolve("local"));
        // the share of a site's units it would have to move to buy the network's mix
        assertTrue(local > same + 0.05, local + " vs " + same);
        var e = assertThrows(IllegalArgumentException.class, () -> plain.withLocalMix(0.6));
        assertEquals("the share of SKUs that are local favourites must be between 0 and 0.5: 0.6", e.getMessage());
    }

    /** The unit-weighted mean, over the sites, of half the summed absolute difference between the site's SKU shares and the network's. */
    private static double mixDistance(Path files) {
        Map<String, String> siteOf = new HashMap<>();
        for (Map<String, String> o : DemoFiles.rows(files.resolve(DemoNetworkGenerator.ORDERS))) {
            siteOf.put(o.get("code"), o.get("fulfilled_by"));
        }
        Map<String, Map<String, Long>> units = new HashMap<>();
        Map<String, Long> network = new HashMap<>();
        for (Map<String, String> l : DemoFiles.rows(files.resolve(DemoNetworkGenerator.ORDER_LINES))) {
            long q = Long.parseLong(l.get("quantity"));
            units.computeIfAbsent(siteOf.get(l.get("order")), k -> new HashMap<>())
                    .merge(l.get("sku"), q, Long::sum);
            network.merge(l.get("sku"), q, Long::sum);
        }
        double all = network.values().stream().mapToLong(Long::longValue).sum();
        double distance = 0;
        for (Map<String, Long> site : units.values()) {
            double siteUnits = site.values().stream().mapToLong(Long::longValue).sum();
            double d = 0;
            for (var e : network.entrySet()) {
                d += Math.abs(site.getOrDefault(e.getKey(), 0L) / siteUnits - e.getValue() / all);
            }
            distance += siteUnits / all * d / 2;
        }
        return distance;
    }

    @Test
    void longTailOptionsOutOfRangeAreRefusedInWords() {
        DemoOptions plain = DemoOptions.bayArea();
        var exponent = assertThrows(IllegalArgumentException.class, () -> plain.withLongTail(60, 0.2, 0));
        assertTrue(exponent.getMessage().startsWith("the popularity exponent must be between 0.5"));
        var share = assertThrows(IllegalArgumentException.class, () -> plain.withLongTail(60, 1, 0.9));
        assertTrue(share.getMessage().startsWith("the share of new SKUs must be between 0 and 0.5"));
    }

    /** {share of units on the 20 best sellers, SKUs sold before {@code from}}. */
    private static double[] tailFigures(Path files, LocalDate from) {
        Map<String, LocalDate> dayOf = new HashMap<>();
        for (Map<String, String> o : DemoFiles.rows(files.resolve(DemoNetworkGenerator.ORDERS))) {
            dayOf.put(o.get("code"), localDay(o.get("created_at")));
        }
        Map<String, Long> units = new HashMap<>();
        Map<String, LocalDate> firstSale = new HashMap<>();
        for (Map<String, String> l : DemoFiles.rows(files.resolve(DemoNetworkGenerator.ORDER_LINES))) {
            units.merge(l.get("sku"), Long.parseLong(l.get("quantity")), Long::sum);
            LocalDate day = dayOf.get(l.get("order"));
            firstSale.merge(l.get("sku"), day, (a, b) -> a.isBefore(b) ? a : b);
        }
        long all = units.values().stream().mapToLong(Long::longValue).sum();
        long top = units.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(20)
                .mapToLong(Long::longValue)
                .sum();
        long before = firstSale.values().stream().filter(d -> d.isBefore(from)).count();
        return new double[] {top / (double) all, before};
    }

    private static LocalDate localDay(String instant) {
        return Instant.parse(instant).atZone(OrderHistory.PACIFIC).toLocalDate();
    }

    private static Map<String, Long> count(List<Map<String, String>> rows, String column) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get(column), Collectors.counting()));
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\|"));
    }

    private static Node node(Map<String, String> n) {
        return new Node(
                NodeCode.of(n.get("code")),
                n.get("name"),
                NodeType.valueOf(n.get("type")),
                new GeoPoint(Double.parseDouble(n.get("lat")), Double.parseDouble(n.get("lon"))),
                n.get("address"),
                n.get("town"),
                n.get("region"),
                NodeStatus.valueOf(n.get("status")),
                n.get("sla_tier").isEmpty() ? null : SlaTier.valueOf(n.get("sla_tier")),
                n.get("storage_capacity_units").isEmpty() ? null : Long.valueOf(n.get("storage_capacity_units")),
                n.get("floor_area_m2").isEmpty() ? null : Double.valueOf(n.get("floor_area_m2")),
                new BigDecimal(n.get("fixed_cost_per_day")),
                new BigDecimal(n.get("handling_cost_per_order")),
                n.get("replenishment_source").isEmpty() ? null : NodeCode.of(n.get("replenishment_source")),
                n.get("lead_time_days").isEmpty() ? null : Double.valueOf(n.get("lead_time_days")),
                n.get("served_by").isEmpty() ? null : NodeCode.of(n.get("served_by")));
    }

    private static AllocationRule rule(Map<String, String> r) {
        SkuSelector skuSelector = new SkuSelector(
                Set.copyOf(list(r.get("sku_categories"))),
                list(r.get("sku_temperature_classes")).stream()
                        .map(TemperatureClass::valueOf)
                        .collect(Collectors.toSet()),
                list(r.get("sku_abc_classes")).stream().map(AbcClass::valueOf).collect(Collectors.toSet()),
                list(r.get("sku_xyz_classes")).stream().map(XyzClass::valueOf).collect(Collectors.toSet()),
                Set.copyOf(list(r.get("sku_tags"))),
                list(r.get("sku_codes")).stream().map(SkuCode::of).collect(Collectors.toSet()));
        NodeSelector nodeSelector = new NodeSelector(
                list(r.get("node_types")).stream().map(NodeType::valueOf).collect(Collectors.toSet()),
                list(r.get("node_sla_tiers")).stream().map(SlaTier::valueOf).collect(Collectors.toSet()),
                list(r.get("node_codes")).stream().map(NodeCode::of).collect(Collectors.toSet()),
                Set.copyOf(list(r.get("node_regions"))));
        return new AllocationRule(
                r.get("name"),
                Integer.parseInt(r.get("position")),
                Boolean.parseBoolean(r.get("enabled")),
                skuSelector,
                nodeSelector,
                StockingPolicy.valueOf(r.get("policy")),
                optional(r.get("min_days_cover")),
                optional(r.get("max_days_cover")),
                optional(r.get("service_level")),
                optional(r.get("max_capacity_share")));
    }

    private static Double optional(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }
}

package dev.microtower.demo;

import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sites of the demo network. The Bay Area sites are written out by hand (real towns, real
 * coordinates, plausible streets); pickup points and the extra sites of big benchmark networks are
 * placed at random around the towns, weighted by population, and always on land.
 */
final class NetworkPlan {
    /** The disrupted site stopped shipping a few days before the end of the history. */
    static final LocalDate DISRUPTED_FROM = LocalDate.of(2026, 10, 27);

    static final int PICKUP_POINTS = 40;

    private record Site(
            String code,
            String name,
            NodeType type,
            String town,
            double lat,
            double lon,
            String address,
            NodeStatus status,
            SlaTier sla,
            boolean pharmacy) {}

    private static final NodeType DC = NodeType.REGIONAL_DC;
    private static final NodeType MFC = NodeType.MICRO_FULFILLMENT_CENTER;
    private static final NodeType DS = NodeType.DARK_STORE;
    private static final NodeType MH = NodeType.MICRO_HUB;
    private static final NodeStatus ACTIVE = NodeStatus.ACTIVE;
    private static final SlaTier SD = SlaTier.SAME_DAY;
    private static final SlaTier ND = SlaTier.NEXT_DAY;
    private static final SlaTier HUB = SlaTier.REPLENISHMENT_HUB;

    private static final List<Site> SITES = List.of(
            new Site(
                    "DC-FRE",
                    "Fremont Regional DC",
                    DC,
                    "Fremont",
                    37.5050,
                    -121.9750,
                    "45500 Fremont Blvd",
                    ACTIVE,
                    HUB,
                    true),
            new Site(
                    "DC-RIC",
                    "Richmond Regional DC",
                    DC,
                    "Richmond",
                    37.9560,
                    -122.3450,
                    "1200 Parr Blvd",
                    ACTIVE,
                    HUB,
                    true),
            new Site(
                    "DC-LIV",
                    "Livermore Regional DC",
                    DC,
                    "Livermore",
                    37.6990,
                    -121.8200,
                    "3000 Las Positas Rd",
                    ACTIVE,
                    HUB,
                    true),
            new Site(
                    "MFC-SF-SOMA",
                    "San Francisco SoMa MFC",
                    MFC,
                    "San Francisco SoMa",
                    37.7712,
                    -122.4045,
                    "650 Brannan St",
                    ACTIVE,
                    SD,
                    true),
            new Site(
                    "MFC-SF-BAYV",
                    "San Francisco Bayview MFC",
                    MFC,
                    "San Francisco Bayview",
                    37.7420,
                    -122.3890,
                    "1500 Evans Ave",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "MFC-OAK-JLS",
                    "Oakland Jack London MFC",
                    MFC,
                    "Oakland Downtown",
                    37.7960,
                    -122.2770,
                    "350 2nd St",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "MFC-SSF",
                    "South San Francisco MFC",
                    MFC,
                    "South San Francisco",
                    37.6535,
                    -122.3975,
                    "280 Littlefield Ave",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MFC-SMT",
                    "San Mateo Hillsdale MFC",
                    MFC,
                    "San Mateo",
                    37.5385,
                    -122.3005,
                    "3000 S El Camino Real",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "MFC-MTV",
                    "Mountain View Terra Bella MFC",
                    MFC,
                    "Mountain View",
                    37.4040,
                    -122.0760,
                    "1600 Terra Bella Ave",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "MFC-SJC-DT",
                    "San Jose Downtown MFC",
                    MFC,
                    "San Jose Downtown",
                    37.3330,
                    -121.8935,
                    "150 W San Carlos St",
                    ACTIVE,
                    SD,
                    true),
            new Site(
                    "MFC-SJC-N",
                    "San Jose North First MFC",
                    MFC,
                    "San Jose North",
                    37.3930,
                    -121.9390,
                    "2300 N 1st St",
                    NodeStatus.PLANNED,
                    ND,
                    false),
            new Site(
                    "MFC-HAY",
                    "Hayward Clawiter MFC",
                    MFC,
                    "Hayward",
                    37.6420,
                    -122.1100,
                    "2800 Clawiter Rd",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MFC-WC",
                    "Walnut Creek MFC",
                    MFC,
                    "Walnut Creek",
                    37.9150,
                    -122.0640,
                    "2000 N Main St",
                    ACTIVE,
                    SD,
                    true),
            new Site(
                    "MFC-SRF",
                    "San Rafael MFC",
                    MFC,
                    "San Rafael",
                    37.9640,
                    -122.5150,
                    "800 Francisco Blvd E",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MFC-PLS",
                    "Pleasanton Hacienda MFC",
                    MFC,
                    "Pleasanton",
                    37.6950,
                    -121.9000,
                    "5800 Owens Dr",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "DS-SF-MIS",
                    "San Francisco Mission Dark Store",
                    DS,
                    "San Francisco Mission",
                    37.7605,
                    -122.4185,
                    "2400 Mission St",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "DS-SF-RICH",
                    "San Francisco Inner Richmond Dark Store",
                    DS,
                    "San Francisco Richmond District",
                    37.7810,
                    -122.4640,
                    "400 Clement St",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "DS-SF-MAR",
                    "San Francisco Marina Dark Store",
                    DS,
                    "San Francisco Marina",
                    37.8005,
                    -122.4380,
                    "2100 Chestnut St",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "DS-OAK-ROCK",
                    "Oakland Rockridge Dark Store",
                    DS,
                    "Oakland Rockridge",
                    37.8445,
                    -122.2515,
                    "5500 College Ave",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "DS-BRK",
                    "Berkeley Telegraph Dark Store",
                    DS,
                    "Berkeley",
                    37.8620,
                    -122.2590,
                    "2500 Telegraph Ave",
                    NodeStatus.DISRUPTED,
                    SD,
                    false),
            new Site(
                    "DS-PAL",
                    "Palo Alto University Ave Dark Store",
                    DS,
                    "Palo Alto",
                    37.4460,
                    -122.1610,
                    "300 University Ave",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "DS-SUN",
                    "Sunnyvale Murphy Ave Dark Store",
                    DS,
                    "Sunnyvale",
                    37.3775,
                    -122.0305,
                    "150 S Murphy Ave",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "DS-SJC-WG",
                    "San Jose Willow Glen Dark Store",
                    DS,
                    "San Jose Willow Glen",
                    37.3060,
                    -121.8995,
                    "1200 Lincoln Ave",
                    ACTIVE,
                    SD,
                    false),
            new Site(
                    "MH-SRO",
                    "Santa Rosa Micro-Hub",
                    MH,
                    "Santa Rosa",
                    38.4300,
                    -122.7150,
                    "900 Santa Rosa Ave",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MH-VAL",
                    "Vallejo Micro-Hub",
                    MH,
                    "Vallejo",
                    38.1100,
                    -122.2450,
                    "1000 Sonoma Blvd",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MH-CON",
                    "Concord Micro-Hub",
                    MH,
                    "Concord",
                    37.9880,
                    -122.0500,
                    "1900 Arnold Industrial Way",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MH-ANT",
                    "Antioch Micro-Hub",
                    MH,
                    "Antioch",
                    37.9920,
                    -121.8300,
                    "2600 Somersville Rd",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MH-DLY",
                    "Daly City Micro-Hub",
                    MH,
                    "Daly City",
                    37.6900,
                    -122.4650,
                    "2000 Junipero Serra Blvd",
                    ACTIVE,
                    ND,
                    false),
            new Site(
                    "MH-DUB",
                    "Dublin Micro-Hub",
                    MH,
                    "Dublin",
                    37.7030,
                    -121.9250,
                    "6600 Dublin Blvd",
                    ACTIVE,
                    ND,
                    false));

    /** Nodes of the hand-made Bay Area network: the sites above plus the pickup points. */
    static final int BAY_AREA_NODES = SITES.size() + PICKUP_POINTS;

    private NetworkPlan() {}

    static List<DemoNode> build(int nodeCount, Rng rng) {
        List<DemoNode> nodes = new ArrayList<>();
        for (Site site : SITES) {
            Town town = town(site.town());
            nodes.add(costed(
                    site.code(),
                    site.name(),
                    site.type(),
                    site.lat(),
                    site.lon(),
                    site.address(),
                    town,
                    site.status(),
                    site.sla(),
                    site.pharmacy(),
                    rng));
        }
        // big benchmark networks: more sites of every kind around the same towns
        double[] townWeights = townWeights();
        int extra = nodeCount - BAY_AREA_NODES;
        int extraPickups = 0;
        for (int i = 1; i <= extra; i++) {
            double u = rng.nextDouble();
            NodeType type = u < 0.01 ? DC : u < 0.23 ? MFC : u < 0.43 ? DS : u < 0.53 ? MH : NodeType.PICKUP_POINT;
            if (type == NodeType.PICKUP_POINT) {
                extraPickups++;
                continue;
            }
            Town town = BayArea.TOWNS.get(rng.pickCumulative(townWeights));
            double[] at = nearTown(town, 3.0, rng);
            String prefix =
                    switch (type) {
                        case REGIONAL_DC -> "DC";
                        case MICRO_FULFILLMENT_CENTER -> "MFC";
                        case DARK_STORE -> "DS";
                        default -> "MH";
                    };
            SlaTier sla =
                    switch (type) {
                        case REGIONAL_DC -> HUB;
                        case DARK_STORE -> SD;
                        case MICRO_FULFILLMENT_CENTER -> rng.chance(0.5) ? SD : ND;
                        default -> ND;
                    };
            String code = prefix + "-X" + SkuCatalogue.zeroPad(i, 5);
            String name = town.label() + " " + type.label() + " " + i;
            nodes.add(costed(
                    code,
                    name,
                    type,
                    at[0],
                    at[1],
                    address(town, rng),
                    town,
                    ACTIVE,
                    sla,
                    type == DC || rng.chance(0.25),
                    rng));
        }
        List<DemoNode> withSupply = linkSupply(nodes);
        withSupply.addAll(pickupPoints(PICKUP_POINTS + extraPickups, withSupply, townWeights, rng));
        withSupply.sort(Comparator.comparing(DemoNode::code));
        return List.copyOf(withSupply);
    }

    static Town town(String label) {
        return BayArea.TOWNS.stream()
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown town " + label));
    }

    static double[] townWeights() {
        double[] cumulative = new double[BayArea.TOWNS.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += BayArea.TOWNS.get(i).population();
            cumulative[i] = total;
        }
        return cumulative;
    }

    /** A point on land around a town centre; the centre itself if the draws keep falling in water. */
    static double[] nearTown(Town town, double sigmaKm, Rng rng) {
        for (int attempt = 0; attempt < 30; attempt++) {
            double lat = town.lat() + BayArea.kmToDegreesLat(sigmaKm * rng.gaussian());
            double lon = town.lon() + BayArea.kmToDegreesLon(sigmaKm * rng.gaussian(), town.lat());
            if (BayArea.isOnLand(lat, lon)) {
                return new double[] {Fixed.round(lat, 6), Fixed.round(lon, 6)};
            }
        }
        return new double[] {town.lat(), town.lon()};
    }

    private static String address(Town town, Rng rng) {
        return rng.between(1, 49) * 100 + rng.between(0, 9) * 10 + " " + town.street();
    }

    private static DemoNode costed(
            String code,
            String name,
            NodeType type,
            double lat,
            double lon,
            String address,
            Town town,
            NodeStatus status,
            SlaTier sla,
            boolean pharmacy,
            Rng rng) {
        long capacity;
        double area;
        double fixed;
        double handling;
        switch (type) {
            case REGIONAL_DC -> {
                capacity = rng.between(500, 1200) * 1000L;
                area = Math.round(capacity / rng.uniform(28, 34) / 100.0) * 100.0;
                fixed = rng.uniform(9000, 15000);
                handling = rng.uniform(5.5, 7.5);
            }
            case MICRO_FULFILLMENT_CENTER -> {
                capacity = rng.between(20, 60) * 1000L;
                area = Math.min(900, Math.max(300, Math.round(capacity / rng.uniform(60, 70) / 10.0) * 10.0));
                fixed = rng.uniform(1500, 4000);
                handling = rng.uniform(2.8, 3.8);
            }
            case DARK_STORE -> {
                capacity = rng.between(5, 15) * 1000L;
                area = Math.round(rng.uniform(150, 400) / 10.0) * 10.0;
                fixed = rng.uniform(600, 1500);
                handling = rng.uniform(2.2, 3.0);
            }
            default -> {
                capacity = rng.between(8, 25) * 1000L;
                area = Math.round(rng.uniform(200, 600) / 10.0) * 10.0;
                fixed = rng.uniform(400, 1000);
                handling = rng.uniform(3.2, 4.4);
            }
        }
        return new DemoNode(
                code,
                name,
                type,
                lat,
                lon,
                address,
                town.town(),
                town.region(),
                status,
                sla,
                capacity,
                area,
                Fixed.round(fixed, 2),
                Fixed.round(handling, 2),
                null,
                null,
                null,
                pharmacy,
                status == NodeStatus.DISRUPTED ? DISRUPTED_FROM : null);
    }

    /** Every local site is replenished from its nearest open DC, 1 to 3 days away by distance. */
    private static List<DemoNode> linkSupply(List<DemoNode> nodes) {
        List<DemoNode> dcs = nodes.stream()
                .filter(n -> n.type() == DC && n.status() == ACTIVE)
                .toList();
        List<DemoNode> linked = new ArrayList<>(nodes.size());
        for (DemoNode node : nodes) {
            if (node.type() == DC) {
                linked.add(node);
                continue;
            }
            DemoNode dc = nearest(dcs, node.lat(), node.lon());
            double km = dc.distanceKm(node.lat(), node.lon());
            int leadTime = (int) Math.min(3, 1 + Math.floor(km / 30));
            linked.add(node.withSupply(dc.code(), leadTime, null, node.slaTier()));
        }
        return linked;
    }

    private static final List<String> PICKUP_KINDS =
            List.of("Library Pickup Point", "Community Center Locker", "Shopping Center Locker", "Pharmacy Counter");

    /** Lockers and counters near where people live, each served by the nearest open MFC or dark store. */
    private static List<DemoNode> pickupPoints(int count, List<DemoNode> nodes, double[] townWeights, Rng rng) {
        List<DemoNode> servers = nodes.stream()
                .filter(n -> (n.type() == MFC || n.type() == DS) && n.status() == ACTIVE)
                .toList();
        int width = Math.max(3, Integer.toString(count).length());
        List<DemoNode> points = new ArrayList<>(count);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Town town = BayArea.TOWNS.get(rng.pickCumulative(townWeights));
            double[] at = nearTown(town, 0.8, rng);
            String kind = rng.chance(0.4) ? transitLocker(town.region()) : rng.pick(PICKUP_KINDS);
            String name = town.label() + " " + kind;
            if (names.contains(name)) {
                name = name + " " + (i);
            }
            names.add(name);
            DemoNode server = nearest(servers, at[0], at[1]);
            points.add(new DemoNode(
                    "PUP-" + SkuCatalogue.zeroPad(i, width),
                    name,
                    NodeType.PICKUP_POINT,
                    at[0],
                    at[1],
                    address(town, rng),
                    town.town(),
                    town.region(),
                    ACTIVE,
                    server.slaTier(),
                    null,
                    null,
                    Fixed.round(rng.uniform(12, 40), 2),
                    Fixed.round(rng.uniform(0.6, 1.2), 2),
                    null,
                    null,
                    server.code(),
                    false,
                    null));
        }
        return points;
    }

    private static String transitLocker(String region) {
        return switch (region) {
            case BayArea.PENINSULA -> "Caltrain Locker";
            case BayArea.SAN_FRANCISCO, BayArea.EAST_BAY -> "BART Locker";
            default -> "Transit Center Locker";
        };
    }

    static DemoNode nearest(List<DemoNode> candidates, double lat, double lon) {
        DemoNode best = null;
        double bestKm = Double.MAX_VALUE;
        for (DemoNode candidate : candidates) {
            double km = candidate.distanceKm(lat, lon);
            if (km < bestKm) {
                bestKm = km;
                best = candidate;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no candidate site");
        }
        return best;
    }
}

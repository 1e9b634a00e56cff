package dev.microtower.demo;

import java.util.List;

/**
 * The geography of the demo: real Bay Area towns and districts with approximate populations, and a
 * coarse outline of the water (Pacific, San Francisco Bay with San Pablo Bay, Suisun Bay) so
 * generated sites and customers land on land. The outlines follow the shore to within a few hundred
 * metres, which is enough to keep points out of the bay at map scale, not a coastline.
 */
final class BayArea {
    static final String SAN_FRANCISCO = "San Francisco";
    static final String PENINSULA = "Peninsula";
    static final String SOUTH_BAY = "South Bay";
    static final String EAST_BAY = "East Bay";
    static final String NORTH_BAY = "North Bay";
    static final String TRI_VALLEY = "Tri-Valley";

    private static final double KM_PER_DEGREE_LAT = 111.32;

    static final List<Town> TOWNS = List.of(
            // San Francisco by district: one centre for 800,000 people would be one blob
            new Town("San Francisco", "SoMa", SAN_FRANCISCO, 37.7785, -122.4056, 90_000, "Folsom St"),
            new Town("San Francisco", "Mission", SAN_FRANCISCO, 37.7599, -122.4148, 85_000, "Mission St"),
            new Town("San Francisco", "Sunset", SAN_FRANCISCO, 37.7530, -122.4850, 130_000, "Irving St"),
            new Town("San Francisco", "Richmond District", SAN_FRANCISCO, 37.7800, -122.4750, 100_000, "Clement St"),
            new Town("San Francisco", "Marina", SAN_FRANCISCO, 37.7960, -122.4350, 70_000, "Chestnut St"),
            new Town("San Francisco", "North Beach", SAN_FRANCISCO, 37.7985, -122.4100, 60_000, "Columbus Ave"),
            new Town("San Francisco", "Western Addition", SAN_FRANCISCO, 37.7800, -122.4350, 60_000, "Divisadero St"),
            new Town("San Francisco", "Noe Valley", SAN_FRANCISCO, 37.7505, -122.4335, 70_000, "24th St"),
            new Town("San Francisco", "Bayview", SAN_FRANCISCO, 37.7296, -122.3920, 40_000, "3rd St"),
            new Town("San Francisco", "Excelsior", SAN_FRANCISCO, 37.7240, -122.4250, 60_000, "Mission St"),
            // Peninsula
            new Town("Daly City", "", PENINSULA, 37.6879, -122.4702, 104_000, "Mission St"),
            new Town("South San Francisco", "", PENINSULA, 37.6547, -122.4077, 66_000, "Grand Ave"),
            new Town("San Bruno", "", PENINSULA, 37.6305, -122.4111, 43_000, "San Mateo Ave"),
            new Town("Pacifica", "", PENINSULA, 37.6138, -122.4869, 38_000, "Palmetto Ave"),
            new Town("Millbrae", "", PENINSULA, 37.5985, -122.3872, 23_000, "Broadway"),
            new Town("Burlingame", "", PENINSULA, 37.5841, -122.3661, 31_000, "Burlingame Ave"),
            new Town("San Mateo", "", PENINSULA, 37.5630, -122.3255, 105_000, "El Camino Real"),
            new Town("Foster City", "", PENINSULA, 37.5585, -122.2711, 33_000, "Edgewater Blvd"),
            new Town("Belmont", "", PENINSULA, 37.5202, -122.2758, 28_000, "Ralston Ave"),
            new Town("San Carlos", "", PENINSULA, 37.5072, -122.2605, 30_000, "Laurel St"),
            new Town("Redwood City", "", PENINSULA, 37.4852, -122.2364, 84_000, "Broadway"),
            new Town("Menlo Park", "", PENINSULA, 37.4530, -122.1817, 33_000, "Santa Cruz Ave"),
            new Town("Palo Alto", "", PENINSULA, 37.4419, -122.1430, 68_000, "University Ave"),
            new Town("Half Moon Bay", "", PENINSULA, 37.4636, -122.4286, 11_000, "Main St"),
            // South Bay
            new Town("Mountain View", "", SOUTH_BAY, 37.3861, -122.0839, 82_000, "Castro St"),
            new Town("Los Altos", "", SOUTH_BAY, 37.3852, -122.1141, 31_000, "Main St"),
            new Town("Sunnyvale", "", SOUTH_BAY, 37.3688, -122.0363, 155_000, "Murphy Ave"),
            new Town("Santa Clara", "", SOUTH_BAY, 37.3541, -121.9552, 127_000, "El Camino Real"),
            new Town("Cupertino", "", SOUTH_BAY, 37.3230, -122.0322, 60_000, "Stevens Creek Blvd"),
            new Town("San Jose", "Downtown", SOUTH_BAY, 37.3382, -121.8863, 180_000, "Santa Clara St"),
            new Town("San Jose", "North", SOUTH_BAY, 37.3990, -121.9290, 90_000, "N 1st St"),
            new Town("San Jose", "East", SOUTH_BAY, 37.3500, -121.8200, 220_000, "Story Rd"),
            new Town("San Jose", "Willow Glen", SOUTH_BAY, 37.3080, -121.8990, 130_000, "Lincoln Ave"),
            new Town("San Jose", "Blossom Valley", SOUTH_BAY, 37.2500, -121.8300, 200_000, "Blossom Hill Rd"),
            new Town("Campbell", "", SOUTH_BAY, 37.2872, -121.9500, 43_000, "Campbell Ave"),
            new Town("Los Gatos", "", SOUTH_BAY, 37.2358, -121.9624, 33_000, "N Santa Cruz Ave"),
            new Town("Saratoga", "", SOUTH_BAY, 37.2638, -122.0230, 31_000, "Big Basin Way"),
            new Town("Milpitas", "", SOUTH_BAY, 37.4323, -121.8996, 80_000, "Calaveras Blvd"),
            new Town("Morgan Hill", "", SOUTH_BAY, 37.1305, -121.6544, 45_000, "Monterey Rd"),
            // East Bay
            new Town("Oakland", "Downtown", EAST_BAY, 37.8044, -122.2712, 90_000, "Broadway"),
            new Town("Oakland", "Fruitvale", EAST_BAY, 37.7750, -122.2240, 110_000, "International Blvd"),
            new Town("Oakland", "Rockridge", EAST_BAY, 37.8440, -122.2510, 60_000, "College Ave"),
            new Town("Oakland", "East Oakland", EAST_BAY, 37.7530, -122.1800, 150_000, "MacArthur Blvd"),
            new Town("Berkeley", "", EAST_BAY, 37.8715, -122.2730, 120_000, "Shattuck Ave"),
            new Town("Emeryville", "", EAST_BAY, 37.8313, -122.2852, 13_000, "San Pablo Ave"),
            new Town("Albany", "", EAST_BAY, 37.8869, -122.2978, 20_000, "Solano Ave"),
            new Town("El Cerrito", "", EAST_BAY, 37.9161, -122.3108, 25_000, "San Pablo Ave"),
            new Town("Richmond", "", EAST_BAY, 37.9358, -122.3477, 115_000, "Macdonald Ave"),
            new Town("Pinole", "", EAST_BAY, 38.0044, -122.2989, 19_000, "Tennent Ave"),
            new Town("Alameda", "", EAST_BAY, 37.7652, -122.2416, 78_000, "Park St"),
            new Town("San Leandro", "", EAST_BAY, 37.7249, -122.1561, 90_000, "E 14th St"),
            new Town("Castro Valley", "", EAST_BAY, 37.6941, -122.0864, 66_000, "Castro Valley Blvd"),
            new Town("Hayward", "", EAST_BAY, 37.6688, -122.0808, 160_000, "Mission Blvd"),
            new Town("Union City", "", EAST_BAY, 37.5934, -122.0439, 70_000, "Alvarado Blvd"),
            new Town("Fremont", "", EAST_BAY, 37.5485, -121.9886, 230_000, "Fremont Blvd"),
            new Town("Newark", "", EAST_BAY, 37.5297, -122.0402, 47_000, "Thornton Ave"),
            new Town("Walnut Creek", "", EAST_BAY, 37.9101, -122.0652, 70_000, "N Main St"),
            new Town("Lafayette", "", EAST_BAY, 37.8858, -122.1180, 26_000, "Mt Diablo Blvd"),
            new Town("Pleasant Hill", "", EAST_BAY, 37.9480, -122.0608, 35_000, "Contra Costa Blvd"),
            new Town("Concord", "", EAST_BAY, 37.9780, -122.0311, 125_000, "Willow Pass Rd"),
            new Town("Martinez", "", EAST_BAY, 38.0140, -122.1341, 37_000, "Main St"),
            new Town("Pittsburg", "", EAST_BAY, 38.0180, -121.8847, 76_000, "Railroad Ave"),
            new Town("Antioch", "", EAST_BAY, 38.0000, -121.8058, 115_000, "A St"),
            // Tri-Valley
            new Town("San Ramon", "", TRI_VALLEY, 37.7799, -121.9780, 85_000, "Crow Canyon Rd"),
            new Town("Danville", "", TRI_VALLEY, 37.8216, -121.9999, 44_000, "Hartz Ave"),
            new Town("Dublin", "", TRI_VALLEY, 37.7022, -121.9358, 72_000, "Dublin Blvd"),
            new Town("Pleasanton", "", TRI_VALLEY, 37.6624, -121.8747, 79_000, "Main St"),
            new Town("Livermore", "", TRI_VALLEY, 37.6819, -121.7680, 87_000, "First St"),
            // North Bay
            new Town("San Rafael", "", NORTH_BAY, 37.9735, -122.5311, 61_000, "4th St"),
            new Town("Mill Valley", "", NORTH_BAY, 37.9060, -122.5450, 14_000, "Miller Ave"),
            new Town("Larkspur", "", NORTH_BAY, 37.9341, -122.5353, 22_000, "Magnolia Ave"),
            new Town("Novato", "", NORTH_BAY, 38.1074, -122.5697, 53_000, "Grant Ave"),
            new Town("Petaluma", "", NORTH_BAY, 38.2324, -122.6367, 60_000, "Petaluma Blvd N"),
            new Town("Rohnert Park", "", NORTH_BAY, 38.3396, -122.7011, 44_000, "Commerce Blvd"),
            new Town("Santa Rosa", "", NORTH_BAY, 38.4404, -122.7141, 178_000, "4th St"),
            new Town("Sonoma", "", NORTH_BAY, 38.2919, -122.4580, 11_000, "Broadway"),
            new Town("Napa", "", NORTH_BAY, 38.2975, -122.2869, 79_000, "Main St"),
            new Town("Vallejo", "", NORTH_BAY, 38.1041, -122.2566, 124_000, "Georgia St"),
            new Town("Benicia", "", NORTH_BAY, 38.0530, -122.1560, 27_000, "First St"),
            new Town("Fairfield", "", NORTH_BAY, 38.2494, -122.0400, 120_000, "Texas St"),
            new Town("Vacaville", "", NORTH_BAY, 38.3566, -121.9877, 102_000, "Main St"));

    /** Water outlines as {lon, lat} pairs (GeoJSON order), each a simple closed ring. */
    static final List<double[][]> WATER = List.of(
            // Pacific Ocean, Point Arena latitude down to Santa Cruz
            new double[][] {
                {-124.50, 38.80},
                {-123.50, 38.80},
                {-123.25, 38.55},
                {-123.10, 38.42},
                {-123.06, 38.30},
                {-123.00, 38.20},
                {-122.99, 38.05},
                {-123.02, 37.99},
                {-122.80, 37.93},
                {-122.73, 37.90},
                {-122.60, 37.855},
                {-122.530, 37.815},
                {-122.513, 37.788},
                {-122.511, 37.770},
                {-122.510, 37.735},
                {-122.505, 37.710},
                {-122.497, 37.670},
                {-122.499, 37.630},
                {-122.500, 37.610},
                {-122.515, 37.590},
                {-122.518, 37.550},
                {-122.500, 37.505},
                {-122.460, 37.470},
                {-122.440, 37.430},
                {-122.410, 37.350},
                {-122.410, 37.250},
                {-122.360, 37.180},
                {-122.330, 37.110},
                {-122.200, 37.000},
                {-122.050, 36.960},
                {-121.950, 36.950},
                {-121.950, 36.500},
                {-124.50, 36.50}
            },
            // San Francisco Bay and San Pablo Bay, from the Golden Gate clockwise round the shore
            new double[][] {
                {-122.530, 37.815}, {-122.513, 37.788}, {-122.485, 37.792}, {-122.477, 37.811},
                {-122.460, 37.807}, {-122.440, 37.808}, {-122.423, 37.809}, {-122.408, 37.811},
                {-122.398, 37.804}, {-122.390, 37.7955}, {-122.385, 37.788}, {-122.384, 37.775},
                {-122.382, 37.760}, {-122.378, 37.745}, {-122.360, 37.730}, {-122.357, 37.722},
                {-122.375, 37.712}, {-122.380, 37.700}, {-122.372, 37.675}, {-122.378, 37.665},
                {-122.383, 37.650}, {-122.378, 37.637}, {-122.355, 37.615}, {-122.360, 37.600},
                {-122.318, 37.590}, {-122.300, 37.577}, {-122.245, 37.566}, {-122.235, 37.548},
                {-122.215, 37.520}, {-122.200, 37.505}, {-122.170, 37.492}, {-122.125, 37.480},
                {-122.090, 37.460}, {-122.050, 37.455}, {-122.010, 37.462}, {-122.060, 37.490},
                {-122.100, 37.515}, {-122.110, 37.545}, {-122.130, 37.580}, {-122.145, 37.615},
                {-122.165, 37.650}, {-122.190, 37.690}, {-122.220, 37.705}, {-122.250, 37.720},
                {-122.270, 37.752}, {-122.300, 37.762}, {-122.330, 37.770}, {-122.335, 37.790},
                {-122.335, 37.805}, {-122.318, 37.822}, {-122.300, 37.838}, {-122.312, 37.862},
                {-122.310, 37.885}, {-122.328, 37.900}, {-122.355, 37.908}, {-122.388, 37.908},
                {-122.420, 37.945}, {-122.430, 37.965}, {-122.360, 38.000}, {-122.290, 38.025},
                {-122.255, 38.045}, {-122.285, 38.065}, {-122.320, 38.085}, {-122.400, 38.110},
                {-122.470, 38.100}, {-122.500, 38.080}, {-122.500, 38.050}, {-122.450, 37.995},
                {-122.478, 37.965}, {-122.485, 37.942}, {-122.460, 37.905}, {-122.445, 37.872},
                {-122.470, 37.857}, {-122.476, 37.845}, {-122.478, 37.826}
            },
            // Suisun and Grizzly Bay, east of the Benicia bridge
            new double[][] {
                {-122.110, 38.050}, {-122.080, 38.055}, {-122.020, 38.070}, {-121.960, 38.062},
                {-121.930, 38.055}, {-121.930, 38.080}, {-122.000, 38.110}, {-122.060, 38.120},
                {-122.100, 38.080}
            });

    private BayArea() {}

    static boolean isOnLand(double lat, double lon) {
        for (double[][] ring : WATER) {
            if (contains(ring, lon, lat)) {
                return false;
            }
        }
        return true;
    }

    /** Even-odd ray casting; the rings are simple, so inside means inside. */
    static boolean contains(double[][] ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0];
            double yi = ring[i][1];
            double xj = ring[j][0];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Equirectangular distance in km: exact enough inside one metro area, and the same everywhere. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * KM_PER_DEGREE_LAT;
        double dx = (lon2 - lon1) * KM_PER_DEGREE_LAT * StrictMath.cos(StrictMath.toRadians((lat1 + lat2) / 2));
        return Math.sqrt(dx * dx + dy * dy);
    }

    static double kmToDegreesLat(double km) {
        return km / KM_PER_DEGREE_LAT;
    }

    static double kmToDegreesLon(double km, double lat) {
        return km / (KM_PER_DEGREE_LAT * StrictMath.cos(StrictMath.toRadians(lat)));
    }
}

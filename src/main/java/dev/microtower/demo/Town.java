package dev.microtower.demo;

/**
 * A population centre the demo network is built around: a town, or a district of a big city, with
 * its real centre, an approximate population (which weighs where customers live) and a main street
 * for plausible addresses. {@code spreadKm} is how far customers typically live from the centre.
 */
record Town(String town, String district, String region, double lat, double lon, int population, String street) {

    /** "Oakland Rockridge" for a district, "Fremont" for a town. */
    String label() {
        return district.isEmpty() ? town : town + " " + district;
    }

    double spreadKm() {
        return Math.min(3.0, Math.max(1.0, 0.8 + StrictMath.sqrt(population) / 250.0));
    }
}

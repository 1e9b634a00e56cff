package dev.microtower.orders.domain;

import dev.microtower.core.GeoPoint;
import java.util.Arrays;

/**
 * Where the customers of the order history are, one point per order with the order's units, held
 * in plain arrays: the zone panel's coverage, the coverage of every compared scenario and every
 * step of a risk scan count the same points, so they are read once and shared ({@code
 * orders.store.CustomerLocations}). The arrays are never changed after {@link #of}.
 */
public final class CustomerPoints {
    private final double[] lat;
    private final double[] lon;
    private final long[] units;

    private CustomerPoints(double[] lat, double[] lon, long[] units) {
        this.lat = lat;
        this.lon = lon;
        this.units = units;
    }

    /** The points {@code lat[i], lon[i]} with {@code units[i]}; the arrays are copied. */
    public static CustomerPoints of(double[] lat, double[] lon, long[] units) {
        if (lat.length != lon.length || lat.length != units.length) {
            throw new IllegalArgumentException("latitudes, longitudes and units must be as many");
        }
        return new CustomerPoints(lat.clone(), lon.clone(), units.clone());
    }

    /** Collects points one at a time, e.g. while the order history streams past. */
    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return lat.length;
    }

    public GeoPoint point(int i) {
        return new GeoPoint(lat[i], lon[i]);
    }

    public long units(int i) {
        return units[i];
    }

    /** Grows its arrays as points arrive; {@link #build()} trims them. */
    public static final class Builder {
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private long[] units = new long[1024];
        private int size;

        private Builder() {}

        public void add(double latitude, double longitude, long orderUnits) {
            if (size == lat.length) {
                int next = size * 2;
                lat = Arrays.copyOf(lat, next);
                lon = Arrays.copyOf(lon, next);
                units = Arrays.copyOf(units, next);
            }
            lat[size] = latitude;
            lon[size] = longitude;
            units[size] = orderUnits;
            size++;
        }

        public CustomerPoints build() {
            return new CustomerPoints(Arrays.copyOf(lat, size), Arrays.copyOf(lon, size), Arrays.copyOf(units, size));
        }
    }
}

package dev.microtower.ui.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.core.WebMercator;
import org.junit.jupiter.api.Test;

class TileKeyTest {
    @Test
    void theRootTileCoversTheWholeMercatorSquare() {
        TileKey root = new TileKey(0, 0, 0);
        assertEquals(-180, root.westLon(), 1e-9);
        assertEquals(180, root.eastLon(), 1e-9);
        assertEquals(WebMercator.MAX_LATITUDE, root.northLat(), 1e-9);
        assertEquals(-WebMercator.MAX_LATITUDE, root.southLat(), 1e-9);
    }

    @Test
    void zoomOneSplitsTheWorldAtTheEquatorAndPrimeMeridian() {
        TileKey southEast = new TileKey(1, 1, 1);
        assertEquals(0, southEast.westLon(), 1e-9);
        assertEquals(0, southEast.northLat(), 1e-9);
        assertEquals(southEast, TileKey.containing(1, -10, 10));
        assertEquals(new TileKey(1, 0, 0), TileKey.containing(1, 10, -10));
    }

    @Test
    void downtownSanFranciscoIsInTheTileTheOpenStreetMapServerNumbers655Slash1583AtZoom12() {
        assertEquals(new TileKey(12, 655, 1583), TileKey.containing(12, 37.7749, -122.4194));
    }

    @Test
    void aPointLiesInsideTheTileThatContainsItAtEveryZoom() {
        double lat = 37.8044;
        double lon = -122.2712;
        for (int z = 0; z <= 20; z++) {
            TileKey t = TileKey.containing(z, lat, lon);
            assertEquals(true, t.westLon() <= lon && lon < t.eastLon(), "lon at z" + z);
            assertEquals(true, t.southLat() < lat && lat <= t.northLat(), "lat at z" + z);
            double[] px = t.pixelOf(lat, lon);
            assertEquals(true, px[0] >= 0 && px[0] < 256 && px[1] >= 0 && px[1] < 256, "pixel at z" + z);
        }
    }

    @Test
    void mercatorRoundTripsLatitudesAndLongitudes() {
        for (double lat = -85; lat <= 85; lat += 8.5) {
            assertEquals(lat, WebMercator.lat(WebMercator.worldY(lat)), 1e-9);
        }
        for (double lon = -180; lon <= 180; lon += 15) {
            assertEquals(lon, WebMercator.lon(WebMercator.worldX(lon)), 1e-9);
        }
    }

    @Test
    void mbtilesRowsCountFromTheSouth() {
        assertEquals(7, new TileKey(3, 2, 0).tmsRow());
        assertEquals(0, new TileKey(3, 2, 7).tmsRow());
        assertEquals(new TileKey(2, 1, 3), new TileKey(3, 2, 7).parent());
    }

    @Test
    void tilesOutsideTheMapAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TileKey(2, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new TileKey(-1, 0, 0));
    }
}

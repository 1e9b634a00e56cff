package dev.microtower.ui.map;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;

/**
 * What the map shows at one moment: zoom, the screen position of the world origin and the size of
 * the view. Immutable, so a layer can compare the viewport of the last frame with this one and
 * skip drawing when nothing moved.
 *
 * @param zoom fractional zoom level
 * @param originX screen x of world x = 0 at this zoom
 * @param originY screen y of world y = 0 at this zoom
 */
public record Viewport(double zoom, double originX, double originY, double width, double height) {
    public static final Viewport EMPTY = new Viewport(0, 0, 0, 0, 0);

    /** The viewport of a base map inside its map view; empty before the view is on a scene. */
    public static Viewport of(com.gluonhq.impl.maps.BaseMap baseMap, javafx.scene.layout.Region view) {
        if (baseMap == null) {
            return EMPTY;
        }
        // the base map only exposes where it draws a point, so ask for the world origin's place
        javafx.geometry.Point2D origin = baseMap.getMapPoint(0, 0);
        if (origin == null) {
            return EMPTY;
        }
        double zoom = baseMap.zoom().get();
        double half = WebMercator.TILE_SIZE / 2 * Math.pow(2, zoom);
        return new Viewport(zoom, origin.getX() - half, origin.getY() - half, view.getWidth(), view.getHeight());
    }

    public double scale() {
        return Math.pow(2, zoom);
    }

    public double screenX(double worldX) {
        return worldX * scale() + originX;
    }

    public double screenY(double worldY) {
        return worldY * scale() + originY;
    }

    public double worldX(double screenX) {
        return (screenX - originX) / scale();
    }

    public double worldY(double screenY) {
        return (screenY - originY) / scale();
    }

    /** The geographic position under a screen point, clamped to valid coordinates. */
    public GeoPoint toGeo(double screenX, double screenY) {
        double lon = WebMercator.lon(worldX(screenX));
        double lat = WebMercator.lat(worldY(screenY));
        lon = Math.max(-180, Math.min(180, lon));
        lat = Math.max(-90, Math.min(90, lat));
        return new GeoPoint(lat, lon);
    }

    public GeoPoint center() {
        return toGeo(width / 2, height / 2);
    }

    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}

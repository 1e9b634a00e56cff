package dev.microtower.network.ui;

import com.gluonhq.maps.MapLayer;
import dev.microtower.network.domain.Node;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;

/** The reference for the benchmark: one scene-graph node per site, as the Gluon Maps samples do it. */
final class NaiveSitesLayer extends MapLayer {
    private final List<Node> sites;
    private final List<Circle> markers = new ArrayList<>();

    NaiveSitesLayer(List<Node> sites) {
        this.sites = List.copyOf(sites);
        for (Node site : sites) {
            Circle marker = new Circle(6, SiteStyle.statusColor(site.status()));
            marker.setStroke(javafx.scene.paint.Color.WHITE);
            markers.add(marker);
            getChildren().add(marker);
        }
    }

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        for (int i = 0; i < sites.size(); i++) {
            Point2D p = getMapPoint(
                    sites.get(i).location().lat(), sites.get(i).location().lon());
            if (p != null) {
                markers.get(i).setTranslateX(p.getX());
                markers.get(i).setTranslateY(p.getY());
            }
        }
    }
}

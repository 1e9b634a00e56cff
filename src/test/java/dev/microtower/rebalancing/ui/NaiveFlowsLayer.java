package dev.microtower.rebalancing.ui;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.QuadCurve;

/** The reference for the benchmark: one {@link QuadCurve} node per arrow, moved on every frame. */
final class NaiveFlowsLayer extends MapLayer {
    private final List<FlowsLayer.Arrow> arrows;
    private final List<QuadCurve> curves = new ArrayList<>();
    private long layoutNanos;

    NaiveFlowsLayer(List<FlowsLayer.Arrow> arrows) {
        this.arrows = List.copyOf(arrows);
        long max = arrows.stream().mapToLong(FlowsLayer.Arrow::quantity).max().orElse(1);
        for (FlowsLayer.Arrow arrow : arrows) {
            QuadCurve curve = new QuadCurve();
            curve.setFill(null);
            curve.setStroke(FlowsLayer.colour(arrow.temperature()).deriveColor(0, 1, 1, 0.8));
            curve.setStrokeWidth(FlowsLayer.width(arrow.quantity(), max));
            curve.setMouseTransparent(true);
            curves.add(curve);
            getChildren().add(curve);
        }
        setStyle("-fx-background-color: " + Color.TRANSPARENT);
    }

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        long start = System.nanoTime();
        for (int i = 0; i < arrows.size(); i++) {
            FlowsLayer.Leg leg = arrows.get(i).legs().get(0);
            Point2D a = getMapPoint(leg.fromAt().lat(), leg.fromAt().lon());
            Point2D b = getMapPoint(leg.toAt().lat(), leg.toAt().lon());
            if (a == null || b == null) {
                continue;
            }
            double dx = b.getX() - a.getX(), dy = b.getY() - a.getY();
            QuadCurve c = curves.get(i);
            c.setStartX(a.getX());
            c.setStartY(a.getY());
            c.setControlX((a.getX() + b.getX()) / 2 - dy * 0.14);
            c.setControlY((a.getY() + b.getY()) / 2 + dx * 0.14);
            c.setEndX(b.getX());
            c.setEndY(b.getY());
        }
        layoutNanos += System.nanoTime() - start;
    }

    long layoutNanos() {
        return layoutNanos;
    }
}

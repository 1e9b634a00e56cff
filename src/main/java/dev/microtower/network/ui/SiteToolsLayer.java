package dev.microtower.network.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.network.domain.Node;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The map tools of the sites: in {@link Mode#ADD} a click on the map asks for a new site there;
 * in {@link Mode#MOVE} a site dragged with the mouse is moved where it is dropped, while a drag
 * that starts off any site still pans the map. With the tools off the layer lets every click
 * through, so plain dragging pans and clicks select sites.
 */
public final class SiteToolsLayer extends CanvasLayer {
    /** What a click or a drag on the map does. */
    public enum Mode {
        OFF,
        ADD,
        MOVE
    }

    /** Hears what the user did with the tools. */
    interface Listener {
        void addAt(GeoPoint location);

        void moved(Node site, GeoPoint to);
    }

    /** A drag shorter than this many pixels is a click, not a move. */
    private static final double MIN_MOVE_PX = 3;

    private static final String TOOL_BLUE = "#1f4e79";

    private final SitesLayer sites;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.OFF);
    private final Canvas canvas = canvas().canvas();
    private Listener listener;
    private Node dragged;
    private double pressX, pressY, dragX, dragY;

    SiteToolsLayer(SitesLayer sites) {
        // the size of the view, so the mouse handlers read view coordinates off the canvas
        super(true, 0);
        this.sites = Objects.requireNonNull(sites);
        canvas.setMouseTransparent(true);
        mode.addListener((o, was, now) -> {
            canvas.setMouseTransparent(now == Mode.OFF);
            canvas.setCursor(now == Mode.ADD ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            dragged = null;
            contentChanged();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    @Override
    public String title() {
        return "Site tools";
    }

    /** What the tools draw: only the site being dragged in move mode, so that is what the legend says. */
    @Override
    public List<LegendEntry> legend() {
        return List.of(
                LegendEntry.of(
                        "Site being moved: drop it where it goes (Move sites, in the toolbar)", SiteToolsLayer::ghost),
                LegendEntry.of("Dashed line: from where the site stands now", SiteToolsLayer::trail));
    }

    private static javafx.scene.Node ghost() {
        Circle dot = new Circle(6, Color.web(TOOL_BLUE, 0.35));
        dot.setStroke(Color.web(TOOL_BLUE));
        dot.setStrokeWidth(2);
        return dot;
    }

    private static javafx.scene.Node trail() {
        Line line = new Line(0, 0, 14, 0);
        line.setStroke(Color.web(TOOL_BLUE));
        line.setStrokeWidth(1.5);
        line.getStrokeDashArray().setAll(5.0, 4.0);
        return line;
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        if (dragged == null) {
            return;
        }
        sites.screenPosition(dragged.code()).ifPresent(from -> {
            g.setStroke(Color.web(TOOL_BLUE));
            g.setLineWidth(1.5);
            g.setLineDashes(5, 4);
            g.strokeLine(from.getX(), from.getY(), dragX, dragY);
        });
        g.setLineDashes();
        g.setFill(Color.web(TOOL_BLUE, 0.35));
        g.setStroke(Color.web(TOOL_BLUE));
        g.setLineWidth(2);
        g.fillOval(dragX - 8, dragY - 8, 16, 16);
        g.strokeOval(dragX - 8, dragY - 8, 16, 16);
    }

    private void hover(MouseEvent e) {
        if (mode.get() == Mode.MOVE) {
            canvas.setCursor(sites.siteAt(e.getX(), e.getY()).isPresent() ? Cursor.MOVE : Cursor.DEFAULT);
        }
    }

    private void pressed(MouseEvent e) {
        if (mode.get() != Mode.MOVE || e.getButton() != MouseButton.PRIMARY) {
            return; // not consumed: a drag pans the map
        }
        dragged = sites.siteAt(e.getX(), e.getY()).orElse(null);
        if (dragged != null) {
            pressX = dragX = e.getX();
            pressY = dragY = e.getY();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        dragX = e.getX();
        dragY = e.getY();
        contentChanged();
    }

    private void released(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        Node site = dragged;
        dragged = null;
        contentChanged();
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= MIN_MOVE_PX
                && !viewport().isEmpty()
                && listener != null) {
            listener.moved(site, viewport().toGeo(e.getX(), e.getY()));
        }
    }

    private void clicked(MouseEvent e) {
        if (mode.get() == Mode.ADD
                && e.getButton() == MouseButton.PRIMARY
                && e.isStillSincePress()
                && e.getClickCount() == 1
                && !viewport().isEmpty()) {
            e.consume();
            if (listener != null) {
                listener.addAt(viewport().toGeo(e.getX(), e.getY()));
            }
        } else if (mode.get() == Mode.MOVE && e.getClickCount() == 1 && e.isStillSincePress()) {
            // a click without a drag still picks the site, as it does with the tools off
            sites.siteAt(e.getX(), e.getY())
                    .ifPresent(site -> sites.selectedProperty().set(site));
        }
    }
}

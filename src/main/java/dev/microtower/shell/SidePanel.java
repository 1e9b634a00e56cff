package dev.microtower.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * A panel beside the map that the user can fold away and widen or narrow by dragging its inner
 * edge. One that fits its content (the inspector) is only as wide as what it shows needs, up to the
 * width the user chose, so an overview with no site selected leaves the room to the map.
 */
final class SidePanel extends BorderPane {
    static final double MIN_WIDTH = 180;
    static final double MAX_WIDTH = 640;
    private static final double HANDLE_PX = 5;

    private final Node content;
    private Node measured;
    private final boolean leftOfMap;
    private final boolean fitContent;
    private final DoubleProperty chosenWidth;
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", true);
    private double dragStartX;
    private double dragStartWidth;

    SidePanel(String id, Node content, boolean leftOfMap, boolean fitContent, double width) {
        this.content = content;
        this.leftOfMap = leftOfMap;
        this.fitContent = fitContent;
        this.chosenWidth = new SimpleDoubleProperty(this, "chosenWidth", clamp(width));
        setId(id);
        setCenter(content);
        Region handle = new Region();
        handle.getStyleClass().add("side-panel-handle");
        handle.setPrefWidth(HANDLE_PX);
        handle.setMinWidth(HANDLE_PX);
        handle.setCursor(Cursor.H_RESIZE);
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragStartX = e.getScreenX();
            dragStartWidth = getWidth();
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double moved = e.getScreenX() - dragStartX;
            chosenWidth.set(clamp(dragStartWidth + (leftOfMap ? moved : -moved)));
        });
        if (leftOfMap) {
            setRight(handle);
        } else {
            setLeft(handle);
        }
        visibleProperty().bind(open);
        managedProperty().bind(open);
        chosenWidth.addListener(o -> requestLayout());
    }

    private static double clamp(double width) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Double.isFinite(width) ? width : MIN_WIDTH));
    }

    /** Whether the panel is shown; folded away, the map takes its room. */
    BooleanProperty openProperty() {
        return open;
    }

    /** The width the user dragged the panel to (or the remembered or default one). */
    DoubleProperty chosenWidthProperty() {
        return chosenWidth;
    }

    boolean isLeftOfMap() {
        return leftOfMap;
    }

    /** Fits the panel to {@code node}'s preferred width (inside a scroll pane, say) rather than the content's. */
    void measure(Node node) {
        measured = node;
    }

    @Override
    protected double computePrefWidth(double height) {
        double chosen = chosenWidth.get();
        if (!fitContent) {
            return chosen;
        }
        // room for a vertical scroll bar, so the widest line is not covered by it
        double needed = (measured == null ? content.prefWidth(-1) : measured.prefWidth(-1) + 16) + HANDLE_PX;
        return Math.min(chosen, Math.max(MIN_WIDTH, needed));
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }
}

package dev.microtower.network.ui;

import dev.microtower.network.domain.Node;
import javafx.scene.control.Label;

/** The sites layer's tooltip: what a marker or a group stands for, kept inside the map. */
final class SiteTooltip extends Label {
    SiteTooltip() {
        getStyleClass().add("map-tooltip");
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
    }

    void hide() {
        setVisible(false);
    }

    /** Shows {@code text} beside the pointer at (x, y) in a map of {@code width} x {@code height}. */
    void show(String text, double x, double y, double width, double height) {
        setText(text);
        applyCss();
        autosize();
        double tx = x + 14, ty = y + 12;
        if (tx + getWidth() > width) {
            tx = x - 14 - getWidth();
        }
        if (ty + getHeight() > height) {
            ty = y - 12 - getHeight();
        }
        // never past the map's edges, also when the tooltip is wider than the room on either side
        tx = Math.max(0, Math.min(tx, width - getWidth()));
        ty = Math.max(0, Math.min(ty, height - getHeight()));
        relocate(tx, ty);
        setVisible(true);
    }

    /** The tooltip text of a site. */
    public static String describe(Node node) {
        StringBuilder text = new StringBuilder();
        text.append(node.code()).append(" — ").append(node.name()).append('\n');
        text.append(node.type().label()).append(" · ").append(SiteStyle.statusLabel(node.status()));
        if (node.slaTier() != null) {
            text.append(" · ").append(node.slaTier().label());
        }
        if (node.storageCapacityUnits() != null) {
            text.append(String.format("%ncapacity %,d units", node.storageCapacityUnits()));
        }
        if (node.town() != null) {
            text.append('\n').append(node.town());
        }
        return text.toString();
    }
}

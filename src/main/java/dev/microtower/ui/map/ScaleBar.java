package dev.microtower.ui.map;

import dev.microtower.core.WebMercator;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A bar of a round ground distance (1, 2 or 5 times a power of ten) at the map's centre latitude. */
public final class ScaleBar extends HBox {
    /** The longest the bar is drawn, in pixels. */
    public static final double MAX_WIDTH_PX = 110;

    private final Region bar = new Region();
    private final Label text = new Label();

    public ScaleBar(ObservableValue<Viewport> viewport) {
        getStyleClass().add("scale-bar");
        bar.getStyleClass().add("scale-bar-line");
        text.getStyleClass().add("scale-bar-text");
        setSpacing(6);
        getChildren().addAll(bar, text);
        viewport.addListener((o, was, v) -> update(v));
        update(viewport.getValue());
    }

    private void update(Viewport v) {
        if (v == null || v.isEmpty()) {
            text.setText("");
            bar.setPrefWidth(0);
            return;
        }
        double metresPerPixel = WebMercator.metresPerPixel(v.center().lat(), v.zoom());
        double metres = roundDistance(metresPerPixel * MAX_WIDTH_PX);
        bar.setPrefWidth(metres / metresPerPixel);
        bar.setMinWidth(metres / metresPerPixel);
        text.setText(format(metres));
    }

    /** The largest 1-2-5 distance not above {@code metres}. */
    public static double roundDistance(double metres) {
        double power = Math.pow(10, Math.floor(Math.log10(metres)));
        double leading = metres / power;
        return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
    }

    public static String format(double metres) {
        return metres >= 1000 ? String.format("%,.0f km", metres / 1000) : String.format("%.0f m", metres);
    }

    public String text() {
        return text.getText();
    }
}

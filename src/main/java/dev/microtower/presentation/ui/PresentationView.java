package dev.microtower.presentation.ui;

import dev.microtower.presentation.export.Shot;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.ScaleBar;
import dev.microtower.ui.map.Viewport;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What presentation mode lays over the map: the title card (scenario, title, caption) top left,
 * the step ("2 / 5") top right, a compact legend of the layers shown on the right, and along the
 * bottom the KPI tiles and a scale bar. Large type on dark cards for a projector; the map between
 * them takes clicks and drags as usual.
 */
final class PresentationView extends BorderPane {
    /** How many legend lines fit before the legend says how many more there are. */
    static final int LEGEND_LINES = 14;

    private final Label scenario = new Label();
    private final Label title = new Label();
    private final Label caption = new Label();
    private final Label step = new Label();
    private final VBox legend = new VBox(4);
    private final FlowPane tiles = new FlowPane(12, 12);
    private final Label tilesState = new Label();

    PresentationView(ObservableValue<Viewport> viewport) {
        setId("presentation");
        getStyleClass().add("presentation");
        setPickOnBounds(false);

        scenario.setId("presentation-scenario");
        scenario.getStyleClass().add("presentation-scenario");
        title.setId("presentation-title");
        title.getStyleClass().add("presentation-title");
        title.setWrapText(true);
        caption.setId("presentation-caption");
        caption.getStyleClass().add("presentation-caption");
        caption.setWrapText(true);
        VBox card = new VBox(4, scenario, title, caption);
        card.getStyleClass().add("presentation-card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);

        step.setId("presentation-step");
        step.getStyleClass().addAll("presentation-card", "presentation-step");
        HBox top = new HBox(card, spacer(), step);
        top.setAlignment(Pos.TOP_LEFT);
        top.setPickOnBounds(false);
        setTop(top);

        legend.setId("presentation-legend");
        legend.getStyleClass().addAll("presentation-card", "presentation-legend");
        legend.setMaxHeight(Region.USE_PREF_SIZE);
        legend.setMaxWidth(330);
        StackPane right = new StackPane(legend);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setPickOnBounds(false);
        BorderPane.setMargin(right, new Insets(12, 0, 0, 0));
        setRight(right);

        tiles.setId("presentation-tiles");
        tiles.setPickOnBounds(false);
        tiles.setPrefWrapLength(1100);
        tilesState.getStyleClass().addAll("presentation-card", "presentation-tiles-state");
        ScaleBar scale = new ScaleBar(viewport);
        scale.setId("presentation-scale");
        scale.getStyleClass().addAll("presentation-card", "presentation-scale");
        scale.setMaxWidth(Region.USE_PREF_SIZE);
        VBox bottom = new VBox(10, scale, tiles);
        bottom.setAlignment(Pos.BOTTOM_LEFT);
        bottom.setPickOnBounds(false);
        bottom.setPadding(new Insets(0, 0, 18, 0)); // above the map's attribution line
        setBottom(bottom);
        setPadding(new Insets(20));
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        r.setMouseTransparent(true);
        return r;
    }

    void show(String scenarioName, String viewTitle, String viewCaption, String stepText) {
        scenario.setText(scenarioName);
        title.setText(viewTitle);
        caption.setText(viewCaption);
        caption.setVisible(!viewCaption.isEmpty());
        caption.setManaged(!viewCaption.isEmpty());
        step.setText(stepText);
        step.setVisible(!stepText.isEmpty());
    }

    /** The legend of every shown overlay but the base map, switched-off lines left out. */
    void showLegend(List<MapOverlay> overlays) {
        legend.getChildren().clear();
        int lines = 0, left = 0;
        for (int i = overlays.size() - 1; i >= 0; i--) {
            MapOverlay overlay = overlays.get(i);
            List<LegendEntry> entries = PresentationView.shownEntries(overlay);
            if (!overlay.shownProperty().get() || entries.isEmpty()) {
                continue;
            }
            for (LegendEntry entry : entries) {
                if (lines >= LEGEND_LINES) {
                    left++;
                    continue;
                }
                if (lines == 0 || !overlay.title().equals(lastLayer)) {
                    Label heading = new Label(overlay.title());
                    heading.getStyleClass().add("presentation-legend-heading");
                    legend.getChildren().add(heading);
                    lastLayer = overlay.title();
                }
                Label label = new Label(entry.label());
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                HBox line = new HBox(8, readable(entry.symbol().get()), label);
                line.setAlignment(Pos.CENTER_LEFT);
                legend.getChildren().add(line);
                lines++;
            }
        }
        lastLayer = null;
        if (left > 0) {
            legend.getChildren().add(new Label("and " + left + " more"));
        }
        legend.setVisible(lines > 0);
    }

    private String lastLayer;

    /**
     * A legend symbol as the dark cards can show it: a wide drawn key with its own dark text (the flows'
     * arrow widths) goes on a light chip, as it is drawn for the window's light panels.
     */
    private static Node readable(Node symbol) {
        if (symbol instanceof Canvas drawn && drawn.getWidth() > 60) {
            StackPane chip = new StackPane(drawn);
            chip.setStyle("-fx-background-color: rgba(245,247,250,0.92); -fx-background-radius: 4; -fx-padding: 2 4;");
            return chip;
        }
        return symbol;
    }

    /** The legend lines a layer shows now: those without a switch, and those whose switch is on. */
    static List<LegendEntry> shownEntries(MapOverlay overlay) {
        return overlay.keyLegend().stream()
                .filter(e -> e.shown() == null || e.shown().get())
                .toList();
    }

    private List<Shot.Tile> shownTiles = List.of();

    void showTiles(List<Shot.Tile> values) {
        shownTiles = List.copyOf(values);
        tiles.getChildren().clear();
        for (Shot.Tile value : values) {
            tiles.getChildren().add(tile(value));
        }
    }

    List<Shot.Tile> tilesShown() {
        return shownTiles;
    }

    String scenarioShown() {
        return scenario.getText();
    }

    void showTilesMessage(String message) {
        shownTiles = List.of();
        tiles.getChildren().setAll(tilesState);
        tilesState.setText(message);
    }

    private static Node tile(Shot.Tile value) {
        Label number = new Label(value.value());
        number.getStyleClass().add("presentation-tile-value");
        number.setMinWidth(Region.USE_PREF_SIZE); // a figure is never cut to "480,4..."
        Label name = new Label(value.title());
        name.getStyleClass().add("presentation-tile-title");
        name.setWrapText(true);
        VBox box = new VBox(2, number, name);
        if (!value.change().isEmpty()) {
            Label change = new Label(value.change());
            change.getStyleClass().add("presentation-tile-change");
            change.getStyleClass().add(value.judgement() > 0 ? "better" : value.judgement() < 0 ? "worse" : "neither");
            box.getChildren().add(change);
        }
        box.getStyleClass().addAll("presentation-card", "presentation-tile");
        box.setMinWidth(200);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** The titles of the tiles shown, for the tests. */
    List<String> tileTitles() {
        return tiles.getChildren().stream()
                .filter(n -> n instanceof VBox)
                .map(n -> ((Label) ((VBox) n).getChildren().get(1)).getText())
                .toList();
    }
}

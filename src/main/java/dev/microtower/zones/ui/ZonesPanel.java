package dev.microtower.zones.ui;

import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.LocalProjection;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The zone tools under the layers: modes, the new zone's site and tier, files, and coverage figures. */
final class ZonesPanel extends VBox {
    final ToggleButton view = new ToggleButton("View");
    final ToggleButton edit = new ToggleButton("Edit");
    final ToggleButton draw = new ToggleButton("Draw new");
    final ComboBox<Node> site = new ComboBox<>();
    final ComboBox<SlaTier> tier = new ComboBox<>();
    final Button delete = new Button("Delete zone");
    final Button generate = new Button("Generate…");
    final Button importFile = new Button("Import GeoJSON…");
    final Button exportFile = new Button("Export GeoJSON…");
    final Label selected = new Label("No zone selected");
    final Label hint = new Label();
    final Label message = new Label();
    final Label coverage = new Label("Coverage: not computed yet");
    final Label method = new Label("Zones as drawn or imported");
    final ListView<CoverageReport.HotSpot> hotSpots = new ListView<>();

    ZonesPanel() {
        getStyleClass().add("zones-panel");
        setSpacing(6);
        setPadding(new Insets(4, 10, 10, 10));
        Label title = new Label("Delivery zones");
        title.getStyleClass().add("panel-title");

        ToggleGroup modes = new ToggleGroup();
        for (ToggleButton b : new ToggleButton[] {view, edit, draw}) {
            b.setToggleGroup(modes);
            b.getStyleClass().add("small-button");
        }
        view.setId("zones-view");
        edit.setId("zones-edit");
        draw.setId("zones-draw");
        view.setSelected(true);
        // one mode is always on
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        FlowPane modeBar = new FlowPane(4, 4, view, edit, draw);

        site.setId("zones-site");
        site.setPromptText("site of a new zone");
        site.setMaxWidth(Double.MAX_VALUE);
        site.setConverter(new StringConverter<>() {
            @Override
            public String toString(Node node) {
                return node == null ? "" : node.code() + " — " + node.name();
            }

            @Override
            public Node fromString(String text) {
                return null;
            }
        });
        tier.setId("zones-tier");
        tier.getItems().setAll(SlaTier.values());
        tier.setValue(SlaTier.SAME_DAY);
        tier.setConverter(new StringConverter<>() {
            @Override
            public String toString(SlaTier t) {
                return t == null ? "" : t.label();
            }

            @Override
            public SlaTier fromString(String text) {
                return null;
            }
        });
        tier.setMaxWidth(Double.MAX_VALUE);
        Label owner = new Label("A new zone belongs to this site and tier:");
        owner.setWrapText(true);
        owner.setMaxWidth(230);
        VBox newZone = new VBox(4, owner, site, tier);

        delete.setId("zones-delete");
        generate.setId("zones-generate");
        importFile.setId("zones-import");
        exportFile.setId("zones-export");
        for (Button b : new Button[] {delete, generate, importFile, exportFile}) {
            b.getStyleClass().add("small-button");
        }
        generate.setTooltip(
                new Tooltip("Voronoi cell per site among the sites of its tier, clipped to speed × drive time"));
        FlowPane actions = new FlowPane(4, 4, generate, delete, importFile, exportFile);

        selected.setId("zones-selected");
        hint.setId("zones-hint");
        message.setId("zones-message");
        message.getStyleClass().add("zones-message");
        coverage.setId("zones-coverage");
        method.setId("zones-method");
        for (Label l : new Label[] {selected, hint, message, coverage, method}) {
            l.setWrapText(true);
            l.setMaxWidth(230);
        }
        hint.getStyleClass().add("hint");
        method.getStyleClass().add("hint");
        message.setVisible(false);
        message.setManaged(false);

        hotSpots.setId("zones-hotspots");
        hotSpots.setPrefHeight(150);
        hotSpots.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CoverageReport.HotSpot spot, boolean empty) {
                super.updateItem(spot, empty);
                if (empty || spot == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(String.format(Locale.ROOT, "%,d orders · %,d units", spot.orders(), spot.units()));
                setTooltip(new Tooltip(String.format(
                        Locale.ROOT,
                        "%,d uncovered orders (%,d units) in the cell around %.4f, %.4f; click to go there",
                        spot.orders(),
                        spot.units(),
                        spot.centre().lat(),
                        spot.centre().lon())));
            }
        });
        Label hotTitle = new Label("Hot spots of uncovered demand");
        getChildren()
                .addAll(
                        title, modeBar, actions, selected, message, hint, newZone, method, coverage, hotTitle,
                        hotSpots);
    }

    void showMode(ZonesLayer.Mode mode) {
        hint.setText(
                switch (mode) {
                    case VIEW -> "Edit to change zones on the map; Draw new to add one.";
                    case EDIT ->
                        "Click a zone to select it. Drag a corner to move it; drag a small circle on an edge"
                                + " to add a corner; Alt-click or right-click a corner to delete it; Delete removes the"
                                + " zone. Drag elsewhere pans.";
                    case DRAW ->
                        "Click to place corners of the new zone for the site and tier below;"
                                + " double-click or Enter finishes, Backspace removes the last corner, Escape cancels.";
                });
    }

    void showSelected(DeliveryZone zone) {
        delete.setDisable(zone == null);
        if (zone == null) {
            selected.setText("No zone selected");
            return;
        }
        selected.setText(String.format(
                Locale.ROOT,
                "%s · site %s · %s · %.1f km² · %d corners",
                zone.code(),
                zone.node(),
                zone.slaTier().label(),
                LocalProjection.areaKm2(zone.area()),
                zone.area().getNumPoints() - zone.area().getNumGeometries()));
    }

    void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    void showCoverage(CoverageReport r) {
        if (r == null) {
            coverage.setText("Coverage: not computed yet");
            hotSpots.getItems().clear();
            return;
        }
        coverage.setText(String.format(
                Locale.ROOT,
                "Same-day coverage: %.1f %% of orders (%,d of %,d), %.1f %% of units (%,d of %,d),"
                        + " counting the customer points of the whole order history inside %d same-day zones"
                        + " of open or disrupted sites.%n"
                        + "Same-day zones cover %.1f km²; %.1f km² lies in two or more (%d overlapping pairs),"
                        + " where %,d orders were placed.%n"
                        + "Uncovered: %,d orders; the %d busiest %.0f km cells are marked on the map.",
                100 * r.orderShare(),
                r.ordersCovered(),
                r.orders(),
                100 * r.unitShare(),
                r.unitsCovered(),
                r.units(),
                r.sameDayZones(),
                r.sameDayAreaKm2(),
                r.overlapAreaKm2(),
                r.overlaps().size(),
                r.ordersInOverlap(),
                r.orders() - r.ordersCovered(),
                r.hotSpots().size(),
                r.cellKm()));
        hotSpots.getItems().setAll(r.hotSpots());
    }
}

package dev.microtower.network.ui;

import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.ui.framework.PropertyGrids;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The network module's part of the inspector: everything about the selected site, its capacity
 * use, its stock totals and a sortable, filterable table of the SKUs it holds; with no site
 * selected, an overview of the network by type and status.
 */
final class SiteInspector extends VBox {
    /** One line of the stock table. */
    record StockRow(String sku, String name, String category, long onHand, long reserved, long inTransit) {
        long available() {
            return onHand + inTransit - reserved;
        }
    }

    private final Label title = new Label("No site selected");
    private final Label subtitle = new Label("Click a site on the map or search for one.");
    private final GridPane properties = new GridPane();
    private final ProgressBar utilisation = new ProgressBar(0);
    private final Label utilisationText = new Label();
    private final Label totals = new Label();
    private final TextField filter = new TextField();
    private final ObservableList<StockRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StockRow> filtered = new FilteredList<>(rows);
    private final TableView<StockRow> table = new TableView<>();
    private final VBox details;
    /** Edit, close or reopen, delete: what can be done to the shown site. */
    final Button edit = button("Edit site", "site-edit");

    final Button closeSite = button("Close site", "site-close");
    final Button delete = button("Delete site…", "site-delete");
    final SiteForm form = new SiteForm();
    final Button save = button("Save", "site-save");
    final Button cancel = button("Cancel", "site-cancel");
    /** Why the form was not saved, or what the last action did. */
    final Label formMessage = new Label();

    private final FlowPane actions = new FlowPane(6, 6, edit, closeSite, delete);
    private final VBox editor;
    private final GridPane overview = new GridPane();
    private List<Node> network = List.of();
    private Node node;
    private String editingCode;

    SiteInspector() {
        getStyleClass().add("inspector");
        setId("inspector");
        setSpacing(8);
        setPadding(new Insets(12));
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setWrapText(true);
        properties.getStyleClass().add("properties");
        properties.setHgap(10);
        properties.setVgap(3);
        PropertyGrids.nameAndValueColumns(properties);
        utilisation.setMaxWidth(Double.MAX_VALUE);
        utilisation.setId("inspector-utilisation");
        utilisationText.setId("inspector-utilisation-text");
        totals.setId("inspector-totals");
        totals.setWrapText(true);
        // the table below takes the rest of the height; these lines keep theirs
        totals.setMinHeight(Region.USE_PREF_SIZE);
        utilisationText.setMinHeight(Region.USE_PREF_SIZE);
        // wrapped lines take the panel's width; they must not widen it to their one-line length
        for (Label wrapped : List.of(title, subtitle, totals, utilisationText)) {
            wrapped.setPrefWidth(200);
            wrapped.setMaxWidth(Double.MAX_VALUE);
        }
        table.setPrefWidth(420);
        filter.setPromptText("Filter SKUs by code, name or category");
        filter.setId("stock-filter");
        filter.textProperty().addListener((o, was, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(
                    needle.isEmpty()
                            ? null
                            : row -> (row.sku() + " " + row.name() + " " + row.category())
                                    .toLowerCase(Locale.ROOT)
                                    .contains(needle));
        });
        buildTable();
        Label capacityTitle = section("Capacity");
        Label stockTitle = section("Stock");
        formMessage.setId("site-form-message");
        formMessage.setWrapText(true);
        formMessage.setPrefWidth(200);
        formMessage.setMaxWidth(Double.MAX_VALUE);
        formMessage.setMinHeight(Region.USE_PREF_SIZE);
        save.setDefaultButton(true);
        editor = new VBox(6, form, new HBox(6, save, cancel), formMessage);
        editor.setVisible(false);
        editor.managedProperty().bind(editor.visibleProperty());
        properties.managedProperty().bind(properties.visibleProperty());
        details = new VBox(
                6,
                actions,
                editor,
                properties,
                capacityTitle,
                utilisation,
                utilisationText,
                stockTitle,
                totals,
                filter,
                table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(details, Priority.ALWAYS);
        details.setVisible(false);
        overview.getStyleClass().add("properties");
        overview.setId("network-overview");
        overview.setHgap(10);
        overview.setVgap(3);
        PropertyGrids.nameAndValueColumns(overview);
        getChildren().addAll(title, subtitle, overview, details);
        details.managedProperty().bind(details.visibleProperty());
        overview.managedProperty().bind(overview.visibleProperty());
    }

    /** The network shown while no site is selected: what is there, by type and by status. */
    void setNetwork(List<Node> sites) {
        network = List.copyOf(sites);
        if (node == null) {
            show(null);
        }
    }

    private void showOverview() {
        overview.getChildren().clear();
        if (network.isEmpty()) {
            title.setText("No network yet");
            subtitle.setText("Drop CSV, XLSX or GeoJSON files on the window, or use File → Import.");
            return;
        }
        title.setText("Network");
        subtitle.setText(String.format(
                "%,d sites. Click one on the map or search for it to see its details and stock.", network.size()));
        int row = 0;
        Label byType = section("Sites by type");
        overview.add(byType, 0, row++, 2, 1);
        for (var type : NodeType.values()) {
            long count = network.stream().filter(n -> n.type() == type).count();
            if (count > 0) {
                row = property(overview, row, type.label(), String.format("%,d", count));
            }
        }
        overview.add(section("Sites by status"), 0, row++, 2, 1);
        for (var status : NodeStatus.values()) {
            long count = network.stream().filter(n -> n.status() == status).count();
            if (count > 0) {
                row = property(overview, row, SiteStyle.statusLabel(status), String.format("%,d", count));
            }
        }
        long capacity = network.stream()
                .filter(Node::isStocked)
                .map(Node::storageCapacityUnits)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
        overview.add(section("Capacity"), 0, row++, 2, 1);
        property(overview, row, "Open storage", String.format("%,d units", capacity));
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    /** Turns the shown site's properties into the form that edits them. */
    void startEditing(List<Node> sites) {
        if (node == null) {
            return;
        }
        form.show(node, sites);
        formMessage.setText("");
        properties.setVisible(false);
        actions.setDisable(true);
        editor.setVisible(true);
    }

    /**
     * Back to the properties, as read. Focus in the form goes back to "Edit site": left in a hidden
     * field it would move on to the next section below (the forecast chart), and the inspector would
     * scroll down to it, taking the site's own buttons out of view.
     */
    void stopEditing() {
        boolean focusInForm = focusWithin(editor);
        actions.setDisable(false);
        properties.setVisible(true);
        if (focusInForm) {
            edit.requestFocus();
        }
        editor.setVisible(false);
    }

    private static boolean focusWithin(Parent parent) {
        Scene scene = parent.getScene();
        var owner = scene == null ? null : scene.getFocusOwner();
        for (Parent p = owner == null ? null : owner.getParent(); p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    boolean editing() {
        return editor.isVisible();
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void buildTable() {
        table.setId("stock-table");
        table.setPlaceholder(new Label("No stock at this site"));
        table.getColumns().add(column("SKU", StockRow::sku, 90));
        table.getColumns().add(column("Name", StockRow::name, 150));
        table.getColumns().add(column("On hand", StockRow::onHand, 62));
        table.getColumns().add(column("Reserved", StockRow::reserved, 62));
        table.getColumns().add(column("In transit", StockRow::inTransit, 62));
        table.getColumns().add(column("Available", StockRow::available, 66));
        SortedList<StockRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // columns keep readable widths; a narrow panel scrolls the table sideways instead of cutting headers
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static <T extends Comparable<T>> TableColumn<StockRow, T> column(
            String name, Function<StockRow, T> value, double width) {
        TableColumn<StockRow, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Shows {@code site}, with its stock still loading; {@code null} clears the panel. */
    void show(Node site) {
        this.node = site;
        rows.clear();
        filter.clear();
        if (site == null) {
            stopEditing();
            details.setVisible(false);
            overview.setVisible(true);
            showOverview();
            return;
        }
        overview.setVisible(false);
        if (editing() && !site.code().value().equals(editingCode)) {
            stopEditing(); // another site: its form would save over the wrong one
        }
        editingCode = site.code().value();
        closeSite.setText(site.status() == NodeStatus.CLOSED ? "Reopen site" : "Close site");
        title.setText(site.name());
        subtitle.setText(site.code() + " · " + site.type().label() + " · " + SiteStyle.statusLabel(site.status()));
        properties.getChildren().clear();
        int row = 0;
        row = property(row, "Code", site.code().value());
        row = property(row, "Type", site.type().label());
        row = property(row, "Status", SiteStyle.statusLabel(site.status()));
        row = property(
                row, "SLA tier", site.slaTier() == null ? null : site.slaTier().label());
        row = property(row, "Address", site.address());
        row = property(row, "Town", site.town());
        row = property(row, "Region", site.region());
        row = property(
                row,
                "Location",
                String.format(
                        Locale.ROOT,
                        "%.5f, %.5f",
                        site.location().lat(),
                        site.location().lon()));
        row = property(row, "Storage", units(site.storageCapacityUnits()));
        row = property(
                row, "Floor area", site.floorAreaM2() == null ? null : String.format("%,.0f m²", site.floorAreaM2()));
        row = property(row, "Fixed cost", money(site.fixedCostPerDay(), "/ day"));
        row = property(row, "Handling cost", money(site.handlingCostPerOrder(), "/ order"));
        row = property(
                row,
                "Replenished from",
                site.replenishmentSource() == null
                        ? null
                        : site.replenishmentSource().value());
        row = property(
                row, "Lead time", site.leadTimeDays() == null ? null : String.format("%.1f days", site.leadTimeDays()));
        property(
                row,
                "Served by",
                site.servedBy() == null ? null : site.servedBy().value());
        utilisation.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        utilisationText.setText("Loading stock…");
        totals.setText("");
        details.setVisible(true);
    }

    /** Fills the stock part once the stock of the shown site has been read. */
    void showStock(Node site, List<StockLevel> stock, Map<SkuCode, Sku> catalogue) {
        if (node == null || !node.code().equals(site.code())) {
            return; // the user moved on to another site meanwhile
        }
        long onHand = 0, reserved = 0, inTransit = 0, stocked = 0;
        for (StockLevel level : stock) {
            onHand += level.onHand();
            reserved += level.reserved();
            inTransit += level.inTransit();
            if (level.onHand() > 0 || level.inTransit() > 0) {
                stocked++;
            }
        }
        rows.setAll(stock.stream()
                .map(level -> {
                    Sku sku = catalogue.get(level.sku());
                    return new StockRow(
                            level.sku().value(),
                            sku == null ? "" : sku.name(),
                            sku == null ? "" : sku.category(),
                            level.onHand(),
                            level.reserved(),
                            level.inTransit());
                })
                .toList());
        Long capacity = site.storageCapacityUnits();
        if (capacity == null || capacity == 0) {
            utilisation.setProgress(0);
            utilisationText.setText(String.format("%,d units on hand; no storage capacity recorded", onHand));
        } else {
            double share = (double) onHand / capacity;
            utilisation.setProgress(Math.min(1, share));
            utilisation.getStyleClass().removeAll("over-capacity", "near-capacity");
            if (share > 1) {
                utilisation.getStyleClass().add("over-capacity");
            } else if (share > 0.85) {
                utilisation.getStyleClass().add("near-capacity");
            }
            utilisationText.setText(String.format("%,d of %,d units used (%.0f %%)", onHand, capacity, share * 100));
        }
        totals.setText(String.format(
                "%,d SKUs stocked%nOn hand %,d · Reserved %,d%nIn transit %,d · Available %,d",
                stocked, onHand, reserved, inTransit, onHand + inTransit - reserved));
    }

    private int property(int row, String name, String value) {
        return property(properties, row, name, value);
    }

    private static int property(GridPane grid, int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("property-name");
        // a name is never cut short; a long value wraps instead
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.getStyleClass().add("property-value");
        text.setWrapText(true);
        text.setPrefWidth(110);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(row, key, text);
        return row + 1;
    }

    private static String units(Long units) {
        return units == null ? null : String.format("%,d units", units);
    }

    private static String money(BigDecimal amount, String per) {
        return amount == null ? null : String.format("%,.2f %s", amount, per);
    }

    Node shown() {
        return node;
    }
}

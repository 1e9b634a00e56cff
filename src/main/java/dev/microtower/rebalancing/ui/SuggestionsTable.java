package dev.microtower.rebalancing.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The suggestions of the plan run shown: a sortable, filterable table with the numbers and the
 * reason of each, and the buttons that decide them. It holds no logic of its own: decisions go to
 * the {@link Actions} the controller gives it.
 */
public final class SuggestionsTable extends VBox {
    /** Header plus about three rows, in pixels. */
    static final double MIN_TABLE_HEIGHT = 110;

    /** What the buttons ask for; the controller carries it out in the background. */
    public interface Actions {
        void accept(List<SuggestionRow> rows);

        void reject(List<SuggestionRow> rows);

        void edit(SuggestionRow row, long quantity);

        void exportAccepted();

        void hide();
    }

    /** Up to this many rows {@link #replace} replaces one by one, keeping the table's place for a decision. */
    private static final int FEW = 32;

    private final ObservableList<SuggestionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<SuggestionRow> filtered = new FilteredList<>(rows);
    private final TableView<SuggestionRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label summary = new Label("No plan yet: Plan → Plan network… (Ctrl+P)");
    private final Label counts = new Label();
    private final Label message = new Label();
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final Button edit = new Button("Edit quantity…");
    private final Button acceptSelected = new Button("Accept selected");
    private final Button export = new Button("Export accepted…");
    private Actions actions;

    public SuggestionsTable() {
        getStyleClass().add("suggestions-drawer");
        setId("suggestions");
        setSpacing(6);
        setPadding(new Insets(8, 10, 6, 10));

        Label title = new Label("Suggestions");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setId("plan-summary");
        summary.getStyleClass().add("plan-summary");
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        counts.setId("suggestion-counts");
        counts.getStyleClass().add("plan-summary");
        Button close = new Button("×");
        close.setId("suggestions-close");
        close.getStyleClass().addAll("small-button", "drawer-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setTooltip(new Tooltip("Hide the suggestions (Plan → Suggestions panel)"));
        close.setOnAction(e -> act(Actions::hide));
        HBox head = new HBox(10, title, summary, close);
        head.setAlignment(Pos.CENTER_LEFT);

        filter.setId("suggestions-filter");
        filter.setPromptText("Filter by site, SKU, status, kind or reason");
        filter.setPrefColumnCount(24);
        filter.setMinWidth(120);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        filter.textProperty().addListener((o, was, text) -> {
            String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
            filtered.setPredicate(text.isBlank() ? null : row -> row.matches(words));
        });
        accept.setId("accept-suggestion");
        reject.setId("reject-suggestion");
        edit.setId("edit-quantity");
        acceptSelected.setId("accept-selected");
        export.setId("export-accepted");
        accept.getStyleClass().add("accept-button");
        acceptSelected.getStyleClass().add("accept-button");
        accept.setTooltip(new Tooltip("Accept the selected suggestion as proposed: the units leave the source"
                + " and are in transit to the destination"));
        reject.setTooltip(new Tooltip("Reject the selected suggestions"));
        edit.setTooltip(new Tooltip("Accept the selected suggestion with another quantity"));
        acceptSelected.setTooltip(new Tooltip("Accept every proposed suggestion among the selected rows"));
        export.setTooltip(new Tooltip("Write the accepted transfers of this plan to CSV or Excel"));
        accept.setOnAction(e -> act(a -> a.accept(List.of(single()))));
        reject.setOnAction(e -> act(a -> a.reject(proposedSelection())));
        edit.setOnAction(e -> {
            SuggestionRow row = single();
            askQuantity(row).ifPresent(q -> act(a -> a.edit(row, q)));
        });
        acceptSelected.setOnAction(e -> act(a -> a.accept(proposedSelection())));
        export.setOnAction(e -> act(Actions::exportAccepted));
        HBox bar = new HBox(6, filter, accept, reject, edit, acceptSelected, export);
        for (Button b : List.of(accept, reject, edit, acceptSelected, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setMargin(export, new Insets(0, 0, 0, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        message.setId("suggestions-message");
        message.getStyleClass().add("plan-summary");
        message.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        HBox foot = new HBox(10, message, gap, counts);
        foot.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        getChildren().addAll(head, bar, table, foot);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the split under the map keeps at least the header and a few rows: without a floor it could lay a newly
        // opened drawer out at the table's header alone, with no row to read or click
        table.setMinHeight(MIN_TABLE_HEIGHT);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SuggestionRow>) c -> enable());
        rows.addListener((ListChangeListener<SuggestionRow>) c -> {
            enable();
            count();
        });
        filtered.addListener((ListChangeListener<SuggestionRow>) c -> count());
        enable();
    }

    public void setActions(Actions actions) {
        this.actions = actions;
    }

    private void act(java.util.function.Consumer<Actions> action) {
        if (actions != null) {
            action.accept(actions);
        }
    }

    public TableView<SuggestionRow> table() {
        return table;
    }

    /** Every row of the run shown, in plan order (the table may sort and filter them). */
    public List<SuggestionRow> rows() {
        return List.copyOf(rows);
    }

    public void setRows(List<SuggestionRow> shown, String description) {
        table.getSelectionModel().clearSelection();
        rows.setAll(shown);
        summary.setText(description);
    }

    public void setSummary(String description) {
        summary.setText(description);
    }

    /** The outcome of the last action, e.g. where the export went. */
    public void setMessage(String text) {
        message.setText(text);
    }

    public String message() {
        return message.getText();
    }

    /** Puts decided rows in place of the rows with the same ids, keeping the selection. */
    public void replace(Collection<SuggestionRow> decided) {
        Map<Long, SuggestionRow> byId = new HashMap<>();
        decided.forEach(r -> byId.put(r.id(), r));
        Set<Long> selected = selectedIds();
        if (byId.size() > FEW) {
            // many rows (every row renamed once the network is read): one change, not one per row,
            // each of which made the listeners count every row again (2,943 rows on the demo held
            // the FX thread for about half a second while the window opened)
            List<SuggestionRow> all = new ArrayList<>(rows.size());
            for (SuggestionRow r : rows) {
                all.add(byId.getOrDefault(r.id(), r));
            }
            rows.setAll(all);
        } else {
            for (int i = 0; i < rows.size(); i++) {
                SuggestionRow now = byId.get(rows.get(i).id());
                if (now != null) {
                    rows.set(i, now);
                }
            }
        }
        select(selected, false);
        table.refresh();
    }

    public Set<Long> selectedIds() {
        Set<Long> ids = new HashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Selects the rows with these ids (among those the filter shows) and scrolls to the first. */
    public void select(Collection<Long> ids, boolean scroll) {
        var model = table.getSelectionModel();
        model.clearSelection();
        int first = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (ids.contains(table.getItems().get(i).id())) {
                model.select(i);
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (scroll && first >= 0) {
            table.scrollTo(Math.max(0, first - 2));
        }
    }

    private SuggestionRow single() {
        return table.getSelectionModel().getSelectedItem();
    }

    private List<SuggestionRow> proposedSelection() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(SuggestionRow::proposed)
                .toList();
    }

    private void enable() {
        List<SuggestionRow> selected = table.getSelectionModel().getSelectedItems();
        boolean oneProposed = selected.size() == 1 && selected.get(0).proposed();
        long proposed = selected.stream().filter(SuggestionRow::proposed).count();
        accept.setDisable(!oneProposed);
        edit.setDisable(!oneProposed);
        reject.setDisable(proposed == 0);
        acceptSelected.setDisable(proposed == 0);
        acceptSelected.setText(proposed > 1 ? String.format("Accept %,d selected", proposed) : "Accept selected");
        export.setDisable(rows.stream().noneMatch(SuggestionRow::accepted));
    }

    private void count() {
        long open = rows.stream().filter(SuggestionRow::proposed).count();
        long accepted = rows.stream().filter(SuggestionRow::accepted).count();
        long rejected = rows.size() - open - accepted;
        String shown = filtered.size() == rows.size() ? "" : String.format("%,d shown · ", filtered.size());
        counts.setText(
                rows.isEmpty()
                        ? ""
                        : String.format("%s%,d open · %,d accepted · %,d rejected", shown, open, accepted, rejected));
    }

    /** Asks for a new quantity; the OK button works only for a whole number of at least one. */
    private Optional<Long> askQuantity(SuggestionRow row) {
        if (row == null) {
            return Optional.empty();
        }
        TextInputDialog dialog =
                new TextInputDialog(Long.toString(row.suggestion().quantity()));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setTitle("Edit quantity");
        dialog.setHeaderText(String.format(
                "%s %s from %s to %s%nProposed: %,d units",
                row.suggestion().sku(),
                row.skuName(),
                row.suggestion().from(),
                row.suggestion().to(),
                row.stored().proposedQuantity()));
        dialog.setContentText("Units to send:");
        dialog.getDialogPane().setId("edit-quantity-dialog");
        dialog.getEditor().setId("edit-quantity-field");
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> parseQuantity(dialog.getEditor().getText()) == null,
                        dialog.getEditor().textProperty()));
        return dialog.showAndWait().map(SuggestionsTable::parseQuantity);
    }

    /** A whole number of at least one, or {@code null}. */
    static Long parseQuantity(String text) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip().replace(",", "").replace("_", ""));
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- the table ----

    private void buildTable() {
        table.setId("suggestions-table");
        table.setPlaceholder(new Label("No suggestions to show"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setEditable(true);

        TableColumn<SuggestionRow, String> status = column("Status", SuggestionRow::statusText, 78);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                setText(empty || item == null ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add("status-" + item);
                }
            }
        });
        TableColumn<SuggestionRow, String> from =
                column("From", r -> r.suggestion().from().value(), 80);
        from.setCellFactory(c -> named(r -> r.fromName()));
        TableColumn<SuggestionRow, String> to =
                column("To", r -> r.suggestion().to().value(), 80);
        to.setCellFactory(c -> named(r -> r.toName()));
        TableColumn<SuggestionRow, String> sku =
                column("SKU", r -> r.suggestion().sku().value(), 90);
        TableColumn<SuggestionRow, String> name = column("Name", SuggestionRow::skuName, 170);
        TableColumn<SuggestionRow, String> kind = column("Kind", SuggestionRow::kindText, 96);

        TableColumn<SuggestionRow, Long> quantity =
                column("Quantity", r -> r.suggestion().quantity(), 70);
        quantity.setEditable(true);
        quantity.setCellFactory(c -> new QuantityCell());
        quantity.setOnEditCommit(e -> {
            Long value = e.getNewValue();
            SuggestionRow row = e.getRowValue();
            if (value != null && row != null && row.proposed()) {
                act(a -> a.edit(row, value));
            } else {
                table.refresh();
            }
        });
        TableColumn<SuggestionRow, Long> proposed =
                column("Proposed", r -> r.stored().proposedQuantity(), 70);
        proposed.setCellFactory(c -> number("%,d"));
        TableColumn<SuggestionRow, Double> distance =
                column("km", r -> r.suggestion().distanceKm(), 56);
        distance.setCellFactory(c -> number("%,.1f"));
        TableColumn<SuggestionRow, Double> cost =
                column("Cost", r -> r.suggestion().cost(), 64);
        cost.setCellFactory(c -> number("%,.2f"));
        TableColumn<SuggestionRow, String> reason =
                column("Reason", r -> r.suggestion().reason(), 520);
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        // the reason next to the quantity, so it is readable without scrolling in a narrow window
        List.of(status, from, to, sku, quantity, reason, name, kind, proposed, distance, cost)
                .forEach(table.getColumns()::add);
        SortedList<SuggestionRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    private static <T extends Comparable<T>> TableColumn<SuggestionRow, T> column(
            String name, Function<SuggestionRow, T> value, double width) {
        TableColumn<SuggestionRow, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    /** A code with the full name as its tooltip. */
    private static TableCell<SuggestionRow, String> named(Function<SuggestionRow, String> name) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                SuggestionRow row = empty ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(name.apply(row)));
            }
        };
    }

    private static <T extends Number> TableCell<SuggestionRow, T> number(String format) {
        return new TableCell<>() {
            {
                getStyleClass().add("number-cell");
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(format, item));
            }
        };
    }

    /** The quantity: edited in place for a proposed suggestion, which accepts it with that quantity. */
    private static final class QuantityCell extends TextFieldTableCell<SuggestionRow, Long> {
        QuantityCell() {
            super(new StringConverter<>() {
                @Override
                public String toString(Long value) {
                    return value == null ? "" : String.format("%,d", value);
                }

                @Override
                public Long fromString(String text) {
                    return parseQuantity(text);
                }
            });
            getStyleClass().addAll("number-cell", "editable-quantity");
        }

        @Override
        public void startEdit() {
            SuggestionRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.proposed()) {
                super.startEdit();
            }
        }
    }
}

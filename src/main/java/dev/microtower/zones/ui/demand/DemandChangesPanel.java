package dev.microtower.zones.ui.demand;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.scenarios.domain.DemandMultiplier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Demand changes side panel: the scenario's changes in words, Add / Edit / Delete, and the form
 * of one change (factor, what it applies to, its district, its date window). {@link #read} turns
 * the form into a change or names the field that is wrong; the panel writes nothing itself.
 */
final class DemandChangesPanel extends VBox {
    /** What a change multiplies, in the words of the form. */
    enum What {
        EVERYTHING("All products"),
        CATEGORY("One category"),
        SKU("One SKU");

        final String words;

        What(String words) {
            this.words = words;
        }
    }

    /** Where a change applies, in the words of the form. */
    enum Where {
        EVERYWHERE("Everywhere"),
        ZONE("A delivery zone"),
        SITE("A site's own demand"),
        AREA("An area drawn on the map");

        final String words;

        Where(String words) {
            this.words = words;
        }
    }

    /** The form read: a change, or the problem naming the field. */
    record Read(DemandMultiplier change, String problem) {}

    final ListView<DemandMultiplier> list = new ListView<>();
    final Button add = new Button("Add…");
    final Button edit = new Button("Edit…");
    final Button delete = new Button("Delete");
    final Label message = new Label();

    final VBox form = new VBox(6);
    final Label formTitle = new Label("New demand change");
    final TextField factor = new TextField();
    final ComboBox<What> what = new ComboBox<>();
    final ComboBox<String> whatValue = new ComboBox<>();
    final ComboBox<Where> where = new ComboBox<>();
    final ComboBox<String> whereValue = new ComboBox<>();
    final Button draw = new Button("Draw on map");
    final Label corners = new Label();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField note = new TextField();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Label formMessage = new Label();

    private List<String> categories = List.of();
    private List<String> skus = List.of();
    private List<String> zones = List.of();
    private List<String> sites = List.of();
    private List<GeoPoint> area;

    DemandChangesPanel() {
        getStyleClass().add("demand-panel");
        setSpacing(6);
        setPadding(new Insets(4, 10, 10, 10));
        Label title = new Label("Demand changes");
        title.getStyleClass().add("panel-title");
        Label explain = new Label("What-ifs on demand in this scenario: the plan multiplies the demand they cover.");
        explain.getStyleClass().add("hint");
        explain.setWrapText(true);
        explain.setMaxWidth(240);

        list.setId("demand-list");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label("No demand changes in this scenario"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DemandMultiplier m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : DemandWords.describe(m) + note(m));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        add.setId("demand-add");
        edit.setId("demand-edit");
        delete.setId("demand-delete");
        for (Button b : new Button[] {add, edit, delete}) {
            b.getStyleClass().add("small-button");
        }
        edit.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        message.setId("demand-message");
        message.setWrapText(true);
        message.setMaxWidth(240);

        buildForm();
        showForm(false);
        getChildren().addAll(title, explain, list, new FlowPane(4, 4, add, edit, delete), message, form);
    }

    private static String note(DemandMultiplier m) {
        return m.note() == null || m.note().isBlank() ? "" : " — " + m.note();
    }

    private void buildForm() {
        factor.setId("demand-factor");
        factor.setPromptText("e.g. 1.3 for 30 % more");
        what.setId("demand-what");
        what.getItems().setAll(What.values());
        what.setConverter(words(w -> w.words));
        whatValue.setId("demand-what-value");
        where.setId("demand-where");
        where.getItems().setAll(Where.values());
        where.setConverter(words(w -> w.words));
        whereValue.setId("demand-where-value");
        draw.setId("demand-draw");
        draw.getStyleClass().add("small-button");
        corners.setId("demand-corners");
        corners.getStyleClass().add("hint");
        corners.setWrapText(true);
        corners.setMaxWidth(240);
        from.setId("demand-from");
        to.setId("demand-to");
        from.setPromptText("open");
        to.setPromptText("open");
        note.setId("demand-note");
        save.setId("demand-save");
        cancel.setId("demand-cancel");
        formMessage.setId("demand-form-message");
        formMessage.getStyleClass().add("zones-message");
        formMessage.setWrapText(true);
        formMessage.setMaxWidth(240);
        for (var box : List.of(what, whatValue, where, whereValue)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        what.valueProperty().addListener((o, was, now) -> whatChosen());
        where.valueProperty().addListener((o, was, now) -> whereChosen());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("Factor"), factor);
        grid.addRow(1, new Label("Applies to"), what);
        grid.add(whatValue, 1, 2);
        grid.addRow(3, new Label("District"), where);
        grid.add(whereValue, 1, 4);
        grid.add(new FlowPane(4, 4, draw, corners), 1, 5);
        grid.addRow(6, new Label("From"), from);
        grid.addRow(7, new Label("To"), to);
        grid.addRow(8, new Label("Note"), note);
        formTitle.getStyleClass().add("panel-title");
        form.setId("demand-form");
        form.getChildren().addAll(formTitle, grid, formMessage, new FlowPane(4, 4, save, cancel));
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** The choices of the lists: the scenario's SKU categories, SKUs, zones and stocked sites. */
    void setChoices(List<String> newCategories, List<String> newSkus, List<String> newZones, List<String> newSites) {
        categories = List.copyOf(newCategories);
        skus = List.copyOf(newSkus);
        zones = List.copyOf(newZones);
        sites = List.copyOf(newSites);
        whatChosen();
        whereChosen();
    }

    private void whatChosen() {
        What w = what.getValue();
        String kept = whatValue.getValue();
        whatValue.getItems().setAll(w == What.CATEGORY ? categories : w == What.SKU ? skus : List.of());
        whatValue.setDisable(w == null || w == What.EVERYTHING);
        whatValue.setPromptText(w == What.SKU ? "SKU" : w == What.CATEGORY ? "category" : "");
        whatValue.setValue(whatValue.getItems().contains(kept) ? kept : null);
    }

    private void whereChosen() {
        Where w = where.getValue();
        String kept = whereValue.getValue();
        whereValue.getItems().setAll(w == Where.ZONE ? zones : w == Where.SITE ? sites : List.of());
        boolean listed = w == Where.ZONE || w == Where.SITE;
        whereValue.setDisable(!listed);
        whereValue.setPromptText(w == Where.ZONE ? "delivery zone" : w == Where.SITE ? "site" : "");
        whereValue.setValue(whereValue.getItems().contains(kept) ? kept : null);
        draw.setDisable(w != Where.AREA);
        showArea();
    }

    /** The corners drawn for the change, or {@code null} for none yet. */
    void setArea(List<GeoPoint> corners) {
        area = corners == null ? null : List.copyOf(corners);
        showArea();
    }

    List<GeoPoint> area() {
        return area;
    }

    private void showArea() {
        if (where.getValue() != Where.AREA) {
            corners.setText("");
        } else if (area == null) {
            corners.setText("Not drawn yet.");
        } else {
            corners.setText("Drawn: " + area.size() + " corners.");
        }
    }

    void showForm(boolean on) {
        form.setVisible(on);
        form.setManaged(on);
        list.setDisable(on);
        add.setVisible(!on);
        edit.setVisible(!on);
        delete.setVisible(!on);
        if (!on) {
            showFormProblem(null);
        }
    }

    /** Fills the form with {@code m}'s values, or empties it for a new change ({@code null}). */
    void fill(DemandMultiplier m) {
        formTitle.setText(m == null ? "New demand change" : "Change: " + DemandWords.describe(m));
        factor.setText(m == null ? "" : DemandWords.factor(m.factor()).substring(1));
        what.setValue(
                m == null || (m.sku() == null && m.category() == null)
                        ? What.EVERYTHING
                        : m.sku() != null ? What.SKU : What.CATEGORY);
        whatValue.setValue(m == null ? null : m.sku() != null ? m.sku().value() : m.category());
        where.setValue(
                m == null
                        ? Where.EVERYWHERE
                        : m.zone() != null
                                ? Where.ZONE
                                : m.node() != null ? Where.SITE : m.area() != null ? Where.AREA : Where.EVERYWHERE);
        whereValue.setValue(
                m == null
                        ? null
                        : m.zone() != null
                                ? m.zone().value()
                                : m.node() != null ? m.node().value() : null);
        setArea(m == null ? null : m.area());
        from.setValue(m == null ? null : m.validFrom());
        to.setValue(m == null ? null : m.validTo());
        note.setText(m == null || m.note() == null ? "" : m.note());
        showFormProblem(null);
    }

    void showFormProblem(String text) {
        formMessage.setText(text == null ? "" : text);
        formMessage.setVisible(text != null);
        formMessage.setManaged(text != null);
    }

    void showMessage(String text) {
        message.setText(text == null ? "" : text);
    }

    /** The change the form describes, or the first problem, naming its field. */
    Read read() {
        double value;
        try {
            value = Double.parseDouble(factor.getText().trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return problem("Factor: enter a number, e.g. 1.3 for 30 % more demand or 0.8 for 20 % less.");
        }
        if (!Double.isFinite(value) || !DemandMultiplier.FACTOR.contains(value)) {
            return problem(String.format(
                    Locale.ROOT,
                    "Factor: %s is not allowed; it must be 0 or more (0 stops the demand, 1 leaves it as it is).",
                    factor.getText().trim()));
        }
        What w = what.getValue() == null ? What.EVERYTHING : what.getValue();
        String thing =
                whatValue.getValue() == null ? null : whatValue.getValue().trim();
        if (w != What.EVERYTHING && (thing == null || thing.isEmpty())) {
            return problem("Applies to: choose the " + (w == What.SKU ? "SKU" : "category") + ".");
        }
        Where d = where.getValue() == null ? Where.EVERYWHERE : where.getValue();
        String place = whereValue.getValue();
        if ((d == Where.ZONE || d == Where.SITE) && place == null) {
            return problem("District: choose the " + (d == Where.ZONE ? "delivery zone" : "site") + ".");
        }
        if (d == Where.AREA && (area == null || area.size() < 3)) {
            return problem("District: draw the area on the map (at least 3 corners) first.");
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            return problem("To: the window ends (" + end + ") before it starts (" + start + ").");
        }
        String text = note.getText() == null || note.getText().isBlank()
                ? null
                : note.getText().trim();
        return new Read(
                new DemandMultiplier(
                        d == Where.SITE ? NodeCode.of(place) : null,
                        w == What.CATEGORY ? thing : null,
                        value,
                        start,
                        end,
                        text,
                        w == What.SKU ? SkuCode.of(thing) : null,
                        d == Where.ZONE ? ZoneCode.of(place) : null,
                        d == Where.AREA ? area : null),
                null);
    }

    private static Read problem(String text) {
        return new Read(null, text);
    }
}

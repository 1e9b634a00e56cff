package dev.microtower.simulation.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.edit.ListEdit;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.domain.SupplyTerms;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.simulation.store.SiteOperationsRepository;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.PropertyGrids;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The inspector section of a regional DC's vendor supply by SKU category: a table of the
 * categories the DC buys on terms of their own (lead time, days between orders) with a Remove
 * button each, and a form to set a category's terms. Each change is one undoable edit; a bad value
 * is refused inline with the field's name and nothing is saved. Hidden for other sites.
 */
final class CategorySupplySection {
    /**
     * What the section shows for the selected site, read on the IO lane: a regional DC, or another
     * site still holding rows from when it was one ({@code regionalDc} false: shown to be removed).
     */
    record Shown(
            NodeCode site,
            ScenarioId scenario,
            List<CategorySupply> rows,
            List<String> categories,
            SiteOperations operations,
            boolean regionalDc) {}

    private final Workbench bench;
    private final Supplier<Node> selected;
    private final LatestWins<Shown> reads;
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();

    private final VBox root = new VBox(4);
    private final Label own = new Label();
    private final GridPane table = new GridPane();
    private final HBox form = new HBox(4);
    final ComboBox<String> category = new ComboBox<>();
    final TextField leadTime = new TextField();
    final TextField review = new TextField();
    final Button set = new Button("Set");
    final Label message = new Label();

    CategorySupplySection(Workbench bench, Supplier<Node> selected) {
        this.bench = bench;
        this.selected = selected;
        this.reads = new LatestWins<>(bench.work(), Work.Lane.IO, Duration.ZERO, failure -> {
            message.setText("Could not read the vendor supply of this site.");
            bench.showError("Could not read the vendor supply", failure);
        });
        Label title = new Label("Vendor supply by category");
        title.setStyle("-fx-font-weight: bold;");
        own.setWrapText(true);
        own.setId("category-supply-own");
        PropertyGrids.nameAndValueColumns(table);
        table.setHgap(8);
        table.setVgap(2);
        table.setId("category-supply-table");
        category.setId("category-supply-category");
        category.setPromptText(CategorySupplyForm.CATEGORY);
        leadTime.setId("category-supply-lead");
        leadTime.setPromptText("lead time, days");
        leadTime.setPrefColumnCount(5);
        review.setId("category-supply-review");
        review.setPromptText("every … days");
        review.setPrefColumnCount(5);
        set.setId("category-supply-set");
        set.setOnAction(e -> setFromForm());
        message.setId("category-supply-message");
        message.setWrapText(true);
        form.getChildren().addAll(category, leadTime, review, set);
        message.setStyle("-fx-text-fill: #b00020;");
        form.setId("category-supply-form");
        root.getChildren().addAll(title, own, table, form, message);
        root.setId("inspector-category-supply");
        shown.addListener(o -> render());
        bench.changes().subscribe(EnumSet.of(DataKind.NETWORK, DataKind.STOCK, DataKind.SUPPLY), change -> {
            if (change.scenario().equals(bench.scenario())) {
                refresh();
            }
        });
        bench.scenarioProperty().addListener(o -> refresh());
        render();
    }

    VBox node() {
        return root;
    }

    /** Reads the selected site's rows again (on a new selection, scenario or change of the network). */
    void refresh() {
        Node site = selected.get();
        Optional<Session> open = bench.session();
        if (site == null || open.isEmpty()) {
            reads.cancel();
            shown.set(null);
            return;
        }
        Session session = open.get();
        ScenarioId scenario = bench.scenario();
        NodeCode code = site.code();
        boolean regionalDc = site.type() == NodeType.REGIONAL_DC;
        reads.request(
                "Reading the vendor supply of " + code.value() + "…",
                ctx -> {
                    List<CategorySupply> rows =
                            session.get(CategorySupplyRepository.class).findAll(scenario, code);
                    if (!regionalDc && rows.isEmpty()) {
                        return null; // only a regional DC buys from vendors: nothing to show
                    }
                    TreeSet<String> categories = new TreeSet<>();
                    for (Sku sku : session.get(SkuRepository.class).findAll()) {
                        categories.add(sku.category());
                    }
                    SiteOperations ops = session.get(SiteOperationsRepository.class)
                            .findAll(scenario)
                            .getOrDefault(code, SiteOperations.unknown(code));
                    return new Shown(code, scenario, rows, List.copyOf(categories), ops, regionalDc);
                },
                shown::set);
    }

    private void render() {
        Shown s = shown.get();
        boolean visible = s != null;
        root.setVisible(visible);
        root.setManaged(visible);
        table.getChildren().clear();
        if (!visible) {
            return;
        }
        SupplyTerms dc = SupplyTerms.of(s.operations(), null);
        form.setVisible(s.regionalDc());
        form.setManaged(s.regionalDc());
        own.setText(
                s.regionalDc()
                        ? "Other categories: " + dc.describe() + "."
                        : "Kept from when this site was a regional DC: not used while it is another kind of"
                                + " site, used again if it becomes a regional DC. Remove them if they no longer apply.");
        if (s.rows().isEmpty()) {
            table.addRow(0, new Label("No category on terms of its own."));
        }
        int row = 0;
        for (CategorySupply c : s.rows()) {
            SupplyTerms terms = SupplyTerms.of(s.operations(), c);
            Label name = new Label(c.category());
            Label value = new Label(String.format(
                    Locale.ROOT, "%s days, every %d days", number(terms.leadTimeDays()), terms.reviewDays()));
            value.setId(idOf(c.category()));
            Button remove = new Button("Remove");
            remove.setId("category-supply-remove-" + idOf(c.category()).substring("category-supply-".length()));
            remove.setOnAction(e -> remove(c.category()));
            table.addRow(row++, name, value, remove);
        }
        String chosen = category.getValue();
        category.getItems().setAll(s.categories());
        if (chosen != null && s.categories().contains(chosen)) {
            category.setValue(chosen);
        }
    }

    private void setFromForm() {
        Shown s = shown.get();
        if (s == null) {
            return;
        }
        CategorySupplyForm.Parsed parsed =
                CategorySupplyForm.parse(s.site(), category.getValue(), leadTime.getText(), review.getText());
        if (parsed.problem() != null) {
            message.setText(parsed.problem());
            return;
        }
        message.setText("");
        CategorySupply row = parsed.row();
        perform(
                s,
                CategorySupplyForm.with(s.rows(), row),
                "set the vendor supply of " + row.category() + " at " + s.site().value());
    }

    private void remove(String removed) {
        Shown s = shown.get();
        if (s == null) {
            return;
        }
        perform(
                s,
                CategorySupplyForm.without(s.rows(), removed),
                "remove the vendor supply of " + removed + " at " + s.site().value());
    }

    private void perform(Shown s, List<CategorySupply> after, String description) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        CategorySupplyRepository store = open.get().get(CategorySupplyRepository.class);
        // touches the vendor supply only: the simulation and the differences read again, the forecast is kept
        ListEdit<CategorySupply> edit =
                new ListEdit<>(s.scenario(), description, Set.of(DataKind.SUPPLY), s.rows(), after, rows -> {
                    if (!store.replace(s.scenario(), s.site(), rows)) {
                        throw new IllegalStateException(
                                "the site " + s.site().value() + " is no longer in this scenario");
                    }
                });
        bench.history().perform(edit, () -> {
            bench.showStatus("Saved: " + description + ".");
            leadTime.clear();
            review.clear();
            refresh();
        });
    }

    /** The id of a category's value in the table: a CSS id, so its spaces and signs become dashes. */
    static String idOf(String category) {
        return "category-supply-" + category.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static String number(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : String.format(Locale.ROOT, "%.1f", days);
    }
}

package dev.microtower.zones.ui.demand;

import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.ZoneCode;
import dev.microtower.core.edit.ListEdit;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;

/**
 * Controller of the Demand changes panel and map layer for the scenario the window follows: reads
 * the scenario's demand changes and delivery zones on the IO lane, checks the form, and makes each
 * add, change or delete one undo step (a {@link ListEdit} of the scenario's list through the window's history),
 * which publishes the change of the demand changes so the plans cached for the scenario drop.
 */
public final class DemandChanges {
    private static final Set<DataKind> SHOWN =
            EnumSet.of(DataKind.DEMAND_MULTIPLIERS, DataKind.ZONES, DataKind.NETWORK);

    private final Workbench bench;
    private final DemandLayer layer;
    private final NetworkModel network;
    private final DemandChangesPanel panel = new DemandChangesPanel();
    private List<DemandMultiplier> current = List.of();
    private DemandMultiplier editing;
    private long readGeneration;
    private Runnable afterReload;

    DemandChanges(Workbench bench, DemandLayer layer, NetworkModel network) {
        this.bench = bench;
        this.layer = layer;
        this.network = network;
        panel.add.setOnAction(e -> startAdding());
        panel.edit.setOnAction(
                e -> Optional.ofNullable(panel.list.getSelectionModel().getSelectedItem())
                        .ifPresent(this::startEditing));
        panel.delete.setOnAction(
                e -> Optional.ofNullable(panel.list.getSelectionModel().getSelectedItem())
                        .ifPresent(this::delete));
        panel.save.setOnAction(e -> save());
        panel.cancel.setOnAction(e -> closeForm());
        panel.draw.setOnAction(e -> layer.startDrawing(this::drawn));
        // while an area is drawn, clicks go to this layer, not to the sites above it
        layer.drawingProperty().addListener((o, was, now) -> {
            bench.map().editingProperty().set(now);
            panel.corners.setText(
                    now ? "Click the corners on the map; double-click or Enter finishes, Escape cancels." : "");
            if (!now) {
                panel.setArea(panel.area());
            }
        });
        panel.list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.zone() == null && now.area() == null && now.node() != null) {
                network.site(now.node()).ifPresent(site -> bench.map()
                        .show(site.location(), Math.max(bench.map().viewport().zoom(), 11)));
            }
        });
        bench.changes().subscribe(SHOWN, this::dataChanged);
        bench.scenarioProperty().addListener((o, was, now) -> {
            closeForm();
            reload();
        });
        network.sites().addListener((ListChangeListener<Node>) c -> reload());
        network.skus().addListener((ListChangeListener<Sku>) c -> reload());
    }

    /** The panel, for the window's side panel. */
    public javafx.scene.Node view() {
        return panel;
    }

    /** The changes shown now, in the scenario's order. */
    public List<DemandMultiplier> shown() {
        return current;
    }

    /** The message of the form, naming the field that is wrong; empty when none. */
    public String formProblem() {
        return panel.formMessage.getText();
    }

    private void dataChanged(DataChange change) {
        if (change.scenario().equals(bench.scenario())) {
            reload();
        }
    }

    // ---- reading ----

    private record Read(List<DemandMultiplier> changes, List<DeliveryZone> zones) {}

    /** Reads the scenario's demand changes and zones again and shows them. */
    public void reload() {
        Optional<Session> open = bench.session();
        if (open.isEmpty() || bench.scenario() == null) {
            return;
        }
        ScenarioRepository scenarios = open.get().get(ScenarioRepository.class);
        ZoneRepository zones = open.get().get(ZoneRepository.class);
        ScenarioId scenario = bench.scenario();
        Session session = open.get();
        long generation = ++readGeneration;
        bench.work()
                .io(
                        "Reading demand changes…",
                        context -> new Read(scenarios.findMultipliers(scenario), zones.findAll(scenario)))
                .onSuccess(read -> {
                    if (generation != readGeneration || !bench.stillShows(session, scenario)) {
                        return; // a newer read is on its way
                    }
                    show(read);
                    if (afterReload != null) {
                        afterReload.run();
                        afterReload = null;
                    }
                })
                .onFailure(failure -> panel.showMessage("Cannot read the demand changes: " + Failures.explain(failure)))
                .start();
    }

    private void show(Read read) {
        DemandMultiplier selected = panel.list.getSelectionModel().getSelectedItem();
        current = List.copyOf(read.changes());
        panel.list.getItems().setAll(current);
        if (selected != null && current.contains(selected)) {
            panel.list.getSelectionModel().select(selected);
        }
        Map<ZoneCode, org.locationtech.jts.geom.Geometry> areas = new LinkedHashMap<>();
        read.zones().forEach(z -> areas.put(z.code(), z.area()));
        Map<NodeCode, GeoPoint> places = new LinkedHashMap<>();
        network.sites().forEach(n -> places.put(n.code(), n.location()));
        layer.show(current, areas, places);
        panel.setChoices(
                network.skus().stream()
                        .map(Sku::category)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                network.skus().stream().map(s -> s.code().value()).sorted().toList(),
                read.zones().stream().map(z -> z.code().value()).sorted().toList(),
                network.sites().stream()
                        .filter(Node::isStocked)
                        .map(n -> n.code().value())
                        .sorted()
                        .toList());
    }

    // ---- the form ----

    private void startAdding() {
        editing = null;
        panel.fill(null);
        panel.showMessage(null);
        panel.showForm(true);
    }

    private void startEditing(DemandMultiplier change) {
        editing = change;
        panel.fill(change);
        panel.showMessage(null);
        panel.showForm(true);
    }

    private void closeForm() {
        layer.cancelDrawing();
        editing = null;
        panel.showForm(false);
    }

    private void drawn(List<GeoPoint> corners) {
        if (corners.size() < 3) {
            panel.setArea(null);
            panel.showFormProblem(
                    "District: an area needs at least 3 corners; this one has " + corners.size() + ". Draw it again.");
            return;
        }
        panel.setArea(corners);
        panel.showFormProblem(null);
    }

    /** Checks the form and, when it is right, saves the change as one undo step; nothing is written otherwise. */
    void save() {
        DemandChangesPanel.Read read;
        try {
            read = panel.read();
        } catch (IllegalArgumentException refused) {
            read = new DemandChangesPanel.Read(null, "Cannot save: " + refused.getMessage() + ".");
        }
        if (read.problem() != null) {
            panel.showFormProblem(read.problem());
            return;
        }
        DemandMultiplier change = read.change();
        List<DemandMultiplier> after = new ArrayList<>(current);
        String description;
        if (editing != null && !after.contains(editing)) {
            panel.showFormProblem("This demand change was changed or deleted meanwhile (an import or an undo);"
                    + " Cancel and edit it again. Nothing was saved.");
            return;
        }
        if (editing != null) {
            after.set(after.indexOf(editing), change);
            description = "change demand " + DemandWords.describe(change);
        } else {
            after.add(change);
            description = "add demand change " + DemandWords.describe(change);
        }
        write(description, after, () -> {
            closeForm();
            panel.showMessage("Saved: " + DemandWords.describe(change) + ".");
        });
    }

    private void delete(DemandMultiplier change) {
        List<DemandMultiplier> after = new ArrayList<>(current);
        after.remove(change);
        write(
                "delete demand change " + DemandWords.describe(change),
                after,
                () -> panel.showMessage("Deleted: " + DemandWords.describe(change) + "."));
    }

    private void write(String description, List<DemandMultiplier> after, Runnable then) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        ScenarioId scenario = bench.scenario();
        ScenarioRepository scenarios = open.get().get(ScenarioRepository.class);
        // the history publishes DEMAND_MULTIPLIERS, so plans cached for the scenario are dropped
        ListEdit<DemandMultiplier> edit = new ListEdit<>(
                scenario,
                description,
                Set.of(DataKind.DEMAND_MULTIPLIERS),
                current,
                after,
                rows -> scenarios.replaceMultipliers(scenario, rows));
        bench.history().perform(edit, then);
    }
}

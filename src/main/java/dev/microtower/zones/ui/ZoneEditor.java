package dev.microtower.zones.ui;

import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.FileProblemsException;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.ZoneGenerator;
import dev.microtower.zones.engine.ZoneShapes;
import dev.microtower.zones.engine.ZoneTopology;
import dev.microtower.zones.store.CustomerLocations;
import dev.microtower.zones.store.ZoneFiles;
import dev.microtower.zones.store.ZoneRepository;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.stage.FileChooser;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Controller of the delivery zones of the scenario the window follows: reads them for the {@link
 * ZonesLayer}, checks and saves what the user draws or generates, and keeps the same-day coverage
 * up to date ({@link ZoneCoverage}). Every change is written in one transaction on the IO lane and
 * recorded in the window's history as a {@link ZoneEdit} of the zones before and after, which
 * publishes the change of the zones; undo and redo put back exactly the zones that were there.
 */
public final class ZoneEditor implements ZonesLayer.Listener {
    private static final Set<DataKind> SHOWN = EnumSet.of(DataKind.ZONES, DataKind.NETWORK, DataKind.ORDERS);

    private final Workbench bench;
    private final ZonesLayer layer;
    private final NetworkModel network;
    private final ZonesPanel panel = new ZonesPanel();
    private final ZoneCoverage coverage;
    private ZoneGenerator.Settings lastSettings = ZoneGenerator.Settings.defaults();
    private long readGeneration;
    private Runnable afterReload;

    public ZoneEditor(Workbench bench, ZonesLayer layer, NetworkModel network) {
        this.bench = bench;
        this.layer = layer;
        this.network = network;
        this.coverage = new ZoneCoverage(
                bench.work(), failure -> panel.coverage.setText("Coverage: " + Failures.explain(failure)));
        layer.setListener(this);

        panel.view.setOnAction(e -> layer.modeProperty().set(ZonesLayer.Mode.VIEW));
        panel.edit.setOnAction(e -> layer.modeProperty().set(ZonesLayer.Mode.EDIT));
        panel.draw.setOnAction(e -> layer.modeProperty().set(ZonesLayer.Mode.DRAW));
        layer.modeProperty().addListener((o, was, mode) -> {
            panel.showMode(mode);
            (mode == ZonesLayer.Mode.VIEW ? panel.view : mode == ZonesLayer.Mode.EDIT ? panel.edit : panel.draw)
                    .setSelected(true);
            if (mode != ZonesLayer.Mode.VIEW) {
                layer.shownProperty().set(true);
            }
            // while zones are edited or drawn, clicks go to the zones, not to the sites above them
            bench.map().editingProperty().set(mode != ZonesLayer.Mode.VIEW);
        });
        panel.showMode(layer.modeProperty().get());
        layer.selectedProperty().addListener((o, was, zone) -> panel.showSelected(zone));
        panel.showSelected(null);
        panel.delete.setOnAction(
                e -> Optional.ofNullable(layer.selectedProperty().get()).ifPresent(this::deleteRequested));
        panel.generate.setOnAction(e ->
                new GenerateDialog(bench.owner(), lastSettings).showAndWait().ifPresent(this::generate));
        panel.importFile.setOnAction(e -> chooseImport());
        panel.exportFile.setOnAction(e -> chooseExport());
        panel.hotSpots.getSelectionModel().selectedItemProperty().addListener((o, was, spot) -> {
            if (spot != null) {
                bench.map().show(spot.centre(), Math.max(bench.map().viewport().zoom(), 12));
            }
        });
        // a site picked on the map is the natural owner of the next zone drawn
        network.selectedProperty().addListener((o, was, node) -> {
            if (node != null && node.isStocked()) {
                panel.site.setValue(node);
                if (node.slaTier() != null) {
                    panel.tier.setValue(node.slaTier());
                }
            }
        });
        bench.changes().subscribe(SHOWN, this::dataChanged);
        bench.scenarioProperty().addListener((o, was, now) -> reload());
        bench.sessionProperty().addListener((o, was, now) -> coverage.forgetOrders());
        // a newly read network (a database opened, sites imported): zones and coverage follow it
        network.sites().addListener((ListChangeListener<Node>) c -> reload());
    }

    /** The panel with the zone tools, for the window's side panel. */
    public javafx.scene.Node view() {
        return panel;
    }

    public ZonesLayer layer() {
        return layer;
    }

    /** The coverage computed last, or {@code null} before the first. */
    public ReadOnlyObjectProperty<CoverageReport> coverageProperty() {
        return coverage.reportProperty();
    }

    /** The message shown last in the panel, e.g. why a polygon was refused; empty when none. */
    public String message() {
        return panel.message.getText();
    }

    /** Chooses the site and tier the next zone drawn belongs to, as the panel's two lists do. */
    public void newZoneFor(Node site, SlaTier tier) {
        panel.site.setValue(site);
        panel.tier.setValue(tier);
    }

    private void dataChanged(DataChange change) {
        if (!change.scenario().equals(bench.scenario())) {
            return;
        }
        if (change.touches(DataKind.ORDERS)) {
            coverage.forgetOrders();
        }
        reload();
    }

    // ---- reading ----

    /** Reads the zones again and shows them; coverage follows. */
    public void reload() {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        ZoneRepository zones = open.get().get(ZoneRepository.class);
        CustomerLocations orders = open.get().get(CustomerLocations.class);
        ScenarioId scenario = bench.scenario();
        long generation = ++readGeneration;
        background("Reading delivery zones…", () -> zones.findAll(scenario), read -> {
            if (generation != readGeneration) {
                return; // a newer read is on its way
            }
            layer.setZones(read);
            if (afterReload != null) {
                afterReload.run();
                afterReload = null;
            }
            panel.showSelected(layer.selectedProperty().get());
            List<Node> stocked = network.sites().stream()
                    .filter(Node::isStocked)
                    .sorted(Comparator.comparing(n -> n.code().value()))
                    .toList();
            Node chosen = panel.site.getValue();
            panel.site.getItems().setAll(stocked);
            if (chosen != null) {
                stocked.stream()
                        .filter(n -> n.code().equals(chosen.code()))
                        .findFirst()
                        .ifPresent(panel.site::setValue);
            }
            coverage.compute(layer.zones(), List.copyOf(network.sites()), orders, computed -> {
                layer.setCoverage(computed.report());
                panel.showCoverage(computed.report());
                panel.coverage.setText(panel.coverage.getText() + computed.timing());
            });
        });
    }

    // ---- changes from the map ----

    @Override
    public void reshaped(DeliveryZone zone, Geometry area, String what) {
        String problem = ZoneTopology.problemWith(area);
        if (problem != null) {
            refuse("Refused: the zone " + zone.code() + " " + problem + ". Nothing was saved.");
            return;
        }
        DeliveryZone changed = new DeliveryZone(zone.code(), zone.node(), zone.slaTier(), area);
        change(what + " of zone " + zone.code(), List.of(zone), List.of(changed), null);
    }

    @Override
    public void drawn(List<GeoPoint> corners) {
        Node site = panel.site.getValue();
        SlaTier tier = panel.tier.getValue();
        if (site == null || tier == null) {
            refuse("Refused: choose the site and tier of the new zone first. Nothing was saved.");
            return;
        }
        if (corners.size() < 3) {
            refuse("Refused: a zone needs at least three corners; this outline has " + corners.size()
                    + ". Nothing was saved.");
            return;
        }
        Geometry area = ZoneShapes.polygon(
                ZoneRepository.GEOMETRY,
                corners.stream().map(p -> new Coordinate(p.lon(), p.lat())).toList());
        String problem = ZoneTopology.problemWith(area);
        if (problem != null) {
            refuse("Refused: the new zone " + problem + ". Nothing was saved.");
            return;
        }
        DeliveryZone zone = new DeliveryZone(freeCode(site, tier), site.code(), tier, area);
        change("draw zone " + zone.code(), List.of(), List.of(zone), () -> {
            layer.modeProperty().set(ZonesLayer.Mode.EDIT);
            layer.zone(zone.code().value()).ifPresent(layer.selectedProperty()::set);
        });
    }

    @Override
    public void deleteRequested(DeliveryZone zone) {
        change("delete zone " + zone.code(), List.of(zone), List.of(), () -> layer.selectedProperty()
                .set(null));
    }

    @Override
    public void refused(String reason) {
        refuse(reason);
    }

    private void refuse(String reason) {
        layer.discardPending();
        panel.showMessage(reason);
    }

    private ZoneCode freeCode(Node site, SlaTier tier) {
        Set<String> taken = layer.zones().stream().map(z -> z.code().value()).collect(Collectors.toSet());
        String base = ZoneGenerator.codeFor(site.code(), tier).value();
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return ZoneCode.of(code);
    }

    // ---- generate, import, export ----

    /** Replaces the zones of the settings' tiers by generated ones, as one undoable edit. */
    public void generate(ZoneGenerator.Settings settings) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        lastSettings = settings;
        ZoneRepository zones = open.get().get(ZoneRepository.class);
        ScenarioId scenario = bench.scenario();
        List<Node> nodes = List.copyOf(network.sites());
        background(
                "Generating delivery zones…",
                () -> {
                    List<DeliveryZone> before = zones.findAll(scenario);
                    List<DeliveryZone> after = new ArrayList<>(before.stream()
                            .filter(z -> !settings.tiers().contains(z.slaTier()))
                            .toList());
                    after.addAll(ZoneGenerator.generate(nodes, settings));
                    ZoneEdit edit = new ZoneEdit(scenario, zones, "generate zones", before, after);
                    edit.apply();
                    return edit;
                },
                edit -> {
                    panel.method.setText("Generated: " + settings.describe() + ".");
                    recorded(edit, null);
                });
    }

    /** Imports a GeoJSON file of zones (added or replaced by code), as one undoable edit. */
    public void importGeoJson(Path file) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        ZoneRepository zones = open.get().get(ZoneRepository.class);
        ZoneFiles files = open.get().get(ZoneFiles.class);
        ScenarioId scenario = bench.scenario();
        bench.work()
                .io("Importing zones from " + file.getFileName() + "…", context -> {
                    List<DeliveryZone> before = zones.findAll(scenario);
                    files.importGeoJson(file, scenario);
                    return new ZoneEdit(
                            scenario, zones, "import " + file.getFileName(), before, zones.findAll(scenario));
                })
                .onSuccess(edit -> {
                    panel.method.setText("Imported from " + file.getFileName() + ".");
                    recorded(edit, null);
                })
                .onFailure(failure -> {
                    if (failure instanceof FileProblemsException problems) {
                        panel.showMessage("Import refused: nothing was written ("
                                + problems.problems().size() + " problems).");
                        Dialogs.problems(
                                bench.owner(),
                                "Import failed",
                                "No zone was imported from " + file.getFileName() + ". Fix these and try again:",
                                problems.problems());
                    } else {
                        failed("Cannot import zones", failure);
                    }
                })
                .start();
    }

    /** Writes the zones to a GeoJSON file with code, node and SLA tier in each feature's properties. */
    public void exportGeoJson(Path file) {
        ScenarioId scenario = bench.scenario();
        bench.session()
                .map(open -> open.get(ZoneFiles.class))
                .ifPresent(files -> background(
                        "Exporting zones to " + file.getFileName() + "…",
                        () -> {
                            files.exportGeoJson(file, scenario);
                            return file;
                        },
                        written ->
                                panel.showMessage("Exported " + layer.zones().size() + " zones to " + written + ".")));
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import delivery zones");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
        File file = chooser.showOpenDialog(bench.owner());
        if (file != null) {
            importGeoJson(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export delivery zones");
        chooser.setInitialFileName("delivery-zones.geojson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson"));
        File file = chooser.showSaveDialog(bench.owner());
        if (file != null) {
            exportGeoJson(file.toPath());
        }
    }

    // ---- writing and undo ----

    private void change(String description, List<DeliveryZone> before, List<DeliveryZone> after, Runnable then) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        ZoneEdit edit =
                new ZoneEdit(bench.scenario(), open.get().get(ZoneRepository.class), description, before, after);
        background(
                "Saving: " + description + "…",
                () -> {
                    edit.apply();
                    return edit;
                },
                done -> recorded(done, then));
    }

    /** Records the edit, which publishes the change of the zones: they are read again, then {@code then} runs. */
    private void recorded(ZoneEdit edit, Runnable then) {
        panel.showMessage(null);
        afterReload = then;
        bench.history().record(edit);
    }

    // ---- helpers ----

    private interface Job<T> {
        T run() throws Exception;
    }

    private <T> void background(String message, Job<T> job, Consumer<T> then) {
        bench.work()
                .io(message, context -> job.run())
                .onSuccess(then)
                .onFailure(failure -> {
                    layer.discardPending();
                    failed("Cannot finish: " + message.replace("…", ""), failure);
                })
                .start();
    }

    private void failed(String title, Throwable failure) {
        String text = Failures.explain(failure);
        panel.showMessage(title + ": " + text);
        Dialogs.error(bench.owner(), title, text);
    }
}

package dev.microtower.zones.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.ImportException;
import dev.microtower.importexport.Importer;
import dev.microtower.importexport.Problem;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.shell.InterimFeatures;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.UndoHistory;
import dev.microtower.ui.framework.Work;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.Coverage;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.ZoneGenerator;
import dev.microtower.zones.engine.ZoneShapes;
import dev.microtower.zones.engine.ZoneTopology;
import dev.microtower.zones.store.ZoneRepository;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Controller of the delivery zones: reads them for the {@link ZonesLayer}, checks and saves what
 * the user draws or generates, and keeps the same-day coverage up to date. Every change is written
 * in one transaction by a background task and recorded in the window's {@link UndoHistory} as the
 * zones before and after, so undo and redo put back exactly the zones that were there. Coverage is
 * computed off the FX thread, latest wins (a newer computation cancels the running one), from
 * customer points read once per database change that is not a zone edit.
 */
public final class ZoneEditor implements ZonesLayer.Listener {
    private static final ScenarioId SCENARIO = ScenarioId.BASELINE;
    private static final double HOT_SPOT_CELL_KM = 2;
    private static final int HOT_SPOTS = 10;

    private final InterimFeatures window;
    private final ZonesLayer layer;
    private final ZonesPanel panel = new ZonesPanel();
    private final ReadOnlyObjectWrapper<CoverageReport> coverage = new ReadOnlyObjectWrapper<>(this, "coverage");
    private ZoneGenerator.Settings lastSettings = ZoneGenerator.Settings.defaults();
    private Demand demand;
    private boolean zoneEditOnly;
    private Task<CoverageReport> coverageTask;
    private long readGeneration;
    private Runnable afterReload;

    /** Customer points of the whole order history, with the units of each order. */
    private record Demand(double[] lat, double[] lon, int[] units) {}

    public ZoneEditor(InterimFeatures window, ZonesLayer layer) {
        this.window = window;
        this.layer = layer;
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
        });
        panel.showMode(layer.modeProperty().get());
        layer.selectedProperty().addListener((o, was, zone) -> panel.showSelected(zone));
        panel.showSelected(null);
        panel.delete.setOnAction(
                e -> Optional.ofNullable(layer.selectedProperty().get()).ifPresent(this::deleteRequested));
        panel.generate.setOnAction(
                e -> new GenerateDialog(owner(), lastSettings).showAndWait().ifPresent(this::generate));
        panel.importFile.setOnAction(e -> chooseImport());
        panel.exportFile.setOnAction(e -> chooseExport());
        panel.hotSpots.getSelectionModel().selectedItemProperty().addListener((o, was, spot) -> {
            if (spot != null) {
                window.map()
                        .show(spot.centre(), Math.max(window.map().viewport().zoom(), 12));
            }
        });
        // a site picked on the map is the natural owner of the next zone drawn
        window.sites().selectedProperty().addListener((o, was, node) -> {
            if (node != null && node.isStocked()) {
                panel.site.setValue(node);
                if (node.slaTier() != null) {
                    panel.tier.setValue(node.slaTier());
                }
            }
        });
        window.dataVersionProperty().addListener(o -> {
            if (!zoneEditOnly) {
                demand = null; // orders may have changed: read them again
            }
            zoneEditOnly = false;
            reload();
        });
    }

    /** The panel with the zone tools, for the window's side bar. */
    public javafx.scene.Node view() {
        return panel;
    }

    public ZonesLayer layer() {
        return layer;
    }

    /** The coverage computed last, or {@code null} before the first. */
    public ReadOnlyObjectProperty<CoverageReport> coverageProperty() {
        return coverage.getReadOnlyProperty();
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

    // ---- reading ----

    /** Reads the zones again and shows them; coverage follows. */
    public void reload() {
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            return;
        }
        Database db = open.get();
        long generation = ++readGeneration;
        background("Reading delivery zones…", () -> new ZoneRepository(db).findAll(SCENARIO), zones -> {
            if (generation != readGeneration) {
                return; // a newer read is on its way
            }
            layer.setZones(zones);
            if (afterReload != null) {
                afterReload.run();
                afterReload = null;
            }
            panel.showSelected(layer.selectedProperty().get());
            List<Node> stocked = window.sites().sites().stream()
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
            // edits arrive one at a time (a drag is saved on release), so latest-wins is enough here
            computeCoverage();
        });
    }

    private void computeCoverage() {
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            return;
        }
        if (coverageTask != null) {
            coverageTask.cancel(false); // no interrupt: it may be reading the database
        }
        Database db = open.get();
        List<DeliveryZone> zones = layer.zones();
        List<Node> nodes = window.sites().sites();
        Demand known = demand;
        Task<CoverageReport> task = new Task<>() {
            private Demand read;
            private long nanos;

            @Override
            protected CoverageReport call() {
                long start = System.nanoTime();
                updateProgress(-1, 1);
                Demand points = known;
                if (points == null) {
                    updateMessage("Reading customer locations for zone coverage…");
                    points = readDemand(db);
                    read = points;
                }
                if (isCancelled()) {
                    return null;
                }
                updateMessage("Computing same-day coverage…");
                Coverage c = new Coverage(zones, nodes, HOT_SPOT_CELL_KM, HOT_SPOTS);
                for (int i = 0; i < points.lat().length; i++) {
                    c.add(new GeoPoint(points.lat()[i], points.lon()[i]), points.units()[i]);
                    if ((i & 0xFFFF) == 0 && isCancelled()) {
                        return null;
                    }
                }
                CoverageReport report = c.report();
                nanos = System.nanoTime() - start;
                return report;
            }

            @Override
            protected void succeeded() {
                if (read != null) {
                    demand = read;
                }
                coverage.set(getValue());
                layer.setCoverage(getValue());
                panel.showCoverage(getValue());
                panel.coverage.setText(panel.coverage.getText()
                        + String.format(
                                java.util.Locale.ROOT,
                                "%n(%s in %.1f s)",
                                read != null ? "orders read and counted" : "counted",
                                nanos / 1e9));
            }
        };
        task.setOnFailed(e -> panel.coverage.setText("Coverage: " + Failures.explain(task.getException())));
        coverageTask = window.work().submit(Work.Lane.COMPUTE, task);
    }

    private static Demand readDemand(Database db) {
        List<double[]> rows = new ArrayList<>();
        new OrderRepository(db).forEachCustomer((lat, lon, units) -> rows.add(new double[] {lat, lon, units}));
        double[] lat = new double[rows.size()], lon = new double[rows.size()];
        int[] units = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            lat[i] = rows.get(i)[0];
            lon[i] = rows.get(i)[1];
            units[i] = (int) rows.get(i)[2];
        }
        return new Demand(lat, lon, units);
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
        change(what + " of zone " + zone.code(), List.of(zone), List.of(changed));
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
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            return;
        }
        lastSettings = settings;
        Database db = open.get();
        List<Node> nodes = window.sites().sites();
        background(
                "Generating delivery zones…",
                () -> {
                    List<DeliveryZone> before = new ZoneRepository(db).findAll(SCENARIO);
                    List<DeliveryZone> after = new ArrayList<>(before.stream()
                            .filter(z -> !settings.tiers().contains(z.slaTier()))
                            .toList());
                    after.addAll(ZoneGenerator.generate(nodes, settings));
                    apply(db, before, after);
                    return new ZoneEdit(db, "generate zones", before, after);
                },
                edit -> {
                    panel.method.setText("Generated: " + settings.describe() + ".");
                    recorded(edit, null);
                });
    }

    /** Imports a GeoJSON file of zones (added or replaced by code), as one undoable edit. */
    public void importGeoJson(Path file) {
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            return;
        }
        Database db = open.get();
        Task<ZoneEdit> task = new Task<>() {
            @Override
            protected ZoneEdit call() {
                updateMessage("Importing zones from " + file.getFileName() + "…");
                updateProgress(-1, 1);
                ZoneRepository zones = new ZoneRepository(db);
                List<DeliveryZone> before = zones.findAll(SCENARIO);
                new Importer(db).importPath(file, SCENARIO);
                return new ZoneEdit(db, "import " + file.getFileName(), before, zones.findAll(SCENARIO));
            }
        };
        task.setOnSucceeded(e -> {
            panel.method.setText("Imported from " + file.getFileName() + ".");
            recorded(task.getValue(), null);
        });
        task.setOnFailed(e -> {
            if (task.getException() instanceof ImportException problems) {
                List<String> lines = new ArrayList<>(
                        problems.problems().stream().map(Problem::toString).toList());
                panel.showMessage("Import refused: nothing was written (" + lines.size() + " problems).");
                Dialogs.problems(
                        owner(),
                        "Import failed",
                        "No zone was imported from " + file.getFileName() + ". Fix these and try again:",
                        lines);
            } else {
                failed("Cannot import zones", task.getException());
            }
        });
        window.work().submit(Work.Lane.IO, task);
    }

    /** Writes the zones to a GeoJSON file with code, node and SLA tier in each feature's properties. */
    public void exportGeoJson(Path file) {
        window.database()
                .ifPresent(db -> background(
                        "Exporting zones to " + file.getFileName() + "…",
                        () -> {
                            new Exporter(db).exportZonesGeoJson(file, SCENARIO);
                            return file;
                        },
                        written ->
                                panel.showMessage("Exported " + layer.zones().size() + " zones to " + written + ".")));
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import delivery zones");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
        File file = chooser.showOpenDialog(owner());
        if (file != null) {
            importGeoJson(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export delivery zones");
        chooser.setInitialFileName("delivery-zones.geojson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson"));
        File file = chooser.showSaveDialog(owner());
        if (file != null) {
            exportGeoJson(file.toPath());
        }
    }

    // ---- writing and undo ----

    private void change(String description, List<DeliveryZone> before, List<DeliveryZone> after) {
        change(description, before, after, null);
    }

    private void change(String description, List<DeliveryZone> before, List<DeliveryZone> after, Runnable then) {
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            return;
        }
        Database db = open.get();
        background(
                "Saving: " + description + "…",
                () -> {
                    apply(db, before, after);
                    return new ZoneEdit(db, description, before, after);
                },
                edit -> recorded(edit, then));
    }

    /** Records the edit and reads the zones again; {@code then} runs once they are shown. */
    private void recorded(ZoneEdit edit, Runnable then) {
        window.history().record(edit);
        panel.showMessage(null);
        afterReload = then;
        changed();
    }

    /** Says the zones changed: the window's data version moves on, and this editor reads them again. */
    private void changed() {
        zoneEditOnly = true;
        window.dataChanged();
    }

    /** Makes the zones of {@code from} into those of {@code to} in one transaction. */
    private static void apply(Database db, List<DeliveryZone> from, List<DeliveryZone> to) {
        Set<ZoneCode> kept = new HashSet<>();
        to.forEach(z -> kept.add(z.code()));
        List<ZoneCode> remove = from.stream()
                .map(DeliveryZone::code)
                .filter(c -> !kept.contains(c))
                .toList();
        new ZoneRepository(db).change(SCENARIO, remove, to);
    }

    /** A zone change as the zones it touched before and after; a generate or import touches all. */
    private final class ZoneEdit implements UndoHistory.Edit {
        private final Database db;
        private final String description;
        private final List<DeliveryZone> before;
        private final List<DeliveryZone> after;

        ZoneEdit(Database db, String description, List<DeliveryZone> before, List<DeliveryZone> after) {
            this.db = db;
            this.description = description;
            this.before = List.copyOf(before);
            this.after = List.copyOf(after);
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void undo() {
            apply(db, after, before);
        }

        @Override
        public void redo() {
            apply(db, before, after);
        }

        @Override
        public void refresh() {
            panel.showMessage(null);
            changed();
        }
    }

    // ---- helpers ----

    private <T> void background(String message, Callable<T> work, Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> {
            layer.discardPending();
            failed("Cannot finish: " + message.replace("…", ""), task.getException());
        });
        window.work().submit(Work.Lane.IO, task);
    }

    private void failed(String title, Throwable failure) {
        String text = Failures.explain(failure);
        panel.showMessage(title + ": " + text);
        Dialogs.error(owner(), title, text);
    }

    private Window owner() {
        Scene scene = panel.getScene();
        return scene == null ? null : scene.getWindow();
    }
}

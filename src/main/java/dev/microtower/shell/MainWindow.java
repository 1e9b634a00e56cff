package dev.microtower.shell;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.SkuCode;
import dev.microtower.importexport.Exporter;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.network.ui.SitesLayer;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.DataChanges;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.UndoHistory;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import dev.microtower.ui.map.MapPane;
import dev.microtower.ui.map.basemap.BaseMapException;
import dev.microtower.ui.map.basemap.BaseMapSettings;
import dev.microtower.ui.map.basemap.BaseMapTiles;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The window users live in: the network on a map in the centre, layers on the left, the selected
 * site on the right, search on top and background work at the bottom. All reading and writing runs
 * as tasks on the injected runner; this class only wires views to results.
 */
public final class MainWindow implements Workbench {
    /** Where the window is in showing a network. */
    public enum State {
        EMPTY,
        LOADING,
        READY,
        FAILED
    }

    private final Work work;
    private final FirstStart firstStart;
    private final FileImporter importer = new FileImporter();
    private final BorderPane root = new BorderPane();
    private final MapPane map = new MapPane();
    private final SitesLayer sites = new SitesLayer();
    private final Inspector inspector = new Inspector();
    private final LayersPanel layersPanel;
    private final StatusBar status;
    private final TextField search = TextFields.createClearableTextField();
    private final UndoHistory history;
    private final List<FeatureModule> modules;
    private final DataChanges changes = new DataChanges();
    private final NetworkModel network = new NetworkModel();
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ScenarioId> scenario =
            new ReadOnlyObjectWrapper<>(this, "scenario", ScenarioId.BASELINE);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final Map<MenuPlace, Menu> menus = new EnumMap<>(MenuPlace.class);
    private final SplitPane centre = new SplitPane();
    private javafx.scene.Node drawer;
    private ToolBar toolBar;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final javafx.scene.control.TabPane sidePanel;
    private String lastFailure = "";
    private NetworkSource source;
    private Map<SkuCode, Sku> catalogue = Map.of();
    private SearchIndex index = new SearchIndex(List.of(), List.of());
    private Task<List<StockLevel>> stockTask;

    /** A window with the features of {@code modules}, installed in that order. */
    public MainWindow(Work work, FirstStart firstStart, List<FeatureModule> modules) {
        this.work = work;
        this.modules = List.copyOf(modules);
        this.firstStart = Objects.requireNonNull(firstStart);
        ready.bind(state.isEqualTo(State.READY));
        history = new UndoHistory(work, changes);
        history.follow(scenario.getReadOnlyProperty());
        history.setReporter((title, message) -> Dialogs.error(window(), title, message));
        provide(NetworkModel.class, network);
        sites.selectedProperty().bindBidirectional(network.selectedProperty());
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().add(map);
        centre.getStyleClass().add("map-split");
        // the shared forecast follows every change of the data it was made from
        changes.subscribe(change -> session().ifPresent(open -> open.changed(change)));
        map.addOverlay(MapDepth.SITES, sites);
        // while a feature edits on the map (zones drawn), clicks go to it, not to the sites above
        sites.mouseTransparentProperty().bind(map.editingProperty());
        layersPanel = new LayersPanel(map.overlays());
        status = new StatusBar(work, map);

        // the left side: the layers with their legends and settings, and the zone tools
        javafx.scene.control.Tab layersTab = new javafx.scene.control.Tab("Layers", sideScroll(layersPanel));
        sidePanel = new javafx.scene.control.TabPane(layersTab);
        sidePanel.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        sidePanel.setPrefWidth(270);
        sidePanel.getStyleClass().add("side-tabs");
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setFitToHeight(true);
        inspectorScroll.setPrefWidth(470);
        inspectorScroll.getStyleClass().add("side-panel");

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setLeft(sidePanel);
        root.setCenter(centre);
        root.setRight(inspectorScroll);
        root.setBottom(status);
        root.getStyleClass().add("main-window");
        root.getStylesheets()
                .add(Objects.requireNonNull(MainWindow.class.getResource("microtower.css"))
                        .toExternalForm());

        sites.selectedProperty().addListener((o, was, node) -> showSite(node));
        // an accepted transfer changes stock: the inspector reads the selected site again
        changes.versionProperty()
                .addListener((o, was, now) -> showSite(sites.selectedProperty().get()));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        for (FeatureModule module : this.modules) {
            module.install(this);
        }
    }

    /** The installed module of type {@code type}, e.g. for a test to reach its controller. */
    public <M extends FeatureModule> M module(Class<M> type) {
        return modules.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + type.getSimpleName()));
    }

    public Parent root() {
        return root;
    }

    public MapPane map() {
        return map;
    }

    public SitesLayer sites() {
        return sites;
    }

    private static ScrollPane sideScroll(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-panel");
        return scroll;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Work work() {
        return work;
    }

    /** The edits of every editor in this window, for Edit → Undo and Redo. */
    public UndoHistory history() {
        return history;
    }

    /**
     * Goes up by one each time the data of the open database changed (an import, an accepted
     * transfer, applied rules, an edited zone): overlays that show stock or targets listen to it and
     * read again.
     */
    public ReadOnlyLongProperty dataVersionProperty() {
        return changes.versionProperty();
    }

    /** Says that the open database changed; call on the FX thread after the write succeeded. */
    public void dataChanged() {
        changes.publish(scenario.get(), DataChange.everything());
    }

    /** Undoes the current scenario's newest edit in the background; does nothing when there is none. */
    public void undo() {
        history.undo();
    }

    /** Makes the current scenario's newest undone edit again in the background. */
    public void redo() {
        history.redo();
    }

    /** The open database, if one is open; use it only from background tasks. */
    public Optional<Database> database() {
        return session().map(open -> ((OpenSession) open).database());
    }

    /** Why the last attempt to open a database failed, in words. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Whether the network and every base-map tile in view are on screen. */
    public boolean mapComplete() {
        return state.get() == State.READY
                && map.tilesLoaded()
                && sites.settled()
                && !map.viewport().isEmpty();
    }

    // ---- the workbench ----

    @Override
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<ScenarioId> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    @Override
    public DataChanges changes() {
        return changes;
    }

    /** The network model this window fills (until the network module takes over reading it). */
    public NetworkModel network() {
        return network;
    }

    @Override
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("no module provides " + type.getSimpleName());
        }
        return type.cast(service);
    }

    @Override
    public <T> void provide(Class<T> type, T service) {
        services.put(type, service);
    }

    @Override
    public Window owner() {
        return window();
    }

    @Override
    public List<String> stylesheets() {
        return root.getStylesheets();
    }

    @Override
    public void showStatus(String message) {
        status.setIdleMessage(message);
    }

    @Override
    public void showError(String title, Throwable failure) {
        Dialogs.error(window(), title, Failures.explain(failure));
    }

    @Override
    public void addMenuItems(MenuPlace place, MenuItem... items) {
        Menu menu = menus.get(place);
        menu.getItems().addAll(items);
        menu.setVisible(!menu.getItems().isEmpty());
    }

    @Override
    public void addToolbarItems(javafx.scene.Node... items) {
        // after the search field, before the spacer that pushes the hint to the right
        toolBar.getItems().addAll(2, List.of(items));
    }

    @Override
    public void addSidePanel(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, sideScroll(content));
        tab.setId(id);
        sidePanel.getTabs().add(tab);
    }

    @Override
    public void showSidePanel(String id) {
        sidePanel.getTabs().stream()
                .filter(tab -> id.equals(tab.getId()))
                .findFirst()
                .ifPresent(tab -> sidePanel.getSelectionModel().select(tab));
    }

    @Override
    public void addInspectorSection(javafx.scene.Node section) {
        inspector.getChildren().add(section);
    }

    /** Shows {@code content} under the map; {@code null} closes the drawer. */
    @Override
    public void setDrawer(javafx.scene.Node content) {
        if (content == drawer) {
            return;
        }
        if (drawer != null) {
            centre.getItems().remove(drawer);
        }
        drawer = content;
        if (content != null) {
            SplitPane.setResizableWithParent(content, false);
            centre.getItems().add(content);
            centre.setDividerPositions(0.64);
        }
    }

    // ---- loading ----

    /** Opens (creating if needed) the database at {@code path} in the background and shows its network. */
    public void open(Path path) {
        state.set(State.LOADING);
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                updateMessage("Opening " + path + "…");
                updateProgress(-1, 1);
                Database opened = Database.open(path);
                try {
                    NetworkSource read = new DatabaseNetworkSource(opened, ScenarioId.BASELINE);
                    if (read instanceof DatabaseNetworkSource db && db.isEmpty()) {
                        updateMessage("First start: loading the demo network…");
                        firstStart.populate(opened, (message, done, total) -> {
                            updateMessage(message);
                            updateProgress(done, total);
                        });
                    }
                    updateMessage("Reading the network…");
                    return new Loaded(opened, read, read.nodes(), read.skus());
                } catch (RuntimeException | Error e) {
                    opened.close();
                    throw e;
                }
            }
        };
        task.setOnSucceeded(e -> {
            Loaded loaded = task.getValue();
            closeDatabase();
            history.clear(); // edits of another database cannot be undone here
            session.set(OpenSession.on(loaded.database()));
            showNetwork(loaded.source(), loaded.nodes(), loaded.skus());
            status.setIdleMessage(String.format(
                    "%,d sites · %,d SKUs · %s",
                    loaded.nodes().size(), loaded.skus().size(), session.get().file()));
        });
        task.setOnFailed(e -> {
            state.set(session.get() == null ? State.FAILED : State.READY);
            Throwable failure = task.getException();
            lastFailure = Failures.explain(failure);
            status.setIdleMessage("No database open");
            Dialogs.error(window(), "Cannot open the database", Failures.explain(failure));
        });
        work.submit(Work.Lane.IO, task);
    }

    private record Loaded(Database database, NetworkSource source, List<Node> nodes, List<Sku> skus) {}

    /** Shows a network that is already read; the source answers the inspector's questions later. */
    public void showNetwork(NetworkSource networkSource, List<Node> nodes, List<Sku> skus) {
        source = networkSource;
        catalogue = skus.stream().collect(Collectors.toUnmodifiableMap(Sku::code, Function.identity(), (a, b) -> a));
        index = new SearchIndex(nodes, skus);
        network.set(nodes, skus);
        sites.highlighted().clear();
        sites.setSites(nodes);
        inspector.setNetwork(nodes);
        zoomToNetwork();
        state.set(State.READY);
        dataChanged();
    }

    /** Releases the database; call when the window closes. */
    public void closeDatabase() {
        if (session.get() != null) {
            session.get().close();
            session.set(null);
        }
    }

    // ---- map and selection ----

    public void zoomToNetwork() {
        List<GeoPoint> positions = sites.positions();
        if (positions.isEmpty()) {
            map.show(new GeoPoint(37.6, -122.2), 9);
        } else {
            map.fit(positions);
        }
    }

    private void showSite(Node node) {
        inspector.show(node);
        if (stockTask != null) {
            stockTask.cancel();
        }
        if (node == null || source == null) {
            return;
        }
        NetworkSource from = source;
        stockTask = background("Reading stock of " + node.code() + "…", () -> from.stockAt(node.code()), stock -> {
            inspector.showStock(node, stock, catalogue);
        });
    }

    /** Selects a site and centres the map on it. */
    public void select(NodeCode code) {
        sites.site(code).ifPresent(node -> {
            sites.selectedProperty().set(node);
            map.show(node.location(), Math.max(map.viewport().zoom(), 14));
        });
    }

    /** Acts on what the search box holds: the best match is selected and shown. */
    public void search(String text) {
        List<SearchIndex.Hit> hits = index.find(text, 1);
        if (hits.isEmpty()) {
            status.setIdleMessage("Nothing found for \"" + text.strip() + "\"");
            return;
        }
        choose(hits.get(0));
    }

    private void choose(SearchIndex.Hit hit) {
        if (hit.kind() == SearchIndex.Kind.SITE) {
            sites.highlighted().clear();
            select(NodeCode.of(hit.code()));
            return;
        }
        if (source == null) {
            return;
        }
        NetworkSource from = source;
        SkuCode sku = SkuCode.of(hit.code());
        background("Finding sites that stock " + sku + "…", () -> from.stockOf(sku), stock -> {
            List<NodeCode> holders = stock.stream()
                    .filter(level -> level.onHand() + level.inTransit() > 0)
                    .map(StockLevel::node)
                    .toList();
            sites.highlighted().clear();
            sites.highlighted().addAll(holders);
            List<GeoPoint> where = holders.stream()
                    .map(sites::site)
                    .flatMap(java.util.Optional::stream)
                    .map(Node::location)
                    .toList();
            map.fit(where);
            status.setIdleMessage(sku + " " + hit.name() + " is stocked at " + holders.size() + " sites");
        });
    }

    private <T> Task<T> background(String message, Callable<T> job, Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                return job.call();
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> Dialogs.error(window(), "Something went wrong", Failures.explain(task.getException())));
        return work.submit(Work.Lane.IO, task);
    }

    // ---- import, export ----

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()
                && e.getDragboard().getFiles().stream().map(File::toPath).anyMatch(FileImporter::accepts)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<Path> files = e.getDragboard().hasFiles()
                ? e.getDragboard().getFiles().stream()
                        .map(File::toPath)
                        .filter(FileImporter::accepts)
                        .toList()
                : List.of();
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Imports {@code files} in the background, then shows the network again or lists every problem. */
    public void importFiles(List<Path> files) {
        if (session.get() == null) {
            Dialogs.error(window(), "Cannot import", "Open a database first.");
            return;
        }
        Database into = ((OpenSession) session.get()).database();
        Cancellation cancellation = Cancellation.none();
        Task<FileImporter.Outcome> task = new Task<>() {
            @Override
            protected FileImporter.Outcome call() {
                updateMessage("Importing " + describe(files) + "…");
                return importer.importFiles(
                        into,
                        files,
                        (done, total, message) -> {
                            updateProgress(done, total);
                            updateMessage("Importing: " + message);
                        },
                        cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            FileImporter.Outcome outcome = task.getValue();
            if (!outcome.succeeded()) {
                Dialogs.problems(
                        window(),
                        "Import failed",
                        "Nothing was imported from " + describe(files) + ". Fix these and try again:",
                        outcome.problems());
                status.setIdleMessage("Import failed: nothing was written");
                return;
            }
            status.setIdleMessage(outcome.summary());
            reload();
        });
        task.setOnFailed(e -> Dialogs.error(window(), "Import failed", Failures.explain(task.getException())));
        work.submit(Work.Lane.IO, task);
    }

    private static String describe(List<Path> files) {
        return files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
    }

    /** Exports the baseline to a workbook ({@code .xlsx}) or, for any other name, a folder of CSV files. */
    public void export(Path target) {
        if (session.get() == null) {
            Dialogs.error(window(), "Cannot export", "Open a database first.");
            return;
        }
        Database from = ((OpenSession) session.get()).database();
        boolean workbook = target.getFileName()
                .toString()
                .toLowerCase(java.util.Locale.ROOT)
                .endsWith(".xlsx");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                updateMessage("Exporting to " + target.getFileName() + "…");
                Progress progress = (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage("Exporting: " + message);
                };
                Exporter exporter = new Exporter(from);
                if (workbook) {
                    exporter.exportXlsx(target, ScenarioId.BASELINE, progress);
                } else {
                    exporter.exportCsv(target, ScenarioId.BASELINE, progress);
                }
                return target;
            }
        };
        task.setOnSucceeded(e -> status.setIdleMessage("Exported to " + task.getValue()));
        task.setOnFailed(e -> Dialogs.error(window(), "Export failed", Failures.explain(task.getException())));
        work.submit(Work.Lane.IO, task);
    }

    private void reload() {
        if (source == null) {
            return;
        }
        NetworkSource from = source;
        background("Reading the network…", () -> new Loaded(null, from, from.nodes(), from.skus()), loaded -> {
            NodeCode selected = sites.selectedProperty().get() == null
                    ? null
                    : sites.selectedProperty().get().code();
            showNetwork(from, loaded.nodes(), loaded.skus());
            if (selected != null) {
                sites.site(selected).ifPresent(sites.selectedProperty()::set);
            }
        });
    }

    /** Writes a picture of the map as shown, with its attribution, to {@code file} in the background. */
    public void exportView(Path file) {
        var image = Snapshots.capture(map);
        background(
                "Writing " + file.getFileName() + "…",
                () -> {
                    Snapshots.writePng(image, file);
                    return file;
                },
                written -> status.setIdleMessage("Saved " + written));
    }

    /** Switches to the base map chosen in an earlier session, if it is not the built-in one. */
    public void applySavedBaseMap() {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws BaseMapException {
                BaseMapSettings saved = BaseMapSettings.load(BaseMapSettings.defaultFile());
                if (saved.kind() == BaseMapSettings.Kind.BUILT_IN) {
                    return null;
                }
                updateMessage("Opening the base map…");
                return BaseMapTiles.shared().apply(saved).describe();
            }
        };
        // a saved source that no longer works leaves the built-in map, said in the status bar only
        task.setOnFailed(
                e -> status.setIdleMessage("Base map: built-in (" + Failures.explain(task.getException()) + ")"));
        work.submit(Work.Lane.IO, task);
    }

    /** Preferences → Base map; a source that cannot be used is explained and the current map stays. */
    void chooseBaseMap() {
        Path settingsFile = BaseMapSettings.defaultFile();
        BaseMapPreferences.ask(window(), BaseMapSettings.load(settingsFile), settings -> {
            Task<String> task = new Task<>() {
                @Override
                protected String call() throws BaseMapException {
                    updateMessage("Switching the base map…");
                    // opening an MBTiles file reads it: not on the FX thread
                    String described = BaseMapTiles.shared().apply(settings).describe();
                    settings.save(settingsFile);
                    return described;
                }
            };
            task.setOnSucceeded(e -> status.setIdleMessage("Base map: " + task.getValue()));
            task.setOnFailed(
                    e -> Dialogs.error(window(), "Cannot use this base map", Failures.explain(task.getException())));
            work.submit(Work.Lane.IO, task);
        });
    }

    // ---- menus ----

    private Window window() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open database…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a Microtower database");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Microtower database", "*.mv.db"));
            File file = chooser.showOpenDialog(window());
            if (file != null) {
                open(file.toPath());
            }
        });
        MenuItem importItem = item("Import…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import network files");
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            "CSV, Excel, GeoJSON", "*.csv", "*.csv.gz", "*.xlsx", "*.geojson", "*.json"));
            List<File> files = chooser.showOpenMultipleDialog(window());
            if (files != null && !files.isEmpty()) {
                importFiles(files.stream().map(File::toPath).toList());
            }
        });
        MenuItem export = item("Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the network (a .xlsx workbook, or any other name for a folder of CSV files)");
            chooser.setInitialFileName("microtower.xlsx");
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"),
                            new FileChooser.ExtensionFilter("Folder of CSV files", "*"));
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                export(file.toPath());
            }
        });
        MenuItem png = item(
                "Export view as PNG…",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Export the map as PNG");
                    chooser.setInitialFileName("microtower-view.png");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
                    File file = chooser.showSaveDialog(window());
                    if (file != null) {
                        exportView(file.toPath());
                    }
                });
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (window() instanceof Stage stage) {
                stage.close();
            }
            Platform.exit();
        });
        MenuItem baseMap = item(
                "Preferences: Base map…",
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                this::chooseBaseMap);
        Menu file = new Menu(
                "_File",
                null,
                open,
                importItem,
                export,
                png,
                new SeparatorMenuItem(),
                baseMap,
                new SeparatorMenuItem(),
                quit);

        MenuItem undo = item("Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo);
        Menu rulesMenu = new Menu("_Rules");
        rulesMenu.setVisible(false);

        CheckMenuItem layers = new CheckMenuItem("Layers panel");
        layers.setSelected(true);
        layers.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        layers.selectedProperty().addListener((o, was, shown) -> root.setLeft(shown ? sidePanel : null));
        MenuItem network = item(
                "Zoom to network",
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                this::zoomToNetwork);
        MenuItem zoomIn = item(
                "Zoom in",
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> map.zoomAt(1, map.getWidth() / 2, map.getHeight() / 2));
        MenuItem zoomOut = item(
                "Zoom out",
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> map.zoomAt(-1, map.getWidth() / 2, map.getHeight() / 2));
        MenuItem fullScreen = item("Full screen", new KeyCodeCombination(KeyCode.F11), () -> {
            if (window() instanceof Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        Menu view = new Menu(
                "_View",
                null,
                layers,
                new SeparatorMenuItem(),
                network,
                zoomIn,
                zoomOut,
                new SeparatorMenuItem(),
                fullScreen);

        MenuItem about = item(
                "About Microtower",
                new KeyCodeCombination(KeyCode.F1),
                () -> Dialogs.about(window(), map.attributionProperty().get()));
        Menu help = new Menu("_Help", null, about);
        // the plan module fills it
        Menu planMenu = new Menu("_Plan");
        planMenu.setVisible(false);
        menus.put(MenuPlace.FILE, file);
        menus.put(MenuPlace.EDIT, edit);
        menus.put(MenuPlace.VIEW, view);
        menus.put(MenuPlace.PLAN, planMenu);
        menus.put(MenuPlace.RULES, rulesMenu);
        menus.put(MenuPlace.HELP, help);
        MenuBar bar = new MenuBar(file, edit, view, planMenu, rulesMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        Label brand = new Label("Microtower");
        brand.getStyleClass().add("brand");
        search.setId("search");
        search.setPromptText("Find a site or SKU by code or name");
        search.setPrefColumnCount(34);
        AutoCompletionBinding<SearchIndex.Hit> completion =
                TextFields.bindAutoCompletion(search, request -> index.find(request.getUserText(), 12));
        completion.setVisibleRowCount(12);
        completion.setOnAutoCompleted(e -> choose(e.getCompletion()));
        search.setOnAction(e -> search(search.getText()));
        search.textProperty().addListener((o, was, text) -> {
            if (text.isBlank()) {
                sites.highlighted().clear();
            }
        });
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Drop CSV, XLSX or GeoJSON files here to import");
        hint.getStyleClass().add("hint");
        ToolBar bar = new ToolBar(brand, search, spacer, hint);
        toolBar = bar;
        bar.getStyleClass().add("main-toolbar");
        bar.setStyle("-fx-alignment: center-left;");
        javafx.scene.layout.HBox.setHgrow(search, Priority.NEVER);
        return bar;
    }
}

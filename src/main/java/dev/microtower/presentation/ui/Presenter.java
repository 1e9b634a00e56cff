package dev.microtower.presentation.ui;

import dev.microtower.compare.engine.KpiFormat;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.WebMercator;
import dev.microtower.core.kpi.KpiCatalogue;
import dev.microtower.core.kpi.KpiSource;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.presentation.domain.LayerState;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.export.Shot;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.ScaleBar;
import dev.microtower.ui.map.Snapshots;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Presentation mode: the window shows only the map with the {@link PresentationView} over it; the
 * keys a presentation clicker sends step through a storyboard's views; Esc leaves and puts the
 * window back as it was (panels, drawer, scenario, map, layers, selection). The KPI tiles come
 * from the session's KPI catalogue on a work lane, from the sources' kept values where they have
 * them (the network figures and a replay the window already ran are not computed again).
 */
final class Presenter {
    /** The tiles of a view saved without a choice, or of the window's own view: network figures, read in a second. */
    static final List<String> DEFAULT_KPIS =
            List.of("same-day-coverage-orders", "open-storage-capacity", "stock-units", "stock-value");

    /** How long the mouse must rest before its pointer hides. */
    static final Duration CURSOR_HIDES_AFTER = Duration.seconds(3);

    private final Workbench bench;
    private final NetworkModel network;
    private final PresentationView view;
    private final LatestWins<Tiles> tiles;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final PauseTransition cursorRest = new PauseTransition(CURSOR_HIDES_AFTER);
    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<MouseEvent> moves = e -> mouseMoved();
    private final InvalidationListener layersChanged = o -> showLegend();
    private final List<javafx.beans.Observable> watched = new ArrayList<>();

    private Storyboard board;
    private StoryView before;
    private StoryView pending;
    private boolean tilesShown;
    private Scene scene;
    private Cursor cursorBefore;
    private Stage fullScreened;
    private boolean wasFullScreen;
    private KeyCombination exitKeyBefore;
    private String exitHintBefore;

    /** What the tiles of one view show, read together off the FX thread. */
    record Tiles(String scenario, List<Shot.Tile> tiles) {}

    Presenter(Workbench bench, NetworkModel network) {
        this.bench = bench;
        this.network = network;
        this.view = new PresentationView(bench.map().viewportProperty());
        this.tiles = new LatestWins<>(
                bench.work(),
                Work.Lane.COMPUTE,
                Duration.millis(50),
                failure -> view.showTilesMessage(
                        "KPIs could not be computed: " + dev.microtower.ui.framework.Failures.explain(failure)));
        cursorRest.setOnFinished(e -> {
            if (scene != null) {
                scene.setCursor(Cursor.NONE);
            }
        });
        // a scenario's sites arrive after the switch and fit the map to them: the saved view is put back after
        network.sites().addListener((ListChangeListener<Node>) c -> {
            StoryView waiting = pending;
            if (waiting != null) {
                pending = null;
                Platform.runLater(() -> extentAndSelection(waiting));
            }
        });
    }

    ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The view of the storyboard shown, −1 while the window's own view is. */
    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    PresentationView view() {
        return view;
    }

    /**
     * Enters presentation mode; with a storyboard of views, shows its view {@code start} (else the
     * window's own view with the default tiles). {@code fullScreen} also makes the stage full screen.
     */
    void enter(Storyboard storyboard, int start, boolean fullScreen) {
        if (!presenting.get()) {
            before = capture("", "", DEFAULT_KPIS);
            bench.present(view);
            presenting.set(true);
            scene = bench.map().getScene();
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                scene.addEventFilter(MouseEvent.MOUSE_MOVED, moves);
                scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, moves);
                cursorBefore = scene.getCursor();
                cursorRest.playFromStart();
            }
            if (fullScreen && bench.owner() instanceof Stage stage) {
                fullScreened = stage;
                wasFullScreen = stage.isFullScreen();
                exitKeyBefore = stage.getFullScreenExitKeyCombination();
                exitHintBefore = stage.getFullScreenExitHint();
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it leaves the mode
                stage.setFullScreenExitHint("");
                stage.setFullScreen(true);
            }
            for (MapOverlay overlay : bench.map().overlays()) {
                watch(overlay.shownProperty());
                for (LegendEntry entry : overlay.legend()) {
                    if (entry.shown() != null) {
                        watch(entry.shown());
                    }
                }
            }
        }
        board = storyboard == null || storyboard.views().isEmpty() ? null : storyboard;
        if (board == null) {
            index.set(-1);
            showOwnView();
        } else {
            show(Math.max(0, Math.min(start, board.views().size() - 1)));
        }
    }

    private void watch(javafx.beans.Observable property) {
        property.addListener(layersChanged);
        watched.add(property);
    }

    /** Leaves presentation mode and puts the window back as it was before it was entered. */
    void leave() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        tiles.cancel();
        watched.forEach(p -> p.removeListener(layersChanged));
        watched.clear();
        cursorRest.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            scene.removeEventFilter(MouseEvent.MOUSE_MOVED, moves);
            scene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, moves);
            scene.setCursor(cursorBefore);
            scene = null;
        }
        if (fullScreened != null) {
            fullScreened.setFullScreen(wasFullScreen);
            fullScreened.setFullScreenExitKeyCombination(exitKeyBefore);
            fullScreened.setFullScreenExitHint(exitHintBefore);
            fullScreened = null;
        }
        bench.endPresentation();
        if (index.get() >= 0) {
            apply(before); // a view of the storyboard moved the map, the layers or the scenario
        }
        index.set(-1);
        board = null;
        pending = null;
    }

    void next() {
        if (board != null && index.get() < board.views().size() - 1) {
            show(index.get() + 1);
        }
    }

    void previous() {
        if (board != null && index.get() > 0) {
            show(index.get() - 1);
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE, F5 -> leave();
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> previous();
            case HOME -> {
                if (board != null) {
                    show(0);
                }
            }
            case END -> {
                if (board != null) {
                    show(board.views().size() - 1);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void mouseMoved() {
        if (scene != null && scene.getCursor() == Cursor.NONE) {
            scene.setCursor(cursorBefore);
        }
        cursorRest.playFromStart();
    }

    /** Whether the pointer is hidden after the mouse rested. */
    boolean cursorHidden() {
        return scene != null && scene.getCursor() == Cursor.NONE;
    }

    private void show(int i) {
        index.set(i);
        StoryView shown = board.views().get(i);
        apply(shown);
        view.show(
                "",
                shown.title(),
                shown.caption(),
                (i + 1) + " / " + board.views().size());
        requestTiles(shown.scenario(), shown.kpis().isEmpty() ? DEFAULT_KPIS : shown.kpis(), shown.title());
        showLegend();
    }

    private void showOwnView() {
        view.show("", "", "", "");
        requestTiles(bench.scenario(), DEFAULT_KPIS, null);
        showLegend();
    }

    private void showLegend() {
        if (presenting.get()) {
            view.showLegend(bench.map().overlays());
        }
    }

    private void requestTiles(ScenarioId scenario, List<String> ids, String title) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        tilesShown = false;
        view.showTilesMessage("Computing the KPIs…");
        Session session = open.get();
        tiles.request("Presentation: KPI tiles…", ctx -> tilesOf(session, scenario, ids, ctx), result -> {
            if (title == null) {
                view.show(result.scenario(), "", "", "");
            } else {
                StoryView shown = board == null ? null : board.views().get(index.get());
                view.show(
                        result.scenario(),
                        title,
                        shown == null ? "" : shown.caption(),
                        board == null
                                ? ""
                                : (index.get() + 1) + " / " + board.views().size());
            }
            view.showTiles(result.tiles());
            showLegend(); // a heatmap's legend gives its range once computed
            tilesShown = true;
        });
    }

    /** Blocking: the scenario's name and the tiles of {@code ids}, with their change against the baseline. */
    static Tiles tilesOf(Session session, ScenarioId scenario, List<String> ids, Work.Context ctx) {
        String name = session.get(ScenarioRepository.class)
                .find(scenario)
                .map(Scenario::name)
                .orElse("Baseline");
        KpiCatalogue catalogue = session.get(KpiCatalogue.class);
        Map<String, KpiValue> values = values(catalogue, scenario, ids, ctx);
        Map<String, KpiValue> baseline =
                scenario.isBaseline() ? Map.of() : values(catalogue, ScenarioId.BASELINE, ids, ctx);
        List<Shot.Tile> shown = new ArrayList<>();
        for (String id : ids) {
            KpiValue value = values.get(id);
            if (value == null) {
                continue; // no source gives this KPI (any more): no tile
            }
            KpiValue reference = baseline.get(id);
            String change = reference == null
                    ? ""
                    : KpiFormat.delta(value.delta(reference), value.unit()) + " against the baseline";
            int judgement = reference == null ? 0 : value.better().judge(reference.value(), value.value());
            shown.add(new Shot.Tile(value.title(), valueText(value), change, judgement));
        }
        return new Tiles(name, shown);
    }

    static String valueText(KpiValue value) {
        String number = KpiFormat.value(value.value(), value.unit());
        return value.unit().isEmpty() || "%".equals(value.unit()) || Double.isNaN(value.value())
                ? number
                : number + " " + value.unit();
    }

    /** The KPIs of {@code ids}, asking the catalogue's sources in order until each has been given. */
    private static Map<String, KpiValue> values(
            KpiCatalogue catalogue, ScenarioId scenario, List<String> ids, Work.Context ctx) {
        Map<String, KpiValue> found = new LinkedHashMap<>();
        for (KpiSource source : catalogue.sources()) {
            if (found.keySet().containsAll(ids)) {
                break;
            }
            ctx.cancellation().check();
            for (KpiValue value : source.compute(scenario, ctx, ctx.cancellation())) {
                if (ids.contains(value.id())) {
                    found.put(value.id(), value);
                }
            }
        }
        return found;
    }

    // ---- views ----

    /** The window's view now, to save in a storyboard. */
    StoryView capture(String title, String caption, List<String> kpis) {
        Viewport v = bench.map().viewport();
        GeoPoint centre = v.isEmpty() ? new GeoPoint(0, 0) : v.center();
        double zoom = v.isEmpty() ? StoryView.MIN_ZOOM : v.zoom();
        List<LayerState> layers = new ArrayList<>();
        for (MapOverlay overlay : bench.map().overlays()) {
            Map<String, Boolean> switches = new LinkedHashMap<>();
            for (LegendEntry entry : overlay.legend()) {
                if (entry.shown() != null) {
                    switches.put(entry.label(), entry.shown().get());
                }
            }
            layers.add(new LayerState(overlay.title(), overlay.shownProperty().get(), switches, overlay.settings()));
        }
        Node selected = network.selectedProperty().get();
        return new StoryView(
                title.isBlank() ? "View" : title,
                caption,
                bench.scenario(),
                centre,
                Math.max(StoryView.MIN_ZOOM, Math.min(StoryView.MAX_ZOOM, zoom)),
                layers,
                selected == null ? null : selected.code().value(),
                kpis);
    }

    /** Puts the window into {@code saved}: scenario, layers, map and selection. */
    void apply(StoryView saved) {
        for (MapOverlay overlay : bench.map().overlays()) {
            Optional<LayerState> state = saved.layer(overlay.title());
            overlay.shownProperty().set(state.map(LayerState::shown).orElse(false) || isBaseMap(overlay, state));
            state.ifPresent(s -> {
                overlay.applySettings(s.settings());
                for (LegendEntry entry : overlay.legend()) {
                    Boolean on = s.switches().get(entry.label());
                    if (entry.shown() != null && on != null) {
                        entry.shown().set(on);
                    }
                }
            });
        }
        if (!saved.scenario().equals(bench.scenario())) {
            pending = saved;
            bench.switchScenario(saved.scenario());
        }
        extentAndSelection(saved);
    }

    private boolean isBaseMap(MapOverlay overlay, Optional<LayerState> state) {
        return overlay == bench.map().baseMapOverlay() && state.isEmpty(); // a view saved without it keeps the map
    }

    private void extentAndSelection(StoryView saved) {
        bench.map().show(saved.centre(), saved.zoom());
        network.selectedProperty()
                .set(saved.selection()
                        .flatMap(code -> network.site(NodeCode.of(code)))
                        .orElse(null));
    }

    /**
     * Whether the view on screen is finished: the sites of its scenario read, its tiles computed,
     * every base-map tile loaded, every overlay drawn and idle.
     */
    boolean settled(boolean workIdle) {
        return presenting.get()
                && pending == null
                && tilesShown
                && !tiles.busyProperty().get()
                && bench.map().tilesLoaded()
                && bench.map().overlays().stream().allMatch(MapOverlay::settled)
                && bench.map().overlays().stream().noneMatch(MapOverlay::busy)
                && (!workIdle || bench.work().running().isEmpty());
    }

    // ---- exports ----

    /**
     * Presents every view of {@code storyboard} in turn and takes its pictures once it is settled;
     * then leaves presentation mode. Completes on the FX thread.
     */
    CompletableFuture<List<Shot>> shots(Storyboard storyboard) {
        CompletableFuture<List<Shot>> done = new CompletableFuture<>();
        if (storyboard.views().isEmpty()) {
            done.completeExceptionally(
                    new IllegalArgumentException("the storyboard '" + storyboard.name() + "' has no views to export"));
            return done;
        }
        boolean wasPresenting = presenting.get();
        enter(storyboard, 0, false);
        List<Shot> taken = new ArrayList<>();
        new AnimationTimer() {
            private int quiet;
            private long since = System.nanoTime();

            @Override
            public void handle(long now) {
                if (!presenting.get()) {
                    stop();
                    done.completeExceptionally(
                            new IllegalStateException("presentation mode was left during the export"));
                    return;
                }
                // other work of the window (a comparison, a replay) is waited for, but not for ever
                boolean waitForWork = now - since < 20_000_000_000L;
                quiet = settled(waitForWork) ? quiet + 1 : 0;
                if (quiet < 3) {
                    return;
                }
                quiet = 0;
                taken.add(shot(storyboard.views().get(index.get())));
                if (index.get() < storyboard.views().size() - 1) {
                    show(index.get() + 1);
                    since = now;
                } else {
                    stop();
                    if (!wasPresenting) {
                        leave();
                    }
                    done.complete(List.copyOf(taken));
                }
            }
        }.start();
        return done;
    }

    private Shot shot(StoryView shown) {
        Viewport v = bench.map().viewport();
        double metresPerPixel = WebMercator.metresPerPixel(v.center().lat(), v.zoom());
        double metres = ScaleBar.roundDistance(metresPerPixel * ScaleBar.MAX_WIDTH_PX);
        List<Shot.LegendLine> legend = new ArrayList<>();
        List<MapOverlay> overlays = bench.map().overlays();
        for (int i = overlays.size() - 1; i >= 0; i--) {
            MapOverlay overlay = overlays.get(i);
            if (overlay.shownProperty().get()) {
                for (LegendEntry entry : PresentationView.shownEntries(overlay)) {
                    javafx.scene.Node symbol = entry.symbol().get();
                    new Scene(new javafx.scene.Group(symbol)); // a snapshot needs the node's CSS applied
                    legend.add(new Shot.LegendLine(
                            overlay.title(), entry.label(), SwingFXUtils.fromFXImage(Snapshots.capture(symbol), null)));
                }
            }
        }
        return new Shot(
                shown.title(),
                shown.caption(),
                view.scenarioShown(),
                view.tilesShown(),
                legend,
                ScaleBar.format(metres),
                metres / metresPerPixel,
                bench.map().attributionProperty().get(),
                SwingFXUtils.fromFXImage(Snapshots.capture(Objects.requireNonNull(scene)), null),
                SwingFXUtils.fromFXImage(Snapshots.capture(bench.map()), null));
    }
}

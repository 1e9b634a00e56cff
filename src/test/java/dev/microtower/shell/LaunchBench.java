package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.App;
import dev.microtower.app.FirstLoad;
import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.rebalancing.service.RebalancingService;
import dev.microtower.rebalancing.ui.PlanModule;
import dev.microtower.store.Database;
import dev.microtower.testing.TaskLog;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.zones.store.ZoneRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch moments in the real window on the Bay Area demo, in one JVM: first start on
 * an empty data folder (the ready-made demo is placed) and then a second start on the same file;
 * for each, from {@code open} to the sites on the map, to the first complete map frame (every tile
 * in view, every layer settled), to every background read done, and Plan pressed as soon as the
 * map is complete, to its suggestions shown. The references, measured in the same run after the
 * windows closed: unpacking the ready-made image alone, opening the file and reading what the map
 * needs (sites and zones), and the plan proposed by the service alone on a fresh session. Prints
 * the background tasks with their start and end, so a slow moment names what held it. Run alone so
 * the toolkit start is counted: {@code ./mvnw -Pbench test -Dtest=LaunchBench}.
 */
@Tag("bench")
class LaunchBench {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @TempDir
    Path dir;

    @Test
    void firstAndSecondStartOnTheDemo() throws Exception {
        String load = loadAverage();
        long start = System.nanoTime();
        WindowSnapshot.useHeadlessToolkit(WIDTH, HEIGHT);
        WindowSnapshot.startToolkit();
        double toolkit = (System.nanoTime() - start) / 1e9;
        Path file = dir.resolve("data").resolve("microtower.mv.db");

        Moments first = launch(file);
        assertTrue(Files.exists(file), "this build carries the ready-made demo (build without -Ddemo-database.skip)");
        Moments second = launch(file);

        // references, same run
        Path image = dir.resolve("image").resolve("reference.mv.db");
        long t0 = System.nanoTime();
        FirstLoad.placeDemo(image);
        double unpack = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        int sites;
        int zones;
        try (Database db = Database.open(file)) {
            OpenSession session = OpenSession.on(db);
            sites = session.get(NodeRepository.class)
                    .findAll(ScenarioId.BASELINE)
                    .size();
            zones = session.get(ZoneRepository.class)
                    .findAll(ScenarioId.BASELINE)
                    .size();
        }
        double mapData = (System.nanoTime() - t0) / 1e9;
        double service;
        try (OpenSession session = OpenSession.open(file)) {
            t0 = System.nanoTime();
            session.get(RebalancingService.class)
                    .propose(ScenarioId.BASELINE, RebalancingSettings.DEFAULT, Progress.NONE, Cancellation.none());
            service = (System.nanoTime() - t0) / 1e9;
        }

        System.out.printf(
                Locale.ROOT,
                "%n[bench] load average before: %s, after: %s; cores %d; window %d x %d%n",
                load,
                loadAverage(),
                Runtime.getRuntime().availableProcessors(),
                WIDTH,
                HEIGHT);
        System.out.printf(
                Locale.ROOT, "[bench] toolkit start %.2f s (not in the figures below, which start at open)%n", toolkit);
        first.print("first start (empty data folder)");
        second.print("second start (same file)");
        System.out.printf(
                Locale.ROOT,
                "[bench] first start, window to a complete map with the demo's sites: %.2f s (target <= 5 s);"
                        + " Plan possible (suggestions shown): %.2f s (target <= 15 s)%n",
                first.completeMap,
                first.planShown);
        System.out.printf(
                Locale.ROOT,
                "[bench] second start, sites on the map: %.2f s (target <= 3 s); complete map %.2f s%n",
                second.sitesShown,
                second.completeMap);
        System.out.printf(
                Locale.ROOT,
                "[bench] Plan in the window end to end, first after opening: %.2f s on first start, %.2f s on second"
                        + " start (target <= 5 s)%n",
                first.plan,
                second.plan);
        System.out.printf(
                Locale.ROOT,
                "[bench] references, same run: unpacking the ready-made demo alone %.2f s; opening the file and"
                        + " reading its %d sites and %d zones %.2f s; the plan by the service alone on a fresh session"
                        + " %.2f s%n",
                unpack,
                sites,
                zones,
                mapData,
                service);
        assertTrue(first.completeMap > 0 && second.sitesShown > 0 && first.plan > 0);
    }

    /** Opens {@code file} in a new window and times its moments; closes the window afterwards. */
    private static Moments launch(Path file) throws Exception {
        Moments moments = new Moments();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Work runner = Work.background(2);
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            try {
                Files.deleteIfExists(LayoutSettings.defaultFile());
                MainWindow w = App.createWindow(runner);
                window[0] = w;
                moments.watch(w.work());
                Stage s = new Stage();
                stage[0] = s;
                s.setScene(new Scene(w.root(), WIDTH, HEIGHT));
                s.show();
                moments.start = System.nanoTime();
                moments.log.restart();
                w.open(file);
                new Watch(w, moments, done).start();
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(300, TimeUnit.SECONDS);
        } finally {
            WindowSnapshot.close(stage[0], window[0], runner);
        }
        return moments;
    }

    /** The moments of one start, in seconds since {@code open}. */
    private static final class Moments {
        long start;
        double ready = -1;
        double sitesShown = -1;
        double completeMap = -1;
        double idle = -1;
        double planShown = -1;
        double plan = -1;
        int sites;
        TaskLog log;

        double now() {
            return (System.nanoTime() - start) / 1e9;
        }

        void watch(Work work) {
            log = TaskLog.watch(work);
        }

        void print(String what) {
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %s: ready %.2f s, %d sites on the map %.2f s, complete map %.2f s, every background read"
                            + " done %.2f s; Plan pressed at the complete map, suggestions shown %.2f s (Plan itself %.2f"
                            + " s)%n",
                    what,
                    ready,
                    sites,
                    sitesShown,
                    completeMap,
                    idle,
                    planShown,
                    plan);
            log.lines().forEach(t -> System.out.println("[bench]     " + t));
        }
    }

    /** Checks the window at every pulse and notes when each moment is first reached. */
    private static final class Watch extends AnimationTimer {
        private final MainWindow window;
        private final Moments moments;
        private final CompletableFuture<Void> done;
        private Task<?> plan;
        private double planPressed;

        Watch(MainWindow window, Moments moments, CompletableFuture<Void> done) {
            this.window = window;
            this.moments = moments;
            this.done = done;
        }

        @Override
        public void handle(long now) {
            double t = moments.now();
            MainWindow.State state = window.stateProperty().get();
            if (state == MainWindow.State.FAILED) {
                stop();
                done.completeExceptionally(new IllegalStateException(window.lastFailure()));
                return;
            }
            if (state != MainWindow.State.READY) {
                return;
            }
            var sites = window.module(NetworkModule.class).sites();
            if (moments.ready < 0) {
                moments.ready = t;
            }
            if (moments.sitesShown < 0 && sites.siteCount() > 0 && sites.settled()) {
                moments.sitesShown = t;
                moments.sites = sites.siteCount();
            }
            if (moments.completeMap < 0
                    && window.mapComplete()
                    && window.map().overlays().stream().noneMatch(MapOverlay::busy)) {
                moments.completeMap = t;
                // the user looks at the map, then asks for a plan
                plan = window.module(PlanModule.class).controller().plan();
                planPressed = t;
            }
            if (moments.planShown < 0 && plan != null && plan.isDone()) {
                moments.planShown = t;
                moments.plan = t - planPressed;
            }
            if (moments.idle < 0 && window.work().running().isEmpty() && moments.planShown >= 0) {
                moments.idle = t;
            }
            if (moments.sitesShown >= 0 && moments.completeMap >= 0 && moments.idle >= 0) {
                stop();
                done.complete(null);
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}

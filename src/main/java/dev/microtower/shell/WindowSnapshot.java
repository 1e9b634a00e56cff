package dev.microtower.shell;

import dev.microtower.core.GeoPoint;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.Snapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the main window on a database to an image without a display: the toolkit runs on
 * Monocle's headless screen with the software renderer, and the picture is taken once the network
 * is drawn and every base-map tile in view has loaded.
 */
public final class WindowSnapshot {
    /** Where to look; {@code null} centre means "the whole network". */
    public record View(int width, int height, GeoPoint centre, Double zoom, String select, List<String> show) {
        public View {
            show = show == null ? List.of() : List.copyOf(show);
        }

        public View(int width, int height, GeoPoint centre, Double zoom, String select) {
            this(width, height, centre, zoom, select, List.of());
        }

        public View(int width, int height, GeoPoint centre, Double zoom) {
            this(width, height, centre, zoom, null);
        }
    }

    private WindowSnapshot() {}

    /**
     * Selects Monocle's headless screen and software rendering. Must run before the JavaFX toolkit
     * starts; properties the caller set already are kept.
     */
    public static void useHeadlessToolkit(int width, int height) {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Starts the toolkit if it is not running yet. */
    public static void startToolkit() {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.join();
        } catch (IllegalStateException alreadyRunning) {
            // started earlier in this process, e.g. by a test
        }
        Platform.setImplicitExit(false);
    }

    /**
     * Opens the database in a new window of {@code view}'s size, waits for the complete map and
     * returns its picture. The window is closed and the database released afterwards.
     */
    public static WritableImage render(
            Path database,
            View view,
            Function<Work, MainWindow> windows,
            BiPredicate<MainWindow, String> select,
            long timeoutSeconds)
            throws InterruptedException, TimeoutException {
        return inWindow(database, view.width(), view.height(), windows, timeoutSeconds, (w, picture) -> new Completion(
                        w, view, select, picture)
                .start());
    }

    /**
     * Opens the database in a new window of {@code width} × {@code height} and, once the network is
     * shown, hands the window to {@code whenReady} on the FX thread; returns what its future gives.
     * The window is closed and the database released afterwards. The presentation export uses it.
     */
    public static <T> T whenReady(
            Path database,
            int width,
            int height,
            Function<Work, MainWindow> windows,
            Function<MainWindow, CompletableFuture<T>> whenReady,
            long timeoutSeconds)
            throws InterruptedException, TimeoutException {
        return inWindow(
                database,
                width,
                height,
                windows,
                timeoutSeconds,
                (w, result) -> new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        switch (w.stateProperty().get()) {
                            case FAILED -> {
                                stop();
                                result.completeExceptionally(new IllegalStateException(w.lastFailure()));
                            }
                            case READY -> {
                                stop();
                                whenReady.apply(w).whenComplete((value, failure) -> {
                                    if (failure != null) {
                                        result.completeExceptionally(failure);
                                    } else {
                                        result.complete(value);
                                    }
                                });
                            }
                            default -> {}
                        }
                    }
                }.start());
    }

    /**
     * Opens the database in a new window of {@code width} × {@code height} on the FX thread, hands
     * the window and the future to {@code start} right after opening, and waits up to {@code
     * timeoutSeconds} for the future. The window is closed and the database released afterwards.
     */
    private static <T> T inWindow(
            Path database,
            int width,
            int height,
            Function<Work, MainWindow> windows,
            long timeoutSeconds,
            BiConsumer<MainWindow, CompletableFuture<T>> start)
            throws InterruptedException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Work runner = Work.background(2);
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            try {
                MainWindow w = windows.apply(runner);
                window[0] = w;
                Stage s = new Stage();
                stage[0] = s;
                s.setScene(new Scene(w.root(), width, height));
                s.show();
                w.open(database);
                start.accept(w, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            close(stage[0], window[0], runner);
        }
    }

    /**
     * Closes a window opened off the FX thread: hides {@code stage} and closes the window's database
     * on the FX thread, waits for that, then stops {@code runner}'s lanes. Either may be {@code
     * null} (the window failed before it was made).
     */
    static void close(Stage stage, MainWindow window, Work runner) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (stage != null) {
                stage.hide();
            }
            if (window != null) {
                window.closeDatabase();
            }
            closed.complete(null);
        });
        closed.join();
        runner.shutdown();
    }

    /** Watches the pulses until the network is shown, moves the view once, then waits for tiles. */
    private static final class Completion extends AnimationTimer {
        private final MainWindow window;
        private final View view;
        private final BiPredicate<MainWindow, String> select;
        private final CompletableFuture<WritableImage> picture;
        private boolean moved;
        private int completeFrames;

        Completion(
                MainWindow window,
                View view,
                BiPredicate<MainWindow, String> select,
                CompletableFuture<WritableImage> picture) {
            this.window = window;
            this.view = view;
            this.select = select;
            this.picture = picture;
        }

        @Override
        public void handle(long now) {
            switch (window.stateProperty().get()) {
                case FAILED -> {
                    stop();
                    picture.completeExceptionally(new IllegalStateException(window.lastFailure()));
                }
                case READY -> {
                    if (!moved) {
                        moved = true;
                        if (view.select() != null && !select.test(window, view.select())) {
                            stop();
                            picture.completeExceptionally(new IllegalStateException(
                                    "no site with code " + view.select() + " in this database"));
                            return;
                        }
                        for (MapOverlay overlay : window.map().overlays()) {
                            if (view.show().contains(LayersPanel.id(overlay).substring("layer-".length()))) {
                                overlay.shownProperty().set(true);
                            }
                        }
                        if (view.centre() != null) {
                            window.map().show(view.centre(), view.zoom() == null ? 13 : view.zoom());
                        } else if (view.zoom() != null) {
                            window.map().show(window.map().viewport().center(), view.zoom());
                        }
                        return;
                    }
                    // two quiet frames in a row: tiles that finished last pulse are drawn now
                    completeFrames = window.mapComplete()
                                    && window.work().running().isEmpty()
                                    && window.map().overlays().stream().noneMatch(MapOverlay::busy)
                            ? completeFrames + 1
                            : 0;
                    if (completeFrames >= 2) {
                        stop();
                        picture.complete(Snapshots.capture(window.root().getScene()));
                    }
                }
                default -> {}
            }
        }
    }
}

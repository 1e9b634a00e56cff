package dev.microtower.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapLayer;
import com.sun.javafx.perf.PerformanceTracker;
import dev.microtower.core.GeoPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Frame times of a map with one layer, measured on real pulses, shared by the layer benchmarks:
 * each gesture step is applied at the start of a pulse (a pre-layout pulse listener, as an input
 * event would be) and its frame time runs until the render thread has finished that frame (CSS,
 * layout, sync to the render graph, painting and presenting), as Prism's {@link
 * PerformanceTracker} reports it. Nothing the user's frames do not do (no snapshot, no readback) is
 * timed. The next step waits for the previous frame, so frames never overlap and each time is the
 * whole cost of one frame. See docs/map-performance.md.
 */
public final class PulseBench {
    public static final int WARM_UP = 40;

    private PulseBench() {}

    /** One step of what the user does to the map; true if it was a zoom step. */
    public interface Gesture {
        boolean apply(MapPane map, MapLayer layer, int step);
    }

    /** Small pans and zooms around the Bay Area network, as a user exploring it: 7 pans, then 3 zooms. */
    public static final Gesture PAN_ZOOM = (map, layer, i) -> {
        if (i % 10 < 7) {
            map.mapView().setCenter(37.62 + 0.01 * Math.sin(i / 5.0), -122.15 + 0.01 * Math.cos(i / 5.0));
            return false;
        }
        map.zoomAt(i % 2 == 0 ? 0.1 : -0.1, 640, 400);
        return true;
    };

    /**
     * One round of one map: frame, pan-frame and zoom-frame times, CSS + layout times and the
     * layer's own time (from {@code layerNanos}, a running total) in ms, skipped frames excluded;
     * the layer's repaints since it was made.
     */
    public record Run(
            double[] frame, double[] pan, double[] zoom, double[] layout, double[] layer, int repaints, int skipped) {}

    /** A map with the layer {@code layers} makes, in the Bay Area at zoom 9.6, 1280x800. */
    public static <L extends MapLayer> Run measure(
            Stage stage,
            Supplier<L> layers,
            ToLongFunction<? super L> layerNanos,
            ToIntFunction<? super L> repaints,
            boolean cacheBaseMap,
            Gesture gesture,
            int warmUp,
            int frames)
            throws Exception {
        List<L> made = new ArrayList<>(1);
        MapPane map = FxToolkit.setupFixture(() -> {
            MapPane pane = new MapPane();
            made.add(layers.get());
            pane.mapView().addLayer(made.get(0));
            if (cacheBaseMap) {
                javafx.scene.Node baseMap =
                        pane.mapView().getChildrenUnmodifiable().get(0);
                baseMap.setCache(true);
                baseMap.setCacheHint(javafx.scene.CacheHint.SPEED);
            }
            stage.setScene(new Scene(pane, 1280, 800));
            stage.show();
            pane.show(new GeoPoint(37.62, -122.15), 9.6);
            return pane;
        });
        L layer = made.get(0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, map::tilesLoaded);
        Scene scene = map.getScene();
        int total = warmUp + frames;
        long[] start = new long[total], laidOut = new long[total], rendered = new long[total];
        int[] rendersAtStart = new int[total + 1];
        long[] layerAtStart = new long[total], layerAtEnd = new long[total];
        boolean[] zoom = new boolean[total];
        AtomicInteger renders = new AtomicInteger();
        AtomicInteger step = new AtomicInteger(); // steps applied so far
        AtomicInteger laidOutSteps = new AtomicInteger(); // steps through CSS and layout
        AtomicInteger done = new AtomicInteger(); // steps whose frame has been rendered
        CountDownLatch finished = new CountDownLatch(1);
        boolean[] inPulse = new boolean[1];

        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            // on the render thread
            long now = System.nanoTime();
            renders.incrementAndGet();
            int applied = step.get();
            if (done.get() < applied && laidOutSteps.get() == applied) {
                rendered[applied - 1] = now;
                if (done.incrementAndGet() == total) {
                    finished.countDown();
                }
            }
        });
        Runnable before = () -> {
            int i = step.get();
            if (i >= total || done.get() < i) {
                return; // finished, or the previous frame is still being drawn
            }
            rendersAtStart[i] = renders.get();
            layerAtStart[i] = layerNanos.applyAsLong(layer);
            start[i] = System.nanoTime();
            zoom[i] = gesture.apply(map, layer, i);
            inPulse[0] = true;
            step.incrementAndGet();
        };
        Runnable after = () -> {
            if (inPulse[0]) {
                inPulse[0] = false;
                int i = step.get() - 1;
                laidOut[i] = System.nanoTime();
                layerAtEnd[i] = layerNanos.applyAsLong(layer);
                laidOutSteps.set(i + 1);
            }
        };
        // a running animation keeps the pulses coming at the display rate, as during a drag
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {}
        };
        FxToolkit.setupFixture(() -> {
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
            pulses.start();
        });
        assertTrue(finished.await(300, TimeUnit.SECONDS), "frames drawn: " + done.get());
        rendersAtStart[total] = renders.get();
        FxToolkit.setupFixture(() -> {
            pulses.stop();
            scene.removePreLayoutPulseListener(before);
            scene.removePostLayoutPulseListener(after);
            tracker.setOnRenderedFrameTask(null);
            PerformanceTracker.releaseSceneTracker(scene);
        });

        List<double[]> kept = new ArrayList<>(), pans = new ArrayList<>(), zooms = new ArrayList<>();
        int skipped = 0;
        for (int i = warmUp; i < total; i++) {
            // a frame that shared its render with another (a tile arriving) cannot be told apart
            if (rendersAtStart[i + 1] - rendersAtStart[i] != 1) {
                skipped++;
                continue;
            }
            double[] times = {
                (rendered[i] - start[i]) / 1e6, (laidOut[i] - start[i]) / 1e6, (layerAtEnd[i] - layerAtStart[i]) / 1e6
            };
            kept.add(times);
            (zoom[i] ? zooms : pans).add(times);
        }
        return new Run(
                column(kept, 0),
                column(pans, 0),
                column(zooms, 0),
                column(kept, 1),
                column(kept, 2),
                repaints.applyAsInt(layer),
                skipped);
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    /** The header of {@link #row}'s table. */
    public static void header() {
        print(
                "[bench] %-22s %20s %20s %20s %20s %20s %9s",
                "map",
                "frame p50 ms",
                "frame p95 ms",
                "pan frames p95",
                "zoom frames p95",
                "CSS+layout p95",
                "skipped");
    }

    /** One map's line: medians of the rounds with their ranges. */
    public static void row(String name, List<Run> runs) {
        print(
                "[bench] %-22s %20s %20s %20s %20s %20s %9s",
                name,
                spread(runs.stream().mapToDouble(r -> percentile(r.frame, 50)).toArray()),
                spread(p95s(runs)),
                spread(runs.stream().mapToDouble(r -> percentile(r.pan, 95)).toArray()),
                spread(runs.stream().mapToDouble(r -> percentile(r.zoom, 95)).toArray()),
                spread(runs.stream().mapToDouble(r -> percentile(r.layout, 95)).toArray()),
                runs.stream().map(r -> Integer.toString(r.skipped)).toList());
    }

    /** Each round's whole-frame p95. */
    public static double[] p95s(List<Run> runs) {
        return runs.stream().mapToDouble(r -> percentile(r.frame, 95)).toArray();
    }

    /** The median of the rounds with their range: {@code 12.3 (11.0-14.1)}. */
    public static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(values), sorted[0], sorted[sorted.length - 1]);
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }

    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

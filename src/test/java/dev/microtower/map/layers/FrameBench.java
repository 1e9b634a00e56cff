package dev.microtower.map.layers;

import com.gluonhq.maps.MapLayer;
import dev.microtower.common.GeoPoint;
import dev.microtower.map.MapPane;
import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Frame times of a map with one layer while a user pans and zooms around the Bay Area: the layer
 * benchmarks measure theirs and a reference layer's the same way, in the same run.
 */
final class FrameBench {
    static final int WARM_UP = 40;
    static final int FRAMES = 160;

    private FrameBench() {}

    /**
     * Whole-frame times (layout + render + readback) in ms; {@code layerTime} receives the time the
     * layer reports spending per frame ({@code layerNanos} counts it up).
     */
    static <L extends MapLayer> double[] measure(
            Stage stage, Supplier<L> layer, LongSupplier layerNanos, double[] layerTime) throws Exception {
        MapPane map = FxToolkit.setupFixture(() -> {
            MapPane pane = new MapPane();
            pane.mapView().addLayer(layer.get());
            stage.setScene(new Scene(pane, 1280, 800));
            stage.show();
            pane.show(new GeoPoint(37.62, -122.15), 9.6);
            return pane;
        });
        WritableImage frame = new WritableImage(1280, 800);
        double[] times = new double[FRAMES];
        for (int i = -WARM_UP; i < FRAMES; i++) {
            int step = i;
            long[] inLayer = new long[1];
            double ms = FxToolkit.setupFixture(() -> {
                long start = System.nanoTime();
                long layerStart = layerNanos.getAsLong();
                // alternate small pans and zooms around the network, as a user exploring it
                if (step % 10 < 7) {
                    map.zoomAt(0, 0, 0);
                    map.mapView().setCenter(37.62 + 0.01 * Math.sin(step / 5.0), -122.15 + 0.01 * Math.cos(step / 5.0));
                } else {
                    map.zoomAt(step % 2 == 0 ? 0.1 : -0.1, 640, 400);
                }
                map.getScene().snapshot(frame);
                inLayer[0] = layerNanos.getAsLong() - layerStart;
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= 0) {
                times[i] = ms;
                layerTime[i] = inLayer[0] / 1e6;
            }
        }
        return times;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

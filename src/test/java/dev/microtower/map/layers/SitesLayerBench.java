package dev.microtower.map.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapLayer;
import dev.microtower.common.GeoPoint;
import dev.microtower.map.MapPane;
import dev.microtower.network.domain.Node;
import dev.microtower.testing.SyntheticNetwork;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Pan and zoom with 5,000 sites on screen: frame time (layout + render of the whole map) of our
 * canvas layer against a one-node-per-marker layer, measured in the same run on the same map.
 */
@Tag("bench")
class SitesLayerBench {
    private static final int SITES = 5_000;
    private static final int WARM_UP = 40;
    private static final int FRAMES = 160;

    @Test
    void canvasLayerPansAndZoomsFasterThanOneNodePerMarker() throws Exception {
        List<Node> sites = SyntheticNetwork.nodes(SITES, 1);
        Stage stage = FxToolkit.registerPrimaryStage();

        SitesLayer[] ours = new SitesLayer[1];
        double[] layerTime = new double[FRAMES];
        double[] canvas = measure(
                stage,
                sites,
                list -> {
                    SitesLayer layer = new SitesLayer();
                    layer.setClusterBelowZoom(0); // worst case: every marker drawn, none grouped
                    layer.setSites(list);
                    ours[0] = layer;
                    return layer;
                },
                () -> ours[0].layoutNanos(),
                layerTime);
        int repaints = ours[0].repaints();
        double[] naive = measure(stage, sites, NaiveSitesLayer::new, () -> 0, new double[FRAMES]);
        double[] bare = measure(stage, sites, list -> new MapLayer(), () -> 0, new double[FRAMES]);

        double canvasP95 = percentile(canvas, 95), naiveP95 = percentile(naive, 95), bareP95 = percentile(bare, 95);
        // the software pipeline's readback of a 1280x800 frame costs the same with any layer:
        // what the layer adds on top of it is what the layer is responsible for
        double canvasCost = canvasP95 - bareP95, naiveCost = naiveP95 - bareP95;
        System.out.printf(
                "%n[bench] pan/zoom, %,d sites on screen, %d frames (layout + render + readback, 1280x800, software pipeline)%n",
                SITES, FRAMES);
        System.out.printf(
                "[bench] canvas layer       p50 %6.2f ms   p95 %6.2f ms%n", percentile(canvas, 50), canvasP95);
        System.out.printf(
                "[bench]   its own layout + painting (CPU, in layoutLayer)  p50 %6.2f ms   p95 %6.2f ms   (%d repaints in %d frames, the rest moved the picture)%n",
                percentile(layerTime, 50), percentile(layerTime, 95), repaints, FRAMES + WARM_UP);
        System.out.printf("[bench] node per marker    p50 %6.2f ms   p95 %6.2f ms%n", percentile(naive, 50), naiveP95);
        System.out.printf("[bench] map without sites  p50 %6.2f ms   p95 %6.2f ms%n", percentile(bare, 50), bareP95);
        System.out.printf(
                "[bench] p95 added by the layer: canvas %.2f ms, node per marker %.2f ms -> %.1fx (target >= 5x)%n",
                canvasCost, naiveCost, naiveCost / canvasCost);
        System.out.printf(
                "[bench] canvas layer p95 %s the 16 ms frame budget (whole frame %.2f ms, layer's share %.2f ms)%n",
                canvasP95 <= 16 ? "meets" : canvasCost <= 16 ? "meets, net of the readback," : "DOES NOT meet",
                canvasP95,
                canvasCost);
        assertTrue(percentile(layerTime, 95) <= 16, "the layer's own p95 " + percentile(layerTime, 95) + " ms");
        assertTrue(naiveP95 / canvasP95 >= 3, "whole-frame speed-up " + naiveP95 / canvasP95);
        assertTrue(naiveCost / canvasCost >= 5, "speed-up of the layer's share " + naiveCost / canvasCost);
    }

    /** Whole-frame times; {@code layerTime} receives the time the layer reports spending per frame. */
    private static <L extends MapLayer> double[] measure(
            Stage stage, List<Node> sites, Function<List<Node>, L> layers, LongSupplier layerNanos, double[] layerTime)
            throws Exception {
        MapPane map = FxToolkit.setupFixture(() -> {
            MapPane pane = new MapPane();
            pane.mapView().addLayer(layers.apply(sites));
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

package dev.microtower.map.layers;

import com.gluonhq.maps.MapLayer;
import dev.microtower.common.NodeCode;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.testing.SyntheticNetwork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Pan and zoom with 2,000 plan arrows on screen: the flows layer (one canvas) against one {@code
 * QuadCurve} node per arrow, measured in the same run on the same map: the layer's own layout and
 * painting time, and the whole frame (layout + render + readback) with the bare map's frame taken
 * off.
 */
@Tag("bench")
class FlowsLayerBench {
    private static final int ARROWS = 2_000;
    private static final int SETTLED_FRAMES = 30;

    @Test
    void canvasFlowsPanAndZoomFasterThanOneNodePerArrow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        // a layer holds JavaFX nodes: make it once the toolkit runs
        List<FlowsLayer.Arrow> arrows = FxToolkit.setupFixture(() -> arrows(ARROWS, 5));
        List<FlowsLayer.Leg> legs =
                arrows.stream().flatMap(a -> a.legs().stream()).toList();
        int frames = FrameBench.FRAMES;

        FlowsLayer[] ours = new FlowsLayer[1];
        double[] oursOwn = new double[frames];
        double[] canvas = FrameBench.measure(
                stage,
                () -> {
                    FlowsLayer layer = new FlowsLayer();
                    layer.setLegs(legs);
                    ours[0] = layer;
                    return layer;
                },
                () -> ours[0].layoutNanos(),
                oursOwn);
        int repaints = ours[0].repaints();
        // what a user waits for once a gesture ends: the whole picture painted again
        double[] settled = new double[SETTLED_FRAMES];
        double[] settledOwn = new double[SETTLED_FRAMES];
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(1280, 800);
        for (int i = 0; i < SETTLED_FRAMES; i++) {
            int k = i;
            settled[i] = FxToolkit.setupFixture(() -> {
                long start = System.nanoTime();
                long own = ours[0].layoutNanos();
                ours[0].repaint();
                stage.getScene().snapshot(image);
                settledOwn[k] = (ours[0].layoutNanos() - own) / 1e6;
                return (System.nanoTime() - start) / 1e6;
            });
        }
        NaiveFlowsLayer[] naiveLayer = new NaiveFlowsLayer[1];
        double[] naiveOwn = new double[frames];
        double[] naive = FrameBench.measure(
                stage,
                () -> {
                    naiveLayer[0] = new NaiveFlowsLayer(ours[0].arrows());
                    return naiveLayer[0];
                },
                () -> naiveLayer[0].layoutNanos(),
                naiveOwn);
        double[] bare = FrameBench.measure(stage, MapLayer::new, () -> 0, new double[frames]);

        double bareP50 = FrameBench.percentile(bare, 50), bareP95 = FrameBench.percentile(bare, 95);
        System.out.printf(
                "%n[bench] pan/zoom, %,d arrows (%,d legs) on screen, %d frames, 1280x800, software pipeline%n",
                ours[0].arrows().size(), legs.size(), frames);
        System.out.printf(
                "[bench] layer's own layout + painting: canvas p50 %6.2f ms p95 %6.2f ms (%d repaints in %d frames)"
                        + " | QuadCurve nodes p50 %6.2f ms p95 %6.2f ms%n",
                FrameBench.percentile(oursOwn, 50),
                FrameBench.percentile(oursOwn, 95),
                repaints,
                frames + FrameBench.WARM_UP,
                FrameBench.percentile(naiveOwn, 50),
                FrameBench.percentile(naiveOwn, 95));
        print("canvas flows layer", canvas, bareP50, bareP95);
        print("canvas, full repaint", settled, bareP50, bareP95);
        System.out.printf(
                "[bench]   (a full repaint happens once a gesture has been still for %d ms; its own CPU p50 %.2f ms)%n",
                120, FrameBench.percentile(settledOwn, 50));
        print("QuadCurve per arrow", naive, bareP50, bareP95);
        print("map without flows", bare, bareP50, bareP95);
        double oursAdded = Math.max(0.01, FrameBench.percentile(canvas, 95) - bareP95);
        double naiveAdded = FrameBench.percentile(naive, 95) - bareP95;
        System.out.printf(
                "[bench] whole frame p95: canvas %.2f ms vs node per arrow %.2f ms -> %.1fx;"
                        + " added by the layer: %.2f ms vs %.2f ms -> %.1fx%n",
                FrameBench.percentile(canvas, 95),
                FrameBench.percentile(naive, 95),
                FrameBench.percentile(naive, 95) / FrameBench.percentile(canvas, 95),
                oursAdded,
                naiveAdded,
                naiveAdded / oursAdded);
        System.out.printf(
                "[bench] whole frame p50: canvas %.2f ms vs node per arrow %.2f ms -> %.1fx%n",
                FrameBench.percentile(canvas, 50),
                FrameBench.percentile(naive, 50),
                FrameBench.percentile(naive, 50) / FrameBench.percentile(canvas, 50));
    }

    private static void print(String name, double[] times, double bareP50, double bareP95) {
        System.out.printf(
                "[bench] %-20s frame p50 %7.2f ms  p95 %7.2f ms   (minus bare map: p50 %7.2f  p95 %7.2f)%n",
                name,
                FrameBench.percentile(times, 50),
                FrameBench.percentile(times, 95),
                FrameBench.percentile(times, 50) - bareP50,
                FrameBench.percentile(times, 95) - bareP95);
    }

    /** {@code count} arrows between random pairs of stocked sites, each a lane and class of its own. */
    static List<FlowsLayer.Arrow> arrows(int count, long seed) {
        List<Node> sites = SyntheticNetwork.nodes(400, seed).stream()
                .filter(n -> n.type().holdsStock())
                .toList();
        Random random = new Random(seed);
        Set<String> used = new HashSet<>();
        List<FlowsLayer.Leg> legs = new ArrayList<>();
        TemperatureClass[] classes = TemperatureClass.values();
        long id = 1;
        while (legs.size() < count) {
            Node from = sites.get(random.nextInt(sites.size()));
            Node to = sites.get(random.nextInt(sites.size()));
            TemperatureClass c = classes[random.nextInt(classes.length)];
            if (from == to || !used.add(from.code() + ">" + to.code() + c)) {
                continue;
            }
            long q = 1 + (long) (Math.pow(random.nextDouble(), 3) * 600);
            legs.add(new FlowsLayer.Leg(
                    id++,
                    NodeCode.of(from.code().value()),
                    to.code(),
                    from.location(),
                    to.location(),
                    c,
                    q,
                    random.nextDouble() < 0.2,
                    "SKU-" + id,
                    "reason " + id));
        }
        FlowsLayer layer = new FlowsLayer();
        layer.setLegs(legs);
        return layer.arrows();
    }
}

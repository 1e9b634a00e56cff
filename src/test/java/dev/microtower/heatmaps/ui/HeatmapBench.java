package dev.microtower.heatmaps.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.DemoDatabase;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stock heatmap in the real window on the Bay Area demo: switch on to first colours, cold
 * (first after opening: the history read and the forecast) and warm (switched on again after a
 * stock change: the forecast kept, stock and targets read again). The references, measured in the
 * same run after the window closed: the forecast alone on a fresh session, and a plain read of the
 * 84-day order history. Run: {@code flock /tmp/maven.lock ./mvnw -B -ntp -o -Pbench test
 * -Dtest=HeatmapBench -Dmicrotower.bench.db=/tmp/demo/db}.
 */
@Tag("bench")
class HeatmapBench {
    @TempDir
    Path dir;

    @Test
    void stockHeatmapFirstColoursOnTheDemoNetwork() throws Exception {
        Path file = DemoDatabase.in(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, window::mapComplete);
        StockHeatLayer layer = window.module(HeatmapsModule.class).stockLayer();
        // every colouring, also one equal to the last (a stock change that moved no band)
        AtomicInteger colourings = new AtomicInteger();
        FxToolkit.setupFixture(() -> layer.readingsProperty().addListener(o -> {
            colourings.incrementAndGet();
            layer.readingsProperty().get(); // valid again, so the next colouring is heard too
        }));

        double cold = switchOn(layer, colourings);
        FxToolkit.setupFixture(() -> {
            layer.shownProperty().set(false);
            window.changes().publish(window.scenario(), Set.of(DataKind.STOCK));
        });
        double warm = switchOn(layer, colourings);
        Map<NodeCode, SiteReading> readings = layer.readingsProperty().get();
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });

        double forecast;
        double read;
        try (OpenSession session = OpenSession.on(Database.open(file))) {
            long t0 = System.nanoTime();
            session.get(PlanningService.class).forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            forecast = (System.nanoTime() - t0) / 1e9;
            OrderRepository orders = session.get(OrderRepository.class);
            LocalDate last =
                    orders.span().orElseThrow()[1].atZone(ZoneOffset.UTC).toLocalDate();
            t0 = System.nanoTime();
            orders.findBetween(
                    last.minusDays(83).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            read = (System.nanoTime() - t0) / 1e9;
        }
        System.out.printf(
                "%n[bench] stock heatmap, demo (%d sites coloured): switch on to first colours cold %.2f s (target <= 5 s),"
                        + " warm after a stock change %.2f s (target <= 2 s); reference in the same run: the forecast"
                        + " alone on a fresh session %.2f s, a plain read of the 84-day order history %.2f s; cores %d%n",
                readings.size(),
                cold,
                warm,
                forecast,
                read,
                Runtime.getRuntime().availableProcessors());
        assertFalse(readings.isEmpty(), "the sites are coloured");
    }

    private static double switchOn(StockHeatLayer layer, AtomicInteger colourings) throws Exception {
        int before = colourings.get();
        long t0 = System.nanoTime();
        FxToolkit.setupFixture(() -> layer.shownProperty().set(true));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> colourings.get() > before);
        return (System.nanoTime() - t0) / 1e9;
    }
}

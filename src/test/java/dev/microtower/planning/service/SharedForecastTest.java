package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.engine.Planner;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy that differs from its parent only in what does not feed the forecast (nothing yet, or
 * stock and rules) takes its parent's forecast instead of making its own; once its sites differ it
 * forecasts for itself. A real H2 file holding the mini demo.
 */
class SharedForecastTest {
    @TempDir
    Path dir;

    @Test
    void aFreshCopyTakesItsParentsForecastAndAnEditedOneMakesItsOwn() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            ScenarioId copy = session.get(ScenarioService.class)
                    .copy(ScenarioId.BASELINE, "copy")
                    .id();
            PlanningService planning = session.get(PlanningService.class);
            int before = planning.forecastsComputed();

            Planner.Forecasted base = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            Planner.Forecasted copied = planning.forecast(copy, Progress.NONE, Cancellation.none());
            assertEquals(before + 1, planning.forecastsComputed(), "one forecast for the baseline and its copy");
            assertSame(base.forecast(), copied.forecast());
            assertEquals(copy, copied.inputs().scenario().id(), "the copy's own inputs");

            NodeRepository nodes = session.get(NodeRepository.class);
            Node open = nodes.findAll(copy).stream()
                    .filter(Node::isStocked)
                    .findFirst()
                    .orElseThrow();
            nodes.save(copy, open.withStatus(NodeStatus.CLOSED));
            session.changed(new DataChange(copy, Set.of(DataKind.NETWORK), 1));
            Planner.Forecasted edited = planning.forecast(copy, Progress.NONE, Cancellation.none());
            assertEquals(before + 2, planning.forecastsComputed(), "a site closed: the copy forecasts again");
            assertNotSame(base.forecast(), edited.forecast());
        }
    }

    /**
     * A copy whose only change is its stored time zone counts its orders' days in that zone: it must
     * not take its parent's forecast even when both history windows end on the same day (review F1).
     * The mini demo is in the Bay Area (guessed UTC-08:00); the copy is set to UTC-07:00, and an order
     * placed at 07:30 UTC ten days before the end falls on one day in the parent and the next in the copy.
     */
    @Test
    void aCopyInAnotherTimeZoneForecastsForItself() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            OrderRepository orders = session.get(OrderRepository.class);
            Instant newest = orders.span().orElseThrow()[1];
            Order model = orders.findBetween(newest, newest.plusSeconds(1)).get(0);
            Instant boundary = newest.truncatedTo(ChronoUnit.DAYS)
                    .minus(10, ChronoUnit.DAYS)
                    .plus(7 * 60 + 30, ChronoUnit.MINUTES);
            orders.saveAll(List.of(new Order(
                    OrderCode.of("SO-BOUNDARY"),
                    boundary,
                    boundary.plusSeconds(3 * 3600),
                    model.channel(),
                    model.customer(),
                    null,
                    model.lines())));
            ScenarioId copy = session.get(ScenarioService.class)
                    .copy(ScenarioId.BASELINE, "copy")
                    .id();
            session.get(ScenarioRepository.class).setTimeZone(copy, ZoneOffset.ofHours(-7));
            PlanningService planning = session.get(PlanningService.class);
            planning.clear();
            int before = planning.forecastsComputed();

            Planner.Forecasted base = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            Planner.Forecasted moved = planning.forecast(copy, Progress.NONE, Cancellation.none());
            assertEquals(ZoneOffset.ofHours(-8), base.timeZone());
            assertEquals(ZoneOffset.ofHours(-7), moved.timeZone());
            assertEquals(base.inputs().lastDay(), moved.inputs().lastDay(), "both windows end on the same day");
            assertEquals(before + 2, planning.forecastsComputed(), "the copy in another zone forecasts for itself");
            assertNotSame(base.forecast(), moved.forecast());

            LocalDate parentDay = boundary.atOffset(ZoneOffset.ofHours(-8)).toLocalDate();
            assertEquals(
                    parentDay.plusDays(1),
                    boundary.atOffset(ZoneOffset.ofHours(-7)).toLocalDate());
            double units = model.lines().stream().mapToDouble(l -> l.quantity()).sum();
            double parentNext = unitsOn(base, parentDay.plusDays(1));
            double copyNext = unitsOn(moved, parentDay.plusDays(1));
            assertTrue(
                    copyNext >= parentNext + units - 1e-9,
                    "the order counts on the next day in the copy: " + parentNext + " then " + copyNext);
        }
    }

    private static double unitsOn(Planner.Forecasted forecasted, LocalDate day) {
        int index = (int) ChronoUnit.DAYS.between(forecasted.demand().firstDay(), day);
        return forecasted.demand().series().values().stream()
                .mapToDouble(s -> s[index])
                .sum();
    }
}

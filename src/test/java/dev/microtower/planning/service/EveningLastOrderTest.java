package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.engine.Planner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * West of UTC the last order of the history can be a local-evening one, on the UTC day after its
 * local day: the window then ends a day earlier than the UTC day of the last order, and one read of
 * the order history still serves the plan, and the backtest after a read-ahead (a real H2 file
 * holding the mini demo, in the Bay Area).
 */
class EveningLastOrderTest {
    @TempDir
    Path dir;

    @Test
    void aLocalEveningLastOrderEndsTheWindowOnItsLocalDayWithOneReadOfTheHistory() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            assertEquals(
                    ZoneOffset.ofHours(-8),
                    NetworkTimeZone.guess(session.get(NodeRepository.class).findAll(ScenarioId.BASELINE)));
            OrderRepository orders = session.get(OrderRepository.class);
            Instant newest = orders.span().orElseThrow()[1];
            Order model = orders.findBetween(newest, newest.plusSeconds(1)).get(0);
            LocalDate lastUtcDay = newest.atZone(ZoneOffset.UTC).toLocalDate();
            // 18:00 in the Bay Area on the last day: 02:00 UTC on the next day
            Instant evening = lastUtcDay.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC);
            orders.saveAll(List.of(new Order(
                    OrderCode.of("SO-EVENING"),
                    evening,
                    evening.plusSeconds(3 * 3600),
                    model.channel(),
                    model.customer(),
                    null,
                    model.lines())));

            PlanningService planning = session.get(PlanningService.class);
            planning.clear();
            int before = planning.historyReads();
            Planner.Forecasted plan = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            assertEquals(lastUtcDay, plan.inputs().lastDay(), "the local day of the evening order");
            assertEquals(lastUtcDay.plusDays(1), plan.forecast().firstDay());
            assertEquals(before + 1, planning.historyReads(), "the window moved back a day takes a slice of the read");

            planning.clear();
            before = planning.historyReads();
            planning.readAhead(planning.defaultBacktest().historyDaysNeeded(), Cancellation.none());
            planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            planning.backtest(ScenarioId.BASELINE, planning.defaultBacktest(), Progress.NONE, Cancellation.none());
            assertEquals(before + 1, planning.historyReads(), "one read for the plan and the backtest");
        }
    }
}

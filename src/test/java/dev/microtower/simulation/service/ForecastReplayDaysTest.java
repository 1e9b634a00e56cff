package dev.microtower.simulation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.simulation.domain.SimulationInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay of the forecast counts the planner's days (a real H2 file holding the mini demo, in the
 * Bay Area, with local-evening orders added, which lie on the next UTC day): its time zone is the
 * planner's, its period is the forecast horizon, and every forecast order lies on the local day it
 * is named after.
 */
class ForecastReplayDaysTest {
    @TempDir
    Path dir;

    /** A copy of the newest order at 19:00 Bay Area time (03:00 UTC next day) on each of its last 28 days. */
    private static void addEveningOrders(OrderRepository orders) {
        Instant newest = orders.span().orElseThrow()[1];
        Order model = orders.findBetween(newest, newest.plusSeconds(1)).get(0);
        ZoneOffset bayArea = ZoneOffset.ofHours(-8);
        LocalDate last = newest.atOffset(bayArea).toLocalDate();
        List<Order> evening = new ArrayList<>();
        for (int d = 0; d < 28; d++) {
            Instant at = last.minusDays(d).atTime(19, 0).toInstant(bayArea);
            evening.add(new Order(
                    OrderCode.of("EV-" + d),
                    at,
                    at.plus(Duration.ofHours(3)),
                    model.channel(),
                    model.customer(),
                    model.fulfilledBy(),
                    model.lines()));
        }
        orders.saveAll(evening);
    }

    @Test
    void theForecastReplaysDaysAreThePlannersLocalDays() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            addEveningOrders(session.get(OrderRepository.class));
            Planner.Forecasted forecasted = session.get(PlanningService.class)
                    .forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            ZoneOffset zone = forecasted.zone();
            assertEquals(ZoneOffset.ofHours(-8), zone);
            assertTrue(
                    forecasted.inputs().history().stream()
                            .anyMatch(o -> o.createdAt().atOffset(zone).getHour() >= 16),
                    "the history has local-evening orders");

            SimulationInputs in = session.get(SimulationService.class)
                    .inputs(
                            SimulationService.Request.of(ScenarioId.BASELINE).overForecast(),
                            Progress.NONE,
                            Cancellation.none());

            assertEquals(zone, in.offset());
            LocalDate first = forecasted.forecast().firstDay();
            assertEquals(first, in.firstDay());
            assertEquals(first.plusDays(forecasted.forecast().horizonDays() - 1L), in.lastDay());
            int n = 0;
            int evening = 0;
            for (Order o : in.orders()) {
                if (o.code().value().contains("-EV-")) {
                    evening++;
                }
                LocalDate day = o.createdAt().atOffset(zone).toLocalDate();
                assertTrue(o.code().value().startsWith("F" + day + "-"), o.code() + " at " + o.createdAt());
                assertFalse(
                        day.isBefore(in.firstDay()) || day.isAfter(in.lastDay()),
                        o.code().value());
                n++;
            }
            assertTrue(evening > 0, "evening orders are repeated");
            assertTrue(n > evening);
        }
    }
}

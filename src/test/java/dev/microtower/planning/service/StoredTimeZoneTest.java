package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.engine.Planner;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network time zone stored with a scenario decides the local day of every order: the history
 * window ends on the stored zone's day of the last order, not the guessed one's (a real H2 file
 * holding the mini demo, in the Bay Area, whose guess is UTC−8).
 */
class StoredTimeZoneTest {
    @TempDir
    Path dir;

    @Test
    void theStoredZoneMovesTheDayBoundaryOfTheHistoryWindow() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            OrderRepository orders = session.get(OrderRepository.class);
            Instant newest = orders.span().orElseThrow()[1];
            Order model = orders.findBetween(newest, newest.plusSeconds(1)).get(0);
            LocalDate lastUtcDay = newest.atZone(ZoneOffset.UTC).toLocalDate();
            // 02:00 UTC on the day after: 18:00 the evening before in the Bay Area, 11:00 in Tokyo
            Instant late = lastUtcDay.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC);
            orders.saveAll(List.of(new Order(
                    OrderCode.of("SO-LATE"),
                    late,
                    late.plusSeconds(3 * 3600),
                    model.channel(),
                    model.customer(),
                    null,
                    model.lines())));
            PlanningService planning = session.get(PlanningService.class);
            ScenarioRepository scenarios = session.get(ScenarioRepository.class);

            planning.clear();
            Planner.Forecasted guessed = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            assertEquals(ZoneOffset.ofHours(-8), guessed.timeZone(), "unset: guessed from the sites");
            assertEquals(lastUtcDay, guessed.inputs().lastDay(), "the Bay Area evening is the day before");

            scenarios.setTimeZone(ScenarioId.BASELINE, ZoneId.of("Asia/Tokyo"));
            planning.changed(new DataChange(ScenarioId.BASELINE, EnumSet.of(DataKind.NETWORK), 1));
            Planner.Forecasted tokyo = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            assertEquals(ZoneId.of("Asia/Tokyo"), tokyo.timeZone());
            assertEquals(ZoneOffset.ofHours(9), tokyo.zone(), "the replay's offset");
            assertEquals(lastUtcDay.plusDays(1), tokyo.inputs().lastDay(), "11:00 in Tokyo is on the next day");
            assertEquals(lastUtcDay.plusDays(2), tokyo.forecast().firstDay());
            double units = model.lines().stream().mapToDouble(l -> l.quantity()).sum();
            double lastDayUnits = tokyo.demand().series().values().stream()
                    .mapToDouble(s -> s[s.length - 1])
                    .sum();
            assertTrue(lastDayUnits >= units, "the late order's units count on Tokyo's last day: " + lastDayUnits);
            assertEquals(ZoneId.of("Asia/Tokyo"), planning.timeZone(ScenarioId.BASELINE), "what the window shows");
            assertEquals(
                    ZoneId.of("Asia/Tokyo"),
                    planning.backtest(
                                    ScenarioId.BASELINE, planning.defaultBacktest(), Progress.NONE, Cancellation.none())
                            .timeZone(),
                    "the backtest carries the zone it counted its days in, for the panel to name");

            Scenario copy = scenarios.copy(ScenarioId.BASELINE, "Copy");
            assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), scenarios.findTimeZone(copy.id()), "a copy keeps it");

            scenarios.setTimeZone(ScenarioId.BASELINE, null);
            planning.changed(new DataChange(ScenarioId.BASELINE, EnumSet.of(DataKind.NETWORK), 1));
            assertEquals(
                    lastUtcDay,
                    planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none())
                            .inputs()
                            .lastDay(),
                    "cleared: guessed again");
        }
    }

    @Test
    void aZoneThatDoesNotExistIsRefusedWithAMessageForThePlanner() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> NetworkTimeZone.parse("Mars/Olympus"));
        assertEquals(
                "'Mars/Olympus' is not a time zone: give a region such as Europe/Paris or America/Sao_Paulo, or an"
                        + " offset from UTC such as -03:00 (from -12:00 to +14:00)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetworkTimeZone.parse("PST"), "ambiguous abbreviation");
        assertThrows(IllegalArgumentException.class, () -> NetworkTimeZone.parse("+19:00"), "out of range");
        assertThrows(IllegalArgumentException.class, () -> NetworkTimeZone.parse(" "));
        assertEquals(ZoneOffset.ofHours(-3), NetworkTimeZone.parse("-03:00"));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), NetworkTimeZone.parse("UTC+5:30"));
        assertEquals(ZoneOffset.UTC, NetworkTimeZone.parse("utc"));
        assertEquals(ZoneId.of("America/Sao_Paulo"), NetworkTimeZone.parse(" America/Sao_Paulo "));
    }
}

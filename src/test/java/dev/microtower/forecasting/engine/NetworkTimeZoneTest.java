package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTimeZoneTest {
    private static final Node OAKLAND =
            DemandBuilderTest.node("MFC-OAK", NodeType.MICRO_FULFILLMENT_CENTER, 37.80, -122.27, null);
    private static final Node SAN_JOSE =
            DemandBuilderTest.node("MFC-SJ", NodeType.MICRO_FULFILLMENT_CENTER, 37.34, -121.89, null);

    private static Order at(String code, String instant) {
        return new Order(
                OrderCode.of(code),
                Instant.parse(instant),
                null,
                "web",
                new GeoPoint(37.80, -122.27),
                NodeCode.of("MFC-OAK"),
                List.of(new OrderLine(1, SkuCode.of("MILK"), 1)));
    }

    @Test
    void theTimeZoneIsGuessedFromTheSitesLongitude() {
        assertEquals(ZoneOffset.ofHours(-8), NetworkTimeZone.guess(List.of(OAKLAND, SAN_JOSE)));
        assertEquals(
                ZoneOffset.ofHours(1),
                NetworkTimeZone.guess(
                        List.of(DemandBuilderTest.node("DS-BER", NodeType.DARK_STORE, 52.5, 13.4, null))));
        assertEquals(ZoneOffset.UTC, NetworkTimeZone.guess(List.of()));
        // both sides of the date line: the circular mean stays in the Pacific
        assertEquals(
                ZoneOffset.ofHours(-12),
                NetworkTimeZone.guess(List.of(
                        DemandBuilderTest.node("DS-FJ", NodeType.DARK_STORE, -18.1, 178.4, null),
                        DemandBuilderTest.node("DS-WS", NodeType.DARK_STORE, -13.8, -172.1, null))));
    }

    @Test
    void anEveningOrderCountsOnItsLocalDayNotOnTheNextUtcDay() {
        List<Node> network = List.of(OAKLAND, SAN_JOSE);
        // 20:30 on 1 June in Oakland (UTC-8 by the guess) is 04:30 UTC on 2 June
        List<Order> orders = List.of(
                at("SO-EVENING", "2026-06-02T04:30:00Z"),
                at("SO-LATE", "2026-06-02T07:59:00Z"),
                at("SO-NEXT-MORNING", "2026-06-02T08:00:00Z"));
        LocalDate first = LocalDate.of(2026, 6, 1);
        DemandHistory local = new DemandBuilder(network, List.of(), NetworkTimeZone.guess(network))
                .build(orders, first, first.plusDays(1));
        double[] milk = local.demand(SeriesKey.of(NodeCode.of("MFC-OAK"), SkuCode.of("MILK")));
        assertEquals(2, milk[0], 1e-12);
        assertEquals(1, milk[1], 1e-12);

        DemandHistory utc =
                new DemandBuilder(network, List.of(), ZoneOffset.UTC).build(orders, first, first.plusDays(1));
        double[] milkUtc = utc.demand(SeriesKey.of(NodeCode.of("MFC-OAK"), SkuCode.of("MILK")));
        assertEquals(0, milkUtc[0], 1e-12);
        assertEquals(3, milkUtc[1], 1e-12);
    }
}

package dev.microtower.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.UserFacing;
import dev.microtower.orders.domain.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredOrdersTest {
    @Test
    void ordersThatAreNotTheForecastsAreRefusedInTheUsersWords() {
        DeferredOrders orders = new DeferredOrders(2, List::<Order>of);
        assertEquals(2, orders.size());
        assertFalse(orders.isRead());
        RuntimeException e = assertThrows(RuntimeException.class, () -> orders.get(0));
        // shown as it is by the window (ui.framework.Failures) and the command line (FriendlyErrors)
        assertInstanceOf(UserFacing.class, e);
        assertTrue(e.getMessage().startsWith("The order history changed"), e.getMessage());
        assertTrue(e.getMessage().contains("Run it again"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(orders.isRead(), "nothing kept from a wrong read");
    }
}

package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import java.time.LocalDate;

/**
 * An order line no site could fulfil (lost, or still backordered when the period ended): the day,
 * the order, the SKU and units, and the site that would have served the customer ({@code null}
 * when the customer lies in no site's zone).
 */
public record LostLine(LocalDate day, OrderCode order, SkuCode sku, int units, NodeCode homeSite) {}

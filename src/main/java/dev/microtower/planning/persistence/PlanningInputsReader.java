package dev.microtower.planning.persistence;

import dev.microtower.allocation.persistence.RuleRepository;
import dev.microtower.inventory.persistence.SkuRepository;
import dev.microtower.inventory.persistence.StockRepository;
import dev.microtower.network.persistence.NodeRepository;
import dev.microtower.orders.persistence.OrderRepository;
import dev.microtower.persistence.Database;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.persistence.ScenarioRepository;
import dev.microtower.zones.persistence.ZoneRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads a scenario's {@link PlanningInputs}, the order history ending on the day of the last order. */
public final class PlanningInputsReader {
    /** Twelve weeks: enough for weekly seasonality and for the forecast's hold-out. */
    public static final int DEFAULT_HISTORY_DAYS = 84;

    /** The fewest days a forecast can be made from: three weeks. */
    public static final int MIN_HISTORY_DAYS = 21;

    private final Database database;

    public PlanningInputsReader(Database database) {
        this.database = database;
    }

    public PlanningInputs read(Scenario scenario, int historyDays) {
        if (historyDays < MIN_HISTORY_DAYS) {
            throw new IllegalArgumentException(
                    "the history must span at least " + MIN_HISTORY_DAYS + " days (three weeks), not " + historyDays);
        }
        var id = scenario.id();
        OrderRepository orders = new OrderRepository(database);
        LocalDate last = orders.span()
                .map(span -> span[1].atZone(ZoneOffset.UTC).toLocalDate())
                .orElse(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        LocalDate first = last.minusDays(historyDays - 1L);
        return new PlanningInputs(
                scenario,
                new NodeRepository(database).findAll(id),
                new SkuRepository(database).findAll(),
                new StockRepository(database).findAll(id),
                new ZoneRepository(database).findAll(id),
                new RuleRepository(database).findAll(id),
                new ScenarioRepository(database).findMultipliers(id),
                orders.findBetween(
                        first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                first,
                last);
    }
}

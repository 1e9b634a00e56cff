package dev.microtower.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.engine.AllocationEngine;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.allocation.persistence.RuleRepository;
import dev.microtower.common.ScenarioId;
import dev.microtower.common.SkuCode;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.forecasting.engine.DemandClassifier;
import dev.microtower.forecasting.engine.ForecastEngine;
import dev.microtower.forecasting.engine.ForecastSettings;
import dev.microtower.importexport.FormulaGuard;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.persistence.SkuRepository;
import dev.microtower.inventory.persistence.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.persistence.NodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.persistence.OrderRepository;
import dev.microtower.persistence.DataLocation;
import dev.microtower.persistence.Database;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.rebalancing.persistence.PlanRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.persistence.ScenarioRepository;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.persistence.ZoneRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: forecasts demand, sets targets from the allocation rules, proposes transfers and
 * replenishments, stores the plan run and writes the suggestions to a CSV file.
 */
@Command(
        name = "plan",
        description = "Forecast, set targets and propose transfers; store the plan run and write it as CSV.")
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to plan (default: the baseline).")
    String scenarioName;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "CSV file for the suggestions.")
    Path out;

    @Option(
            names = "--history-days",
            paramLabel = "DAYS",
            defaultValue = "84",
            description =
                    "Days of order history to forecast from, ending at the last order (default: ${DEFAULT-VALUE}).")
    int historyDays;

    @Option(
            names = "--fixed-cost",
            paramLabel = "AMOUNT",
            description = "Fixed cost per shipment (default: "
                    + RebalancingSettings.DEFAULT_FIXED_COST_TEXT
                    + "); 0 keeps the exact per-SKU flows.")
    Double fixedCost;

    @Override
    public Integer call() {
        if (historyDays < 21) {
            throw new CommandException("--history-days must be at least 21 (three weeks), not " + historyDays);
        }
        if (fixedCost != null && !(fixedCost >= 0)) {
            throw new CommandException("--fixed-cost must not be negative");
        }
        PrintWriter console = spec.commandLine().getOut();
        try (Database database = Database.open(DataLocation.resolve(parent.db))) {
            Scenario scenario = ScenarioOption.resolve(database, scenarioName);
            ScenarioId id = scenario.id();
            List<Node> nodes = new NodeRepository(database).findAll(id);
            if (nodes.isEmpty()) {
                throw new CommandException("scenario '" + scenario.name() + "' has no nodes: import a network first");
            }
            List<Sku> skus = new SkuRepository(database).findAll();
            List<StockLevel> stock = new StockRepository(database).findAll(id);
            List<DeliveryZone> zones = new ZoneRepository(database).findAll(id);
            var rules = new RuleRepository(database).findAll(id);
            List<DemandMultiplier> multipliers = new ScenarioRepository(database).findMultipliers(id);
            OrderRepository orders = new OrderRepository(database);

            long t0 = System.nanoTime();
            LocalDate last = orders.span()
                    .map(span -> span[1].atZone(ZoneOffset.UTC).toLocalDate())
                    .orElse(LocalDate.now(ZoneOffset.UTC).minusDays(1));
            LocalDate first = last.minusDays(historyDays - 1L);
            List<Order> history = orders.findBetween(
                    first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            DemandHistory demand = new DemandBuilder(nodes, zones, ZoneOffset.UTC).build(history, first, last);
            Map<SkuCode, String> category = new HashMap<>();
            skus.forEach(s -> category.put(s.code(), s.category()));
            DemandClasses classes = DemandClassifier.defaults().classify(demand, category.keySet());
            NetworkForecast forecast =
                    new ForecastEngine(ForecastSettings.DEFAULT).forecast(demand, category::get, multipliers);
            AllocationPlan allocation =
                    new AllocationEngine(AllocationSettings.DEFAULT).plan(nodes, skus, forecast, classes, rules);
            RebalancingSettings settings = fixedCost == null
                    ? RebalancingSettings.DEFAULT
                    : RebalancingSettings.DEFAULT.withFixedCostPerShipment(fixedCost);
            RebalancingPlan plan = new RebalancingEngine(settings).plan(nodes, skus, stock, allocation);
            double seconds = (System.nanoTime() - t0) / 1e9;

            writeCsv(plan.suggestions());
            String inputs = String.format(
                    Locale.ROOT,
                    "scenario '%s': %d nodes, %d SKUs, %d stock rows, %d zones, %d rules, %d demand multipliers;"
                            + " %d orders %s..%s; forecast from %s for %d days",
                    scenario.name(),
                    nodes.size(),
                    skus.size(),
                    stock.size(),
                    zones.size(),
                    rules.size(),
                    multipliers.size(),
                    history.size(),
                    first,
                    last,
                    forecast.firstDay(),
                    forecast.horizonDays());
            PlanRunId run = new PlanRepository(database).save(id, inputs, plan);
            printSummary(console, inputs, demand, forecast, allocation, plan.summary(), run, seconds);
        }
        return 0;
    }

    /** Writes next to the target and moves into place, so a failed write never leaves half a file. */
    private void writeCsv(List<TransferSuggestion> suggestions) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    CsvWriter csv =
                            CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
                csv.writeRecord("from", "to", "sku", "kind", "quantity", "distance_km", "cost", "reason");
                for (TransferSuggestion s : suggestions) {
                    csv.writeRecord(
                            FormulaGuard.protect(s.from().value()),
                            FormulaGuard.protect(s.to().value()),
                            FormulaGuard.protect(s.sku().value()),
                            s.kind().name(),
                            Long.toString(s.quantity()),
                            String.format(Locale.ROOT, "%.2f", s.distanceKm()),
                            String.format(Locale.ROOT, "%.2f", s.cost()),
                            FormulaGuard.protect(s.reason()));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandException("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file stays behind; the target was not touched
                }
            }
        }
    }

    private void printSummary(
            PrintWriter console,
            String inputs,
            DemandHistory demand,
            NetworkForecast forecast,
            AllocationPlan allocation,
            PlanSummary s,
            PlanRunId run,
            double seconds) {
        console.println("inputs: " + inputs);
        console.printf(
                Locale.ROOT,
                "demand: %d orders in a delivery zone, %d via pickup points, %d to the nearest node, %d unassigned%n",
                demand.ordersInZone(),
                demand.ordersViaPickupPoint(),
                demand.ordersToNearestNode(),
                demand.ordersUnassigned());
        console.printf(
                Locale.ROOT,
                "forecast: %d series, network MASE %.3f (seasonal naive %.3f), methods %s%n",
                forecast.series().size(),
                forecast.networkMase(),
                forecast.networkMaseSeasonalNaive(),
                forecast.methodCounts());
        console.printf(
                Locale.ROOT,
                "targets: %d node x SKU, %d capacity cuts, %d rule warnings%n",
                allocation.targets().size(),
                allocation.reductions().size(),
                allocation.warnings().size());
        for (RuleWarning w : allocation.warnings().stream().limit(10).toList()) {
            console.println("  warning " + w.kind() + ": " + w.message());
        }
        console.printf(
                Locale.ROOT, "plan run %s: %d suggestions, %d units moved%n", run, s.suggestions(), s.unitsMoved());
        console.printf(
                Locale.ROOT,
                "cost: transport %.2f + %d shipments x %.2f + shortage penalties %.2f = %.2f"
                        + " (exact per-SKU flows before the shipment heuristic: %d shipments, %.2f)%n",
                s.transportCost(),
                s.shipments(),
                s.fixedCostPerShipment(),
                s.shortagePenaltyCost(),
                s.totalCost(),
                s.exactShipments(),
                s.exactTotalCost());
        console.printf(
                Locale.ROOT,
                "stockouts before replenishment can arrive: %d without the plan, %d with it (%d avoided; units short %d -> %d)%n",
                s.stockoutsBefore(),
                s.stockoutsAfter(),
                s.stockoutsAvoided(),
                s.unitsShortBefore(),
                s.unitsShortAfter());
        console.printf(Locale.ROOT, "wrote %s (%.1f s)%n", out, seconds);
        console.flush();
    }
}

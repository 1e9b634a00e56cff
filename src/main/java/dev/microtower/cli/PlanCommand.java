package dev.microtower.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.app.OpenSession;
import dev.microtower.app.Stores;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.Range;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.engine.BacktestSettings;
import dev.microtower.importexport.FormulaGuard;
import dev.microtower.importexport.TransferExport;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.planning.store.jooq.JooqForecastStore;
import dev.microtower.rebalancing.domain.LostSaleBasis;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.rebalancing.service.RebalancingService;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.store.DataLocation;
import dev.microtower.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    TimeZoneOption timeZone;

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

    @Option(
            names = "--lost-sale",
            paramLabel = "BASIS",
            description = "What a lost sale costs: MARGIN (price - cost, the default) or PRICE.")
    LostSaleBasis lostSale;

    @Option(
            names = "--least-shortage-cost",
            paramLabel = "AMOUNT",
            description = "Least cost of a unit left short of target, whatever the SKU earns (default: 1.50).")
    Double leastShortageCost;

    @Option(
            names = "--holding-rate",
            paramLabel = "SHARE",
            description = "Holding cost per year as a share of the unit cost (default: 0.25).")
    Double holdingRate;

    @Option(
            names = "--ambient-cost",
            paramLabel = "AMOUNT",
            description = "Transport cost per unit and km, ambient (default: 0.010).")
    Double ambientCost;

    @Option(
            names = "--chilled-cost",
            paramLabel = "AMOUNT",
            description = "Transport cost per unit and km, chilled (default: 0.018).")
    Double chilledCost;

    @Option(
            names = "--frozen-cost",
            paramLabel = "AMOUNT",
            description = "Transport cost per unit and km, frozen (default: 0.025).")
    Double frozenCost;

    @Override
    public Integer call() {
        if (historyDays < PlanningService.MIN_HISTORY_DAYS) {
            throw new CommandException("--history-days must be at least " + PlanningService.MIN_HISTORY_DAYS
                    + " (three weeks), not " + historyDays);
        }
        if (fixedCost != null && !(fixedCost >= 0)) {
            throw new CommandException("--fixed-cost must not be negative");
        }
        RebalancingSettings settings = settings();
        PrintWriter console = spec.commandLine().getOut();
        ZoneId zone = timeZone.zone();
        try (OpenSession session = OpenSession.on(Database.open(DataLocation.resolve(parent.db)))) {
            Scenario scenario = ScenarioOption.resolve(session.database(), scenarioName);
            ScenarioId id = scenario.id();
            Stores stores = session.stores();
            if (stores.nodes().count(id) == 0) {
                throw new CommandException("scenario '" + scenario.name() + "' has no nodes: import a network first");
            }
            if (zone != null) {
                TimeZoneOption.store(session, scenario, zone, console);
            }
            PlanningService planning = historyDays == PlanningService.DEFAULT_HISTORY_DAYS
                    ? session.get(PlanningService.class)
                    : new PlanningService(
                            new PlanningService.Sources(
                                    stores.nodes(),
                                    stores.skus(),
                                    stores.stock(),
                                    stores.orders(),
                                    stores.zones(),
                                    stores.rules(),
                                    stores.scenarios(),
                                    new JooqForecastStore(session.database())),
                            session.get(PlanningService.class).planner(),
                            historyDays);
            RebalancingService rebalancing = new RebalancingService(planning, stores.plans(), TransferExport::write);

            int takenBefore = planning.storedForecastsUsed();
            int keptBefore = planning.forecastsStored();
            int notKeptBefore = planning.forecastsNotKept();
            long t0 = System.nanoTime();
            // one read of the order history for the plan and the backtest printed with it
            BacktestSettings backtestSettings = planning.defaultBacktest();
            planning.readAhead(Math.max(historyDays, backtestSettings.historyDaysNeeded()), Cancellation.none());
            RebalancingService.Proposal proposal =
                    rebalancing.propose(id, settings, Progress.NONE, Cancellation.none());
            double seconds = (System.nanoTime() - t0) / 1e9;
            Planner.Forecasted forecasted = proposal.forecasted();
            String forecastSource = planning.storedForecastsUsed() > takenBefore
                    ? "taken from the file, kept there by an earlier plan of the same data"
                    : planning.forecastsStored() > keptBefore
                            ? "made from the order history, kept in the file for the next plan"
                            : planning.forecastsNotKept() > notKeptBefore
                                    ? "made from the order history; " + PlanningService.FORECAST_NOT_KEPT
                                    : "made from the order history";
            // the out-of-sample figures, not the holdout score that chose each method (that one is
            // at or below seasonal naive by construction, since seasonal naive is a candidate)
            Backtest backtest = planning.backtest(id, backtestSettings, Progress.NONE, Cancellation.none());

            // the file first: a plan whose file cannot be written is not stored
            writeCsv(proposal.plan().suggestions());
            PlanRunId run = rebalancing.store(id, proposal, Progress.NONE, Cancellation.none());
            printSummary(
                    console,
                    forecasted.describeInputs(),
                    forecasted.warnings(),
                    forecasted.demand(),
                    forecasted.forecast(),
                    backtest,
                    proposal.allocation(),
                    proposal.plan().summary(),
                    run,
                    forecastSource,
                    seconds);
        }
        return 0;
    }

    /** The defaults with every flag given applied; a value out of range is refused in words. */
    private RebalancingSettings settings() {
        RebalancingSettings d = RebalancingSettings.DEFAULT;
        double fixed = check(fixedCost, d.fixedCostPerShipment(), RebalancingSettings.FIXED_COST, "--fixed-cost");
        double least = check(
                leastShortageCost,
                d.shortagePenaltyPerUnit(),
                RebalancingSettings.SHORTAGE_PENALTY,
                "--least-shortage-cost");
        double holding = check(holdingRate, d.holdingRatePerYear(), RebalancingSettings.HOLDING_RATE, "--holding-rate");
        double ambient = check(ambientCost, d.ambientPerUnitKm(), RebalancingSettings.PER_UNIT_KM, "--ambient-cost");
        double chilled = check(chilledCost, d.chilledPerUnitKm(), RebalancingSettings.PER_UNIT_KM, "--chilled-cost");
        double frozen = check(frozenCost, d.frozenPerUnitKm(), RebalancingSettings.PER_UNIT_KM, "--frozen-cost");
        return new RebalancingSettings(
                ambient, chilled, frozen, least, fixed, lostSale == null ? d.lostSaleBasis() : lostSale, holding);
    }

    private static double check(Double value, double fallback, Range range, String option) {
        if (value == null) {
            return fallback;
        }
        if (!range.contains(value)) {
            throw new CommandException(option + " must be " + range.describe() + ", not " + value);
        }
        return value;
    }

    /** Writes next to the target and moves into place, so a failed write never leaves half a file. */
    private void writeCsv(List<TransferSuggestion> suggestions) {
        Path target = out.toAbsolutePath();
        try {
            AtomicFiles.replace(target, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        CsvWriter csv = CsvWriter.builder()
                                .lineDelimiter(LineDelimiter.LF)
                                .build(w)) {
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
            });
        } catch (IOException e) {
            throw new CommandException("cannot write " + target + ": " + e.getMessage());
        }
    }

    private void printSummary(
            PrintWriter console,
            String inputs,
            List<String> warnings,
            DemandHistory demand,
            NetworkForecast forecast,
            Backtest backtest,
            AllocationPlan allocation,
            PlanSummary s,
            PlanRunId run,
            String forecastSource,
            double seconds) {
        console.println("inputs: " + inputs);
        warnings.forEach(w -> console.println("warning: " + w));
        console.printf(
                Locale.ROOT,
                "demand: %d orders in a delivery zone, %d via pickup points, %d to the nearest node, %d unassigned%n",
                demand.ordersInZone(),
                demand.ordersViaPickupPoint(),
                demand.ordersToNearestNode(),
                demand.ordersUnassigned());
        console.printf(
                Locale.ROOT,
                "forecast: %d series, methods %s; %s%n",
                forecast.series().size(),
                forecast.methodCounts(),
                forecastSource);
        backtest.describe().forEach(console::println);
        console.printf(
                Locale.ROOT,
                "targets: %d SKUs at sites, %d capacity cuts, %d rule warnings%n",
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
                "objective: transport %.2f + %d shipments x %.2f + units short of target %.2f = %.2f"
                        + " (exact per-SKU flows before the shipment heuristic: %d shipments, %.2f)%n",
                s.transportCost(),
                s.shipments(),
                s.fixedCostPerShipment(),
                s.shortagePenaltyCost(),
                s.totalCost(),
                s.exactShipments(),
                s.exactTotalCost());
        PlanSummary.Money m = s.money();
        console.printf(
                Locale.ROOT,
                "prices: transport per unit-km %.3f ambient, %.3f chilled, %.3f frozen; %.2f per shipment;"
                        + " a lost sale costs %s (at least %.2f per unit short of target); holding %.0f %% a year%n",
                m.ambientPerUnitKm(),
                m.chilledPerUnitKm(),
                m.frozenPerUnitKm(),
                s.fixedCostPerShipment(),
                LostSaleBasis.valueOf(m.lostSaleBasis()).label(),
                leastShortageCost == null ? RebalancingSettings.DEFAULT.shortagePenaltyPerUnit() : leastShortageCost,
                100 * m.holdingRatePerYear());
        console.printf(
                Locale.ROOT,
                "expected lost sales before replenishment can arrive: %.1f units (%.2f) without the plan,"
                        + " %.1f (%.2f) with it: avoids ~%.1f (≈ %.2f) for %.2f transport and shipments;"
                        + " holding %.2f a week%n",
                m.lostSalesBefore(),
                m.lostSaleCostBefore(),
                m.lostSalesAfter(),
                m.lostSaleCostAfter(),
                m.lostSalesAvoided(),
                m.lostSaleCostAvoided(),
                s.transportCost() + s.fixedCost(),
                m.holdingCostPerWeek());
        console.printf(
                Locale.ROOT,
                "stockouts before replenishment can arrive: %d without the plan, %d with it (%d avoided; units short"
                        + " %d -> %d)%n",
                s.stockoutsBefore(),
                s.stockoutsAfter(),
                s.stockoutsAvoided(),
                s.unitsShortBefore(),
                s.unitsShortAfter());
        console.printf(Locale.ROOT, "wrote %s (%.1f s)%n", out, seconds);
        console.flush();
    }
}

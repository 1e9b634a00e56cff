package dev.microtower.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.app.OpenSession;
import dev.microtower.compare.engine.KpiFormat;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.compare.service.CompareService;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.importexport.FormulaGuard;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.store.DataLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code risk-scan}: closes each open stocking site of a scenario in turn, in memory, and ranks the
 * sites by what losing them would cost: orders losing same-day coverage, forecast demand to move
 * elsewhere, stock stranded, and the network planned again without the site (stockouts left after
 * the plan and the plan's cost, against the plan with every site open). Nothing is written to the
 * database.
 */
@Command(
        name = "risk-scan",
        description = "Close each open site in turn (in memory), plan the network again without it, and rank the"
                + " sites by the coverage lost and the plan's stockouts and cost.")
final class RiskScanCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to scan (default: the baseline).")
    String scenarioName;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the ranking to this CSV file.")
    Path out;

    @Override
    public Integer call() {
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            Scenario scenario = ScenarioOption.resolve(session, scenarioName);
            if (session.get(NodeRepository.class).count(scenario.id()) == 0) {
                throw new CommandException("scenario '" + scenario.name() + "' has no sites: import a network first");
            }
            long t0 = System.nanoTime();
            RiskScan.Result result =
                    session.get(CompareService.class).riskScan(scenario.id(), Progress.NONE, Cancellation.none());
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (out != null) {
                writeCsv(result);
            }
            print(spec.commandLine().getOut(), scenario, result, seconds);
        }
        return 0;
    }

    private void print(PrintWriter console, Scenario scenario, RiskScan.Result result, double seconds) {
        console.printf(
                Locale.ROOT,
                "scenario '%s': same-day coverage %.1f%% of %,d orders with every site open; %d open sites closed"
                        + " in turn, worst first%n",
                scenario.name(),
                result.coveragePercent(),
                result.orders(),
                result.ranked().size());
        RiskScan.PlanImpact open = result.plan();
        console.printf(
                Locale.ROOT,
                "the plan with every site open leaves %,d units short (%,d products short at a site) and costs %,.0f;"
                        + " each site's plan is made again without it (in brackets: the difference)%n",
                open.unitsShortAfterPlan(),
                open.stockoutsAfterPlan(),
                open.planCost());
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(
                "rank",
                "site",
                "name",
                "orders losing same-day",
                "coverage after",
                "demand units/day",
                "stock units",
                "units short after plan",
                "products short at a site",
                "plan cost"));
        int rank = 1;
        for (RiskScan.SiteRisk r : result.ranked()) {
            lines.add(List.of(
                    Integer.toString(rank++),
                    r.site().code().value(),
                    r.site().name(),
                    KpiFormat.value(r.ordersLosingCoverage(), ""),
                    KpiFormat.value(r.coverageAfterPercent(), "%"),
                    String.format(Locale.ROOT, "%,.1f", r.forecastUnitsPerDay()),
                    KpiFormat.value(r.stockUnits(), ""),
                    planCell(
                            r.plan() == null ? Double.NaN : r.plan().unitsShortAfterPlan(), open.unitsShortAfterPlan()),
                    planCell(r.plan() == null ? Double.NaN : r.plan().stockoutsAfterPlan(), open.stockoutsAfterPlan()),
                    planCell(r.plan() == null ? Double.NaN : r.plan().planCost(), open.planCost())));
        }
        TextTable.print(console, lines);
        console.printf(Locale.ROOT, "%s(%.1f s)%n", out == null ? "" : "wrote " + out + " ", seconds);
        console.flush();
    }

    private static String planCell(double closed, double open) {
        return KpiFormat.value(Math.rint(closed), "") + " (" + KpiFormat.delta(Math.rint(closed) - Math.rint(open), "")
                + ")";
    }

    /** Writes beside the target and moves into place, so a failed write never leaves half a file. */
    private void writeCsv(RiskScan.Result result) {
        Path target = out.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicFiles.replace(target, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        CsvWriter csv = CsvWriter.builder()
                                .lineDelimiter(LineDelimiter.LF)
                                .build(w)) {
                    csv.writeRecord(
                            "rank",
                            "site",
                            "name",
                            "type",
                            "orders_losing_same_day",
                            "coverage_before_percent",
                            "coverage_after_percent",
                            "forecast_units_per_day",
                            "stock_units",
                            "capacity_units",
                            "stockouts_after_plan",
                            "stockouts_after_plan_every_site_open",
                            "units_short_after_plan",
                            "units_short_after_plan_every_site_open",
                            "plan_cost",
                            "plan_cost_every_site_open",
                            "explanation");
                    int rank = 1;
                    for (RiskScan.SiteRisk r : result.ranked()) {
                        csv.writeRecord(
                                Integer.toString(rank++),
                                FormulaGuard.protect(r.site().code().value()),
                                FormulaGuard.protect(r.site().name()),
                                r.site().type().label(),
                                Long.toString(r.ordersLosingCoverage()),
                                KpiFormat.plain(result.coveragePercent()),
                                KpiFormat.plain(r.coverageAfterPercent()),
                                KpiFormat.plain(r.forecastUnitsPerDay()),
                                Long.toString(r.stockUnits()),
                                Long.toString(r.capacityUnits()),
                                Integer.toString(r.plan().stockoutsAfterPlan()),
                                Integer.toString(result.plan().stockoutsAfterPlan()),
                                Long.toString(r.plan().unitsShortAfterPlan()),
                                Long.toString(result.plan().unitsShortAfterPlan()),
                                KpiFormat.plain(r.plan().planCost()),
                                KpiFormat.plain(result.plan().planCost()),
                                FormulaGuard.protect(r.explain(result.coveragePercent(), result.plan())));
                    }
                }
            });
        } catch (IOException e) {
            throw new CommandException("cannot write " + target + ": " + e.getMessage());
        }
    }
}

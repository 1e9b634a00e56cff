package dev.microtower.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.app.OpenSession;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.importexport.FormulaGuard;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.simulation.domain.Candidate;
import dev.microtower.simulation.domain.FulfilmentKpis;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.RoutingWeights;
import dev.microtower.simulation.domain.Shipment;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.Totals;
import dev.microtower.simulation.domain.Unfilled;
import dev.microtower.simulation.engine.Replay;
import dev.microtower.simulation.service.FulfilmentKpiSource;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.store.DataLocation;
import dev.microtower.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: replays the order history of a period (or the forecast horizon's demand) through a routing policy and prints the
 * network's fulfilment KPIs, the clairvoyant bound and the share of the possible saving the policy
 * captured; optionally writes the KPIs of every site and the decision log as CSV.
 */
@Command(
        name = "simulate",
        description = "Replay the order history through a routing policy; print the fulfilment KPIs, the"
                + " clairvoyant bound and the share of the possible saving captured.")
final class SimulateCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to replay (default: the baseline).")
    String scenarioName;

    @Mixin
    TimeZoneOption timeZone;

    @Option(
            names = "--policy",
            paramLabel = "POLICY",
            defaultValue = "fewest-splits",
            description = "nearest, fewest-splits or lowest-cost (default: ${DEFAULT-VALUE}).")
    String policyName;

    @Option(
            names = "--weights",
            paramLabel = "D,C,S,W",
            description = "Own rating weights instead of the policy's: distance (per km), cost to serve (per unit"
                    + " of currency), split (per share of lines missing), workload (per share of the day's capacity).")
    String weights;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD; default: the first order).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD; default: the last order).")
    String to;

    @Option(
            names = "--forecast",
            description = "Replay the forecast horizon's demand (with the scenario's demand changes) instead of the"
                    + " order history; see docs/kpis.md for how forecast demand becomes orders.")
    boolean forecast;

    @Option(
            names = "--unfilled",
            paramLabel = "WHAT",
            defaultValue = "lost",
            description = "What becomes of a line no site can fill: lost or backordered (default: ${DEFAULT-VALUE}).")
    String unfilled;

    @Option(names = "--no-splits", description = "Never split an order over several sites.")
    boolean noSplits;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file: one row per site (and the network) and KPI.")
    Path out;

    @Option(
            names = "--log",
            paramLabel = "FILE",
            description = "CSV file: the decision log, one row per order and" + " site considered.")
    Path log;

    @Override
    public Integer call() {
        SimulationSettings settings = settings();
        LocalDate first = date(from, "--from");
        LocalDate last = date(to, "--to");
        if (first != null && last != null && last.isBefore(first)) {
            throw new CommandException("--to (" + last + ") is before --from (" + first + ")");
        }
        if (forecast && (first != null || last != null)) {
            throw new CommandException("--forecast replays the forecast horizon: leave out --from and --to");
        }
        PrintWriter console = spec.commandLine().getOut();
        ZoneId zone = timeZone.zone();
        try (OpenSession session = OpenSession.on(Database.open(DataLocation.resolve(parent.db)))) {
            Scenario scenario = ScenarioOption.resolve(session, scenarioName);
            if (session.stores().nodes().count(scenario.id()) == 0) {
                throw new CommandException("scenario '" + scenario.name() + "' has no sites: import a network first");
            }
            if (zone != null) {
                TimeZoneOption.store(session, scenario, zone, console);
            }
            SimulationService simulation = session.get(SimulationService.class);
            SimulationService.Request request =
                    new SimulationService.Request(scenario.id(), first, last, settings, forecast);
            long t0 = System.nanoTime();
            SimulationService.Run run = simulation.run(request, Progress.NONE, Cancellation.none());
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (out != null) {
                writeKpis(run.result());
            }
            if (log != null) {
                writeLog(run);
            }
            print(console, scenario, run, seconds);
        }
        return 0;
    }

    private SimulationSettings settings() {
        Policy policy = Policy.ofKey(policyName)
                .orElseThrow(() -> new CommandException(
                        "--policy must be nearest, fewest-splits or lowest-cost, not '" + policyName + "'"));
        SimulationSettings s = SimulationSettings.of(policy);
        if (weights != null) {
            String[] parts = weights.split(",", -1);
            if (parts.length != 4) {
                throw new CommandException(
                        "--weights needs four numbers, distance,cost,split,workload, e.g. 1,0,1000,0");
            }
            double[] w = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    w[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new CommandException("--weights: '" + parts[i].trim() + "' is not a number");
                }
                if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                    throw new CommandException("--weights must be zero or more, not " + parts[i].trim());
                }
            }
            s = s.withWeights("own weights " + weights, new RoutingWeights(w[0], w[1], w[2], w[3]));
        }
        switch (unfilled.trim().toLowerCase(Locale.ROOT)) {
            case "lost":
                break;
            case "backordered":
                s = s.withUnfilled(Unfilled.BACKORDERED);
                break;
            default:
                throw new CommandException("--unfilled must be lost or backordered, not '" + unfilled + "'");
        }
        return noSplits ? s.withSplitsAllowed(false) : s;
    }

    private static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandException(option + " must be a date like 2026-09-01, not '" + text + "'");
        }
    }

    private void print(PrintWriter console, Scenario scenario, SimulationService.Run run, double seconds) {
        SimulationResult r = run.result();
        console.printf(
                Locale.ROOT,
                "scenario '%s', %s %s to %s (%d days, %d orders), policy: %s%n",
                scenario.name(),
                run.request().forecast() ? "forecast demand" : "order history",
                r.firstDay(),
                r.lastDay(),
                r.network().days(),
                (long) r.network().get(Measure.ORDERS),
                r.settings().policyName());
        for (KpiValue v : FulfilmentKpiSource.values(run)) {
            console.printf(Locale.ROOT, "  %-28s %12s%n", v.title(), format(v));
        }
        console.printf(
                Locale.ROOT,
                "presets: %s%n",
                run.presets().entrySet().stream()
                        .map(e -> String.format(
                                Locale.ROOT,
                                "%s %.2f",
                                e.getKey().key(),
                                e.getValue().fulfilmentCost()))
                        .collect(Collectors.joining(", ")));
        console.printf(Locale.ROOT, "lost lines %d, late orders %d%n", r.lostLineCount(), r.lateOrderCount());
        console.printf(
                Locale.ROOT,
                "fulfilment cost %.2f, clairvoyant bound %.2f, share of the possible saving"
                        + " captured %s (%.1f s)%n",
                r.fulfilmentCost(),
                run.bound().cost(),
                Double.isNaN(run.shareCaptured())
                        ? "n/a (no gap between nearest site and the bound)"
                        : String.format(Locale.ROOT, "%.1f %%", run.shareCaptured() * 100),
                seconds);
        if (out != null) {
            console.println("wrote " + out);
        }
        if (log != null) {
            console.println("wrote " + log);
        }
        console.flush();
    }

    static String format(KpiValue v) {
        if (Double.isNaN(v.value())) {
            return "n/a";
        }
        String unit = v.unit().isEmpty() ? "" : " " + v.unit();
        return String.format(Locale.ROOT, Math.abs(v.value()) >= 1000 ? "%.0f%s" : "%.2f%s", v.value(), unit);
    }

    private void writeKpis(SimulationResult r) {
        write(out, csv -> {
            csv.writeRecord("site", "kpi", "title", "value", "unit");
            rows(csv, "(network)", r.network());
            for (Map.Entry<NodeCode, Totals> e : r.bySite().entrySet()) {
                rows(csv, e.getKey().value(), e.getValue());
            }
        });
    }

    private static void rows(CsvWriter csv, String site, Totals totals) {
        for (KpiValue v : FulfilmentKpis.of(totals)) {
            csv.writeRecord(
                    FormulaGuard.protect(site),
                    v.id(),
                    v.title(),
                    Double.isNaN(v.value()) ? "" : String.format(Locale.ROOT, "%.6f", v.value()),
                    v.unit());
        }
    }

    private void writeLog(SimulationService.Run run) {
        write(log, csv -> {
            csv.writeRecord(
                    "order",
                    "promised",
                    "site",
                    "tier",
                    "distance_km",
                    "passed",
                    "fences",
                    "score",
                    "shipped",
                    "restocked_from_vendors");
            Replay.run(run.inputs(), run.request().settings(), Progress.NONE, Cancellation.none(), d -> {
                List<String> shipped =
                        d.shipments().stream().map(s -> s.site().value()).toList();
                String restock = FormulaGuard.protect(String.join("; ", d.restock()));
                if (d.candidates().isEmpty()) {
                    csv.writeRecord(
                            FormulaGuard.protect(d.order().value()),
                            d.promised().label(),
                            "",
                            "",
                            "",
                            "no",
                            FormulaGuard.protect(d.note()),
                            "",
                            "",
                            restock);
                }
                for (Candidate c : d.candidates()) {
                    String fences = c.checks().stream()
                            .map(f -> f.fence().label() + ": " + (f.passed() ? "passed" : "failed") + " (" + f.reason()
                                    + ")")
                            .collect(Collectors.joining("; "));
                    Shipment s = d.shipments().stream()
                            .filter(x -> x.site().equals(c.site()))
                            .findFirst()
                            .orElse(null);
                    csv.writeRecord(
                            FormulaGuard.protect(d.order().value()),
                            d.promised().label(),
                            FormulaGuard.protect(c.site().value()),
                            c.tier().label(),
                            String.format(Locale.ROOT, "%.2f", c.distanceKm()),
                            c.passed() ? "yes" : "no",
                            FormulaGuard.protect(fences),
                            Double.isNaN(c.score()) ? "" : String.format(Locale.ROOT, "%.4f", c.score()),
                            s == null || !shipped.contains(c.site().value()) ? "" : s.units() + " units",
                            restock);
                }
            });
        });
    }

    private interface Rows {
        void write(CsvWriter csv) throws IOException;
    }

    /** Writes next to the target and moves into place, so a failed write never leaves half a file. */
    private static void write(Path file, Rows rows) {
        Path target = file.toAbsolutePath();
        try {
            AtomicFiles.replace(target, tmp -> {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                        CsvWriter csv = CsvWriter.builder()
                                .lineDelimiter(LineDelimiter.LF)
                                .build(w)) {
                    rows.write(csv);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException("cannot write " + target + ": " + e.getMessage());
        }
    }
}

package dev.microtower.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.app.OpenSession;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.BacktestRow;
import dev.microtower.forecasting.engine.BacktestSettings;
import dev.microtower.importexport.FormulaGuard;
import dev.microtower.planning.service.PlanningService;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code forecast --backtest}: checks the forecasts out of sample at rolling origins and writes one
 * row per level and series (network, site, SKU, category, site × SKU) with MASE, WAPE and bias
 * next to seasonal naive on the same days.
 */
@Command(
        name = "forecast",
        description = "Check the demand forecast out of sample (--backtest) and write the figures as CSV.")
final class ForecastCommand implements Callable<Integer> {
    /** The columns of the backtest file, in order. */
    static final String[] COLUMNS = {
        "level",
        "series",
        "mase",
        "naive_mase",
        "wape",
        "naive_wape",
        "bias",
        "rmsse",
        "naive_rmsse",
        "actual_units",
        "forecast_units",
        "naive_units",
        "no_history_share",
        "intermittent",
        "method",
        "days"
    };

    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--backtest",
            description = "Rolling-origin, out-of-sample check of the forecast (the method is chosen inside each"
                    + " training window).")
    boolean backtest;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to check (default: the baseline).")
    String scenarioName;

    @Mixin
    TimeZoneOption timeZone;

    @Option(
            names = "--origins",
            paramLabel = "N",
            defaultValue = "3",
            description = "Forecast origins, one horizon apart (default: ${DEFAULT-VALUE}).")
    int origins;

    @Option(
            names = "--horizon",
            paramLabel = "DAYS",
            defaultValue = "28",
            description = "Days each origin forecasts (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--history-days",
            paramLabel = "DAYS",
            defaultValue = "84",
            description = "Days of history each origin may train on, as for a plan (default: ${DEFAULT-VALUE}).")
    int historyDays;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "CSV file for the figures.")
    Path out;

    @Override
    public Integer call() {
        if (!backtest) {
            throw new CommandException("forecast needs --backtest: it checks the forecast out of sample");
        }
        BacktestSettings settings = settings();
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
            Backtest result = session.get(PlanningService.class)
                    .backtest(scenario.id(), settings, Progress.NONE, Cancellation.none());
            write(result);
            result.describe().forEach(console::println);
            console.printf(
                    Locale.ROOT, "wrote %s (%d rows)%n", out, result.rows().size());
            console.flush();
        }
        return 0;
    }

    private BacktestSettings settings() {
        require(BacktestSettings.ORIGINS.contains(origins), "--origins", BacktestSettings.ORIGINS.describe(), origins);
        require(
                BacktestSettings.HORIZON_DAYS.contains(horizon),
                "--horizon",
                BacktestSettings.HORIZON_DAYS.describe(),
                horizon);
        require(
                BacktestSettings.TRAINING_DAYS.contains(historyDays),
                "--history-days",
                BacktestSettings.TRAINING_DAYS.describe(),
                historyDays);
        return new BacktestSettings(origins, horizon, historyDays);
    }

    private static void require(boolean ok, String option, String range, int value) {
        if (!ok) {
            throw new CommandException(option + " must be " + range + ", not " + value);
        }
    }

    private void write(Backtest result) {
        Path target = out.toAbsolutePath();
        try {
            AtomicFiles.replace(target, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        CsvWriter csv = CsvWriter.builder()
                                .lineDelimiter(LineDelimiter.LF)
                                .build(w)) {
                    csv.writeRecord(COLUMNS);
                    for (BacktestRow r : result.rows()) {
                        csv.writeRecord(
                                r.level().code(),
                                FormulaGuard.protect(r.series()),
                                number(r.mase()),
                                number(r.naiveMase()),
                                number(r.wape()),
                                number(r.naiveWape()),
                                number(r.bias()),
                                number(r.rmsse()),
                                number(r.naiveRmsse()),
                                number(r.actualUnits()),
                                number(r.forecastUnits()),
                                number(r.naiveUnits()),
                                number(r.shareWithoutHistory()),
                                Boolean.toString(r.intermittent()),
                                r.method(),
                                Integer.toString(r.points()));
                    }
                }
            });
        } catch (IOException e) {
            throw new CommandException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** Empty for "not defined" (a series without week-on-week change has no MASE). */
    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}

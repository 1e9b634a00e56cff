package dev.microtower.forecasting.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An out-of-sample backtest: at each origin the forecaster saw only the training days before it
 * (method choice included) and forecast the {@code horizonDays} after it; every row compares those
 * forecasts with what was sold, next to seasonal naive on the same days. {@link #pooled} sums a
 * level's rows into one figure per level (the series with no week-on-week change count in WAPE
 * and bias but not in MASE, whose scale they lack). {@code timeZone} is the zone its days were
 * counted in, or null when the caller did not say (an engine run on a demand history alone).
 */
public record Backtest(
        List<LocalDate> origins,
        int horizonDays,
        int trainingDays,
        List<BacktestRow> rows,
        ServiceReplay replay,
        ZoneId timeZone) {

    public Backtest {
        origins = List.copyOf(origins);
        rows = List.copyOf(rows);
        Objects.requireNonNull(origins);
    }

    /** A backtest whose time zone is not known yet. */
    public Backtest(
            List<LocalDate> origins, int horizonDays, int trainingDays, List<BacktestRow> rows, ServiceReplay replay) {
        this(origins, horizonDays, trainingDays, rows, replay, null);
    }

    /** A backtest without a service replay. */
    public Backtest(List<LocalDate> origins, int horizonDays, int trainingDays, List<BacktestRow> rows) {
        this(origins, horizonDays, trainingDays, rows, null);
    }

    /** This backtest, its days counted in {@code zone}. */
    public Backtest countedIn(ZoneId zone) {
        return new Backtest(origins, horizonDays, trainingDays, rows, replay, zone);
    }

    /** The rows of one level. */
    public List<BacktestRow> rows(BacktestLevel level) {
        List<BacktestRow> out = new ArrayList<>();
        for (BacktestRow r : rows) {
            if (r.level() == level) {
                out.add(r);
            }
        }
        return out;
    }

    /** One pooled row per level. */
    public Map<BacktestLevel, BacktestRow> pooled() {
        Map<BacktestLevel, BacktestRow> out = new EnumMap<>(BacktestLevel.class);
        for (BacktestLevel level : BacktestLevel.values()) {
            out.put(level, BacktestRow.empty(level, "(all)"));
        }
        for (BacktestRow r : rows) {
            out.merge(r.level(), r, (a, b) -> a.plus(b, "(all)"));
        }
        return out;
    }

    /** Whether any origin could be evaluated: the history was long enough. */
    public boolean evaluated() {
        return !origins.isEmpty();
    }

    /** One line per level for the command line and the plan summary. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (!evaluated()) {
            lines.add("backtest: the history is too short for an out-of-sample check");
            return lines;
        }
        lines.add(String.format(
                Locale.ROOT,
                "backtest (out of sample): %d origins from %s, each forecasting %d days from up to %d days of history",
                origins.size(),
                origins.get(0),
                horizonDays,
                trainingDays));
        Map<BacktestLevel, BacktestRow> pooled = pooled();
        for (BacktestLevel level : BacktestLevel.values()) {
            BacktestRow p = pooled.get(level);
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-20s MASE %s (seasonal naive %s), WAPE %s (naive %s), bias %s, %s of units on series"
                            + " with no history",
                    level.label(),
                    number(p.mase()),
                    number(p.naiveMase()),
                    percent(p.wape()),
                    percent(p.naiveWape()),
                    signedPercent(p.bias()),
                    percent(p.shareWithoutHistory())));
        }
        if (replay != null && replay.demand() > 0) {
            lines.add(String.format(
                    Locale.ROOT,
                    "  replayed at a %.1f %% fill rate target (weekly fill-up to a demand quantile; cycle level"
                            + " %.1f %% from each policy's weekly errors measured in its training window): fill rate %s holding %.0f units on average;"
                            + " on seasonal naive (cycle level %.1f %%) %s holding %.0f units",
                    100 * replay.serviceLevel(),
                    100 * replay.cycleLevel(),
                    percent(replay.fillRate()),
                    replay.meanStock(),
                    100 * replay.naiveCycleLevel(),
                    percent(replay.naiveFillRate()),
                    replay.naiveMeanStock()));
            lines.add(String.format(
                    Locale.ROOT,
                    "  stock to meet the %.1f %% fill rate exactly on these days: forecast %s, seasonal naive %s;"
                            + " holding no more than seasonal naive, the forecast fills %s",
                    100 * replay.serviceLevel(),
                    units(replay.meanStockAtTarget()),
                    units(replay.naiveMeanStockAtTarget()),
                    percent(replay.fillRateAtNaiveStock())));
            lines.add(String.format(
                    Locale.ROOT,
                    "  read as the plan's safety stock reads it (a %.1f %% fill rate over the network, one safety factor"
                            + " from the normal loss function, whole units):"
                            + " forecast fills %s holding %.0f units, seasonal naive %s holding %.0f",
                    100 * replay.serviceLevel(),
                    percent(replay.fillRateAsPlanned()),
                    replay.meanStockAsPlanned(),
                    percent(replay.naiveFillRateAsPlanned()),
                    replay.naiveMeanStockAsPlanned()));
        }
        return lines;
    }

    private static String units(double v) {
        return Double.isNaN(v) ? "not reachable" : String.format(Locale.ROOT, "%.0f units", v);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String signedPercent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", 100 * v);
    }
}

package dev.microtower.planning.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.BacktestLevel;
import dev.microtower.forecasting.domain.BacktestRow;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.util.Duration;

/**
 * The forecast in the window: the Forecast side panel with the out-of-sample backtest of the
 * scenario on screen (View → Forecast accuracy), the forecast chart of a site × SKU in the
 * inspector, and Plan → Network time zone…, the zone the scenario's days are counted in. The
 * backtest and the charts are computed on the compute lane through latest-wins runners, so a change
 * of sites, orders or zones while one runs cancels it and only the newest figures show; the panel
 * computes nothing until it is first shown.
 */
public final class ForecastModule implements FeatureModule {
    /** The side panel's id. */
    public static final String PANEL = "forecast";

    /** The most SKUs the inspector's chooser lists, those with the most forecast units first. */
    static final int MOST_SKUS = 300;

    /** z of the two-sided 80 % interval drawn around the forecast. */
    private static final double Z80 = 1.2816;

    private Workbench bench;
    private ForecastPanel panel;
    private ForecastChartSection section;
    private LatestWins<Backtest> backtests;
    private LatestWins<ForecastChartSection.Chart> charts;
    private LatestWins<String> errors;
    private boolean active;
    private NodeCode shownSite;
    private SkuCode shownSku;

    static final String NOT_CHECKED = "Backtest error: not checked yet. Checking it forecasts the past days"
            + " again, which takes a while on a large network (or open View → Forecast accuracy).";
    private static final String CHECKING = "Checking this forecast on past days…";
    private ObservableBooleanValue panelShown;

    /**
     * When a database opens, decodes its forecast kept in the file (ADR 0016) in the background, so
     * the first Plan or stock heatmap finds it ready instead of waiting for the decoding. Reads no
     * order history and forecasts nothing when none is kept for the data as it is; a failure costs
     * only the head start (the Plan decodes it again), so it is logged, not shown.
     */
    private void takeStoredForecast() {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        PlanningService planning = open.get().get(PlanningService.class);
        ScenarioId scenario = bench.scenario();
        bench.work()
                .io(
                        "Reading the forecast kept in the file…",
                        ctx -> planning.takeStoredForecast(scenario, ctx.cancellation()))
                .onFailure(failure -> System.getLogger(ForecastModule.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                "the forecast kept in the file was not read at open",
                                failure))
                .start();
    }

    @Override
    public void install(Workbench workbench) {
        bench = workbench;
        panel = new ForecastPanel();
        section = new ForecastChartSection();
        backtests = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(300), failure -> {
            panel.status.setText("The backtest could not be computed.");
            bench.showError("Could not check the forecast", failure);
        });
        charts = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(150), failure -> {
            section.hide();
            bench.showError("Could not draw the forecast", failure);
        });
        errors = new LatestWins<>(
                bench.work(),
                Work.Lane.COMPUTE,
                Duration.millis(150),
                failure -> section.error.setText("The backtest error could not be computed."));
        bench.addSidePanel(PANEL, "Forecast", panel.node());
        MenuItem open = new MenuItem("Forecast accuracy");
        open.setId("menu-forecast-accuracy");
        open.setOnAction(e -> {
            bench.showSidePanel(PANEL);
            start();
        });
        bench.addMenuItems(MenuPlace.VIEW, open);
        MenuItem zone = new MenuItem("Network time zone…");
        zone.setId("menu-time-zone");
        zone.disableProperty().bind(bench.readyProperty().not());
        zone.setOnAction(e -> chooseTimeZone());
        bench.addMenuItems(MenuPlace.PLAN, zone);
        // held in a field: a listener on a value made per call would be lost to garbage collection
        panelShown = bench.sidePanelShown(PANEL);
        panelShown.addListener((o, was, now) -> {
            if (now) {
                start();
            }
        });
        bench.addInspectorSection(section.node());
        NetworkModel network = bench.service(NetworkModel.class);
        network.selectedProperty().addListener(o -> refreshChart(null));
        section.onChoose(() -> refreshChart(section.sku.getValue()));
        section.check.setOnAction(e -> checkOnPastDays());
        errors.busyProperty().addListener((o, was, busy) -> {
            if (!busy && CHECKING.equals(section.error.getText())) {
                // cancelled from the status bar: offer the check again
                section.error.setText(NOT_CHECKED);
                section.check.setVisible(shownSku != null);
            }
        });
        bench.sessionProperty().addListener(o -> refreshAll());
        bench.sessionProperty().addListener(o -> takeStoredForecast());
        bench.scenarioProperty().addListener(o -> refreshAll());
        bench.changes()
                .subscribe(
                        EnumSet.of(DataKind.NETWORK, DataKind.ORDERS, DataKind.ZONES, DataKind.DEMAND_MULTIPLIERS),
                        change -> {
                            if (change.touches(DataKind.ORDERS)
                                    || change.scenario().equals(bench.scenario())) {
                                refreshAll();
                            }
                        });
    }

    /** The panel, for tests. */
    ForecastPanel panel() {
        return panel;
    }

    /** The inspector's chart section, for tests. */
    ForecastChartSection chart() {
        return section;
    }

    /** Computes the backtest from now on, again after every change of what it reads. */
    public void start() {
        active = true;
        refresh();
    }

    private void refreshAll() {
        refresh();
        refreshChart(section.sku.getValue());
    }

    /** Asks for the backtest of the scenario on screen (once started); the newest request wins. */
    private void refresh() {
        if (!active) {
            return;
        }
        Optional<Session> open = bench.session();
        if (open.isEmpty() || bench.scenario() == null) {
            backtests.cancel();
            panel.backtest.set(null);
            panel.status.setText("");
            return;
        }
        PlanningService planning = open.get().get(PlanningService.class);
        ScenarioId scenario = bench.scenario();
        panel.status.setText("Checking the forecast on past days…");
        backtests.request(
                "Backtesting the forecast…",
                ctx -> planning.backtest(scenario, planning.defaultBacktest(), ctx, ctx.cancellation()),
                result -> {
                    panel.backtest.set(result);
                    panel.status.setText(describe(result));
                    if (shownSku != null) {
                        // the chart's error now comes from the computed backtest
                        refreshError(planning, scenario, shownSite, shownSku, false);
                    }
                });
    }

    /** The panel's status line: the days checked and the zone the backtest counted them in. */
    static String describe(Backtest b) {
        if (!b.evaluated()) {
            return "The history is too short for an out-of-sample check: it needs a training window and at"
                    + " least one forecast horizon of days.";
        }
        return String.format(
                Locale.ROOT,
                "%d origins from %s, each forecasting %d days from up to %d days of history; days counted in %s.",
                b.origins().size(),
                b.origins().get(0),
                b.horizonDays(),
                b.trainingDays(),
                b.timeZone() == null ? "an unknown zone" : NetworkTimeZone.describe(b.timeZone()));
    }

    /** Draws the selected site's forecast for {@code wanted} (or its best-selling SKU), read off the FX thread. */
    private void refreshChart(SkuCode wanted) {
        Node site = bench.service(NetworkModel.class).selectedProperty().get();
        Optional<Session> open = bench.session();
        shownSite = null;
        shownSku = null;
        if (site == null || !site.type().holdsStock() || open.isEmpty() || bench.scenario() == null) {
            charts.cancel();
            errors.cancel();
            section.hide();
            return;
        }
        PlanningService planning = open.get().get(PlanningService.class);
        ScenarioId scenario = bench.scenario();
        section.waiting("Forecasting…");
        section.error.setText("");
        section.check.setVisible(false);
        errors.cancel();
        charts.request(
                "Forecasting " + site.name() + "…",
                ctx -> chart(planning.forecast(scenario, ctx, ctx.cancellation()), site, wanted),
                c -> {
                    section.show(c);
                    if (c.sku() != null) {
                        shownSite = site.code();
                        shownSku = c.sku();
                        refreshError(planning, scenario, site.code(), c.sku(), false);
                    }
                });
    }

    /**
     * The chart's backtest error: at once when the scenario's backtest is already computed (by the
     * Forecast panel or an earlier check), else only when the user asks ({@code asked}, the "Check
     * this forecast on past days" link), since a backtest of a large network keeps the compute lane
     * busy for many seconds: selecting sites costs only the cached forecast.
     */
    private void refreshError(
            PlanningService planning, ScenarioId scenario, NodeCode site, SkuCode sku, boolean asked) {
        Optional<Backtest> known = planning.cachedBacktest(scenario, planning.defaultBacktest());
        if (known.isPresent()) {
            errors.cancel();
            section.check.setVisible(false);
            section.error.setText(error(known.get(), site, sku));
            return;
        }
        if (!asked) {
            errors.cancel();
            section.error.setText(NOT_CHECKED);
            section.check.setVisible(true);
            return;
        }
        section.check.setVisible(false);
        section.error.setText(CHECKING);
        errors.request(
                "Backtesting the forecast…",
                ctx -> error(
                        planning.backtest(scenario, planning.defaultBacktest(), ctx, ctx.cancellation()), site, sku),
                section.error::setText);
    }

    /** The link's action: backtests the scenario for the chart shown, with progress and Cancel. */
    private void checkOnPastDays() {
        Optional<Session> open = bench.session();
        if (shownSku == null || open.isEmpty() || bench.scenario() == null) {
            return;
        }
        refreshError(open.get().get(PlanningService.class), bench.scenario(), shownSite, shownSku, true);
    }

    /** The figures of one chart: off the FX thread, from the scenario's cached forecast. */
    static ForecastChartSection.Chart chart(Planner.Forecasted f, Node site, SkuCode wanted) {
        NodeCode code = site.code();
        Map<SkuCode, Double> units = new HashMap<>();
        for (var e : f.demand().series().entrySet()) {
            if (e.getKey().node().equals(code)) {
                units.put(e.getKey().sku(), 0.0);
            }
        }
        for (var e : f.forecast().series().entrySet()) {
            if (e.getKey().node().equals(code)) {
                units.put(e.getKey().sku(), e.getValue().unitsOver(e.getValue().horizonDays()));
            }
        }
        List<SkuCode> skus = new ArrayList<>(units.keySet());
        skus.sort(Comparator.comparing((SkuCode s) -> -units.get(s)).thenComparing(SkuCode::value));
        if (skus.size() > MOST_SKUS) {
            skus = new ArrayList<>(skus.subList(0, MOST_SKUS));
        }
        SkuCode sku = wanted != null && units.containsKey(wanted) ? wanted : skus.isEmpty() ? null : skus.get(0);
        if (wanted != null && sku == wanted && !skus.contains(wanted)) {
            skus.add(wanted);
        }
        if (sku == null) {
            return new ForecastChartSection.Chart(
                    site.name(),
                    null,
                    List.of(),
                    false,
                    f.demand().firstDay(),
                    new double[0],
                    new double[0],
                    new double[0],
                    new double[0],
                    "No SKU sold here in the history window and none is forecast.");
        }
        SeriesKey key = SeriesKey.of(code, sku);
        double[] history = f.demand().demand(key);
        SeriesForecast forecast = f.forecast().get(key);
        int sellingDays = 0;
        for (double v : history) {
            if (v > 0) {
                sellingDays++;
            }
        }
        // a series that sells on fewer than one day in three reads better as weekly totals
        boolean weekly = sellingDays * 3 < history.length;
        int step = weekly ? 7 : 1;
        int shownDays = Math.min(history.length, weekly ? 12 * 7 : 42) / step * step;
        int from = history.length - shownDays;
        double[] sold = sums(history, from, shownDays, step);
        int horizon = forecast == null ? f.forecast().horizonDays() : forecast.horizonDays();
        int horizonShown = horizon / step * step;
        double[] daily = forecast == null ? new double[horizon] : forecast.daily();
        double[] fc = sums(daily, 0, horizonShown, step);
        double sigma = forecast == null ? 0 : forecast.sigmaDaily() * Math.sqrt(step);
        double[] low = new double[fc.length];
        double[] high = new double[fc.length];
        for (int i = 0; i < fc.length; i++) {
            low[i] = Math.max(0, fc[i] - Z80 * sigma);
            high[i] = fc[i] + Z80 * sigma;
        }
        LocalDate firstShown = f.demand().firstDay().plusDays(from);
        return new ForecastChartSection.Chart(
                site.name(), sku, skus, weekly, firstShown, sold, fc, low, high, method(forecast, weekly));
    }

    private static String method(SeriesForecast f, boolean weekly) {
        if (f == null) {
            return "No forecast: this SKU sold nothing here in the history window and its category gives it no"
                    + " share at this site.";
        }
        return String.format(
                Locale.ROOT,
                "Method: %s, fitted to the site's total, handed down to this SKU by its forecast share and"
                        + " reconciled with the SKU's total over all sites (level used: site total). %.1f units"
                        + " a week forecast%s.",
                f.method().label(),
                7 * f.meanDaily(f.horizonDays()),
                weekly ? "; shown per week because it sells on few days" : "");
    }

    /** The backtest error of the series, or of all site × SKU series when it has none of its own. */
    static String error(Backtest b, NodeCode site, SkuCode sku) {
        if (!b.evaluated()) {
            return "Backtest: the history is too short for an out-of-sample check.";
        }
        String series = site.value() + "/" + sku.value();
        BacktestRow own = null;
        for (BacktestRow r : b.rows(BacktestLevel.NODE_SKU)) {
            if (r.series().equals(series)) {
                own = r;
                break;
            }
        }
        if (own != null && !Double.isNaN(own.mase())) {
            return "Backtest, this site × SKU (" + b.origins().size() + " origins): " + figures(own);
        }
        BacktestRow pooled = b.pooled().get(BacktestLevel.NODE_SKU);
        String why = own == null
                ? "it sold nothing on the days checked"
                : "its training days show too little week-on-week change to scale an error by";
        return "Backtest: no error of its own (" + why + "); all site × SKU series ("
                + b.origins().size() + " origins): " + figures(pooled);
    }

    private static String figures(BacktestRow r) {
        String text = "MASE " + Measures.number(r.mase()) + " (seasonal naive " + Measures.number(r.naiveMase())
                + "), WAPE " + Measures.percent(r.wape()) + " (naive " + Measures.percent(r.naiveWape()) + "), bias "
                + Measures.signedPercent(r.bias());
        return r.intermittent() && !Double.isNaN(r.rmsse())
                ? text + ", RMSSE " + Measures.number(r.rmsse()) + " (naive " + Measures.number(r.naiveRmsse()) + ")"
                : text;
    }

    private static double[] sums(double[] values, int from, int days, int step) {
        double[] out = new double[days / step];
        for (int i = 0; i < out.length; i++) {
            for (int d = 0; d < step; d++) {
                int at = from + i * step + d;
                if (at < values.length) {
                    out[i] += values[at];
                }
            }
        }
        return out;
    }

    /** Plan → Network time zone…: reads the stored zone and the guess, asks, and stores the answer as an edit. */
    public void chooseTimeZone() {
        Optional<Session> open = bench.session();
        ScenarioId scenario = bench.scenario();
        if (open.isEmpty() || scenario == null) {
            return;
        }
        ScenarioRepository scenarios = open.get().get(ScenarioRepository.class);
        NodeRepository nodes = open.get().get(NodeRepository.class);
        record Known(Scenario scenario, Optional<ZoneId> stored, ZoneId guess) {}
        bench.work()
                .io("Reading the network time zone…", ctx -> {
                    Scenario s = scenarios.find(scenario).orElseThrow();
                    Optional<ZoneId> stored = scenarios.findTimeZone(scenario);
                    ZoneId guess = NetworkTimeZone.guess(nodes.findAll(scenario));
                    return new Known(s, stored, guess);
                })
                .onSuccess(k -> {
                    TimeZoneDialog dialog =
                            new TimeZoneDialog(bench.owner(), k.scenario().name(), k.stored(), k.guess());
                    dialog.getDialogPane().getStylesheets().addAll(bench.stylesheets());
                    dialog.showAndWait().ifPresent(chosen -> {
                        ZoneId now = chosen.orElse(null);
                        if (chosen.equals(k.stored())) {
                            return;
                        }
                        bench.history()
                                .perform(
                                        new TimeZoneEdit(
                                                scenarios, scenario, k.stored().orElse(null), now),
                                        () -> bench.showStatus(
                                                now == null
                                                        ? "Network time zone: guessed from the sites ("
                                                                + NetworkTimeZone.describe(k.guess()) + ")"
                                                        : "Network time zone set to " + NetworkTimeZone.describe(now)));
                    });
                })
                .onFailure(failure -> bench.showError("Could not read the network time zone", failure))
                .start();
    }
}

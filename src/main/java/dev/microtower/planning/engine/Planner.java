package dev.microtower.planning.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.engine.AllocationEngine;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.Cancellation;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.forecasting.engine.DemandClassifier;
import dev.microtower.forecasting.engine.ForecastEngine;
import dev.microtower.forecasting.engine.ForecastSettings;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.planning.domain.PlanningInputs;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The planning chain in one place, for the command line and the window alike: order history →
 * daily demand per node × SKU → forecast → targets from the allocation rules. The rebalancing
 * feature turns the targets into transfers with its own engine. The steps are separate so that a rules preview can reuse one forecast for many
 * sets of rules.
 */
public final class Planner {
    /**
     * What the forecast step produced, kept to explain the targets and to allocate again. The demand
     * history may come later than the rest: a forecast taken from the file decodes it when first
     * asked for (ADR 0016), since the targets and the transfers never read it.
     */
    public static final class Forecasted {
        private final PlanningInputs inputs;
        private final Supplier<DemandHistory> demand;
        private final DemandClasses classes;
        private final NetworkForecast forecast;

        public Forecasted(
                PlanningInputs inputs, DemandHistory demand, DemandClasses classes, NetworkForecast forecast) {
            this(inputs, constant(demand), classes, forecast);
        }

        /** With a demand history given when first asked for; {@code demand} must give the same each time. */
        public Forecasted(
                PlanningInputs inputs,
                Supplier<DemandHistory> demand,
                DemandClasses classes,
                NetworkForecast forecast) {
            this.inputs = Objects.requireNonNull(inputs, "inputs");
            this.demand = Objects.requireNonNull(demand, "demand");
            this.classes = Objects.requireNonNull(classes, "classes");
            this.forecast = Objects.requireNonNull(forecast, "forecast");
        }

        private static Supplier<DemandHistory> constant(DemandHistory demand) {
            Objects.requireNonNull(demand, "demand");
            return () -> demand;
        }

        public PlanningInputs inputs() {
            return inputs;
        }

        /** The daily demand the forecast was made from (decoded now, if it came from the file and this is its first use). */
        public DemandHistory demand() {
            return demand.get();
        }

        public DemandClasses classes() {
            return classes;
        }

        public NetworkForecast forecast() {
            return forecast;
        }

        /** The same forecast with other inputs (stock and rules read again, another scenario of equal data). */
        public Forecasted with(PlanningInputs other) {
            return new Forecasted(other, demand, classes, forecast);
        }

        /**
         * The time zone the demand history and the forecast count their days in: the scenario's
         * stored setting, else guessed from the sites ({@link NetworkTimeZone#guess}).
         */
        public ZoneId timeZone() {
            return inputs.timeZone();
        }

        /**
         * The fixed offset from UTC of {@link #timeZone()} at the end of the history window, for the
         * replay, which counts days at one offset (a region's summer-time change inside the replayed
         * period moves the orders of one hour a night to the neighbouring day).
         */
        public ZoneOffset zone() {
            return inputs.timeZone()
                    .getRules()
                    .getOffset(inputs.lastDay().atStartOfDay(inputs.timeZone()).toInstant());
        }

        /** Targets from these inputs' own rules. */
        public AllocationPlan allocate(AllocationSettings settings) {
            return allocate(settings, inputs.rules());
        }

        /** What was read and what the forecast covers, in one line stored with a plan run. */
        public String describeInputs() {
            return inputs.describe()
                    + String.format(
                            java.util.Locale.ROOT,
                            "; forecast from %s for %d days",
                            forecast.firstDay(),
                            forecast.horizonDays());
        }

        /**
         * What a planner must know before trusting the figures: today, that the history window holds
         * no demand at all (every forecast and target is then 0).
         */
        public List<String> warnings() {
            double units = 0;
            for (double[] s : demand().series().values()) {
                for (double v : s) {
                    units += v;
                }
            }
            if (units > 0) {
                return List.of();
            }
            return List.of(String.format(
                    java.util.Locale.ROOT,
                    "the history window %s..%s holds no demand (%d orders, none with lines at a site):"
                            + " every forecast and target is 0",
                    inputs.firstDay(),
                    inputs.lastDay(),
                    inputs.history().size()));
        }

        /** Targets from other rules, with the same forecast. */
        public AllocationPlan allocate(AllocationSettings settings, List<AllocationRule> rules) {
            return new AllocationEngine(settings).plan(inputs.nodes(), inputs.skus(), forecast, classes, rules);
        }
    }

    private final ForecastSettings forecastSettings;
    private final Executor executor;

    /** Forecasts on the calling thread and on helpers given to {@code executor} (the compute lane's). */
    public Planner(ForecastSettings forecastSettings, Executor executor) {
        this.forecastSettings = forecastSettings;
        this.executor = Objects.requireNonNull(executor);
    }

    public static Planner defaults(Executor executor) {
        return new Planner(ForecastSettings.DEFAULT, executor);
    }

    /** The forecast engine's settings: part of what a stored forecast was made with. */
    public ForecastSettings forecastSettings() {
        return forecastSettings;
    }

    /** What the forecasts (and the backtests made with them) run their parallel steps on. */
    public Executor executor() {
        return executor;
    }

    public Forecasted forecast(PlanningInputs inputs) {
        return forecast(inputs, Cancellation.none());
    }

    /** As {@link #forecast(PlanningInputs)}; a set {@code cancellation} stops the forecast between series. */
    public Forecasted forecast(PlanningInputs inputs, Cancellation cancellation) {
        DemandBuilder builder = new DemandBuilder(inputs.nodes(), inputs.zones(), inputs.timeZone());
        DemandHistory demand = builder.build(inputs.history(), inputs.firstDay(), inputs.lastDay());
        Map<SkuCode, String> category = new HashMap<>();
        inputs.skus().forEach(s -> category.put(s.code(), s.category()));
        // changes by district become changes of the sites whose customers are in it
        var multipliers =
                DemandDistricts.resolve(inputs.multipliers(), builder, inputs.history(), inputs.zones(), category::get);
        DemandClasses classes = DemandClassifier.defaults().classify(demand, category.keySet());
        NetworkForecast forecast = new ForecastEngine(forecastSettings, executor)
                .forecast(demand, category::get, category.keySet(), multipliers, cancellation);
        return new Forecasted(inputs, demand, classes, forecast);
    }
}

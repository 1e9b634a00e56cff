package dev.microtower.forecasting.engine;

/**
 * How forecasts are made: the horizon in days (at least 28), and the rolling-origin holdout:
 * {@code origins} forecast origins one {@code holdoutDays} window apart at the end of the
 * history, each forecasting the following window.
 */
public record ForecastSettings(int horizonDays, int origins, int holdoutDays) {
    public static final ForecastSettings DEFAULT = new ForecastSettings(28, 2, 7);

    public ForecastSettings {
        if (horizonDays < 28) {
            throw new IllegalArgumentException("the forecast horizon must be at least 28 days: " + horizonDays);
        }
        if (origins < 1 || holdoutDays < 1) {
            throw new IllegalArgumentException("the holdout needs at least one origin and one day");
        }
    }
}

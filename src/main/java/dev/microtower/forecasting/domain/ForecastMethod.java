package dev.microtower.forecasting.domain;

/** The forecasting methods the engine chooses from, per series, by holdout error. */
public enum ForecastMethod {
    SEASONAL_NAIVE("Seasonal naive (weekly)"),
    SIMPLE_EXPONENTIAL_SMOOTHING("Simple exponential smoothing"),
    CROSTON_SBA("Croston (SBA)"),
    HOLT_WINTERS_ADDITIVE("Holt-Winters additive (weekly)"),
    WEEKDAY_PROFILE("Four-week level x weekday profile");

    private final String label;

    ForecastMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

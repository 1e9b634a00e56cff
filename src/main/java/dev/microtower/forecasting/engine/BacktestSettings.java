package dev.microtower.forecasting.engine;

import dev.microtower.core.Range;

/**
 * How a backtest is run: {@code origins} forecast origins, one {@code horizonDays} apart and ending
 * one horizon before the last day, each forecasting the {@code horizonDays} after it from at most
 * {@code trainingDays} days before it (the same history length plans use). The default is the
 * check the issue describes: 3 origins of 28 days each.
 */
public record BacktestSettings(int origins, int horizonDays, int trainingDays) {
    public static final Range ORIGINS = Range.between(1, 12).named("a whole number from 1 to 12");
    public static final Range HORIZON_DAYS = Range.between(1, 91).named("a whole number of days from 1 to 91");
    public static final Range TRAINING_DAYS =
            Range.between(21, 730).named("a whole number of days from 21 (three weeks) to 730");

    /** The fewest days a training window may hold: three weeks, as for a plan. */
    public static final int MIN_TRAINING_DAYS = 21;

    public static final BacktestSettings DEFAULT = new BacktestSettings(3, 28, 84);

    public BacktestSettings {
        ORIGINS.require(origins, "the number of origins");
        HORIZON_DAYS.require(horizonDays, "the horizon");
        TRAINING_DAYS.require(trainingDays, "the training window");
    }

    /** The days of history a full backtest needs: the evaluated days plus one training window. */
    public int historyDaysNeeded() {
        return origins * horizonDays + trainingDays;
    }

    public BacktestSettings withTrainingDays(int days) {
        return new BacktestSettings(origins, horizonDays, days);
    }
}

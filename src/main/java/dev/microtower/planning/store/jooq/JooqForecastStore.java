package dev.microtower.planning.store.jooq;

import static dev.microtower.store.jooq.Tables.STORED_CUSTOMER_POINTS;
import static dev.microtower.store.jooq.Tables.STORED_FORECAST;

import dev.microtower.core.ScenarioId;
import dev.microtower.planning.store.ForecastStore;
import dev.microtower.store.Database;
import dev.microtower.store.OrderHistoryRevision;
import java.util.Objects;
import java.util.Optional;

/** {@link ForecastStore} on the {@code stored_forecast} table (migration V11). */
public final class JooqForecastStore implements ForecastStore {
    private final Database database;

    public JooqForecastStore(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public String historyStamp() {
        return OrderHistoryRevision.stamp(database.dsl());
    }

    @Override
    public Optional<byte[]> find(String fingerprint) {
        return database.dsl()
                .select(STORED_FORECAST.BODY)
                .from(STORED_FORECAST)
                .where(STORED_FORECAST.FINGERPRINT.eq(fingerprint))
                .limit(1)
                .fetchOptional(STORED_FORECAST.BODY);
    }

    @Override
    public void save(ScenarioId scenario, String fingerprint, byte[] body) {
        database.inTransaction(tx -> {
            // a scenario deleted meanwhile keeps nothing: the row would name no scenario
            tx.dsl()
                    .deleteFrom(STORED_FORECAST)
                    .where(STORED_FORECAST.SCENARIO_ID.eq(scenario.value()))
                    .execute();
            tx.dsl()
                    .insertInto(STORED_FORECAST)
                    .set(STORED_FORECAST.SCENARIO_ID, scenario.value())
                    .set(STORED_FORECAST.FINGERPRINT, fingerprint)
                    .set(STORED_FORECAST.BODY, body)
                    .execute();
            return null;
        });
    }

    @Override
    public Optional<byte[]> findCustomers(String historyStamp) {
        return database.dsl()
                .select(STORED_CUSTOMER_POINTS.BODY)
                .from(STORED_CUSTOMER_POINTS)
                .where(STORED_CUSTOMER_POINTS.HISTORY_STAMP.eq(historyStamp))
                .fetchOptional(STORED_CUSTOMER_POINTS.BODY);
    }

    @Override
    public void saveCustomers(String historyStamp, byte[] body) {
        database.inTransaction(tx -> {
            tx.dsl().deleteFrom(STORED_CUSTOMER_POINTS).execute();
            tx.dsl()
                    .insertInto(STORED_CUSTOMER_POINTS)
                    .set(STORED_CUSTOMER_POINTS.HISTORY_STAMP, historyStamp)
                    .set(STORED_CUSTOMER_POINTS.BODY, body)
                    .execute();
            return null;
        });
    }
}

package dev.microtower.planning.store;

import dev.microtower.core.ScenarioId;
import java.util.Optional;

/**
 * The store port for forecasts kept in the database (ADR 0016): one body per scenario, found by the
 * fingerprint of what it was made from. The planning service decides what a fingerprint covers and
 * what a body holds; this port only keeps them.
 */
public interface ForecastStore {
    /** Keeps nothing and finds nothing: a planning chain that forecasts every time. */
    ForecastStore NONE = new ForecastStore() {
        @Override
        public String historyStamp() {
            return "";
        }

        @Override
        public Optional<byte[]> find(String fingerprint) {
            return Optional.empty();
        }

        @Override
        public void save(ScenarioId scenario, String fingerprint, byte[] body) {}

        @Override
        public Optional<byte[]> findCustomers(String historyStamp) {
            return Optional.empty();
        }

        @Override
        public void saveCustomers(String historyStamp, byte[] body) {}
    };

    /** Names the order history as it is now without reading it (see {@code store.OrderHistoryRevision}). */
    String historyStamp();

    /** The body stored under {@code fingerprint} by any scenario, if any. */
    Optional<byte[]> find(String fingerprint);

    /** Keeps {@code body} as the scenario's forecast, replacing the one it had. */
    void save(ScenarioId scenario, String fingerprint, byte[] body);

    /** The customer points kept for the order history of {@code historyStamp}, if any. */
    Optional<byte[]> findCustomers(String historyStamp);

    /** Keeps {@code body} as the customer points of the history of {@code historyStamp}, replacing any others. */
    void saveCustomers(String historyStamp, byte[] body);
}

-- A scenario's demand forecast kept in the file (issue 12, ADR 0016), so that the first Plan and the
-- stock heatmap after opening need not read the order history and forecast again. The body is the
-- forecast, the demand history it was made from and the demand classes, compact (see
-- planning.service.StoredForecast). It is used only when its fingerprint equals the one computed
-- at open from what the forecast depends on: sites, SKUs, zones, demand changes, time zone,
-- history days, the forecaster's version and code, and the order history's revision below. Any
-- scenario's row with an equal fingerprint serves: a copy forecasts exactly as its parent until
-- one of those inputs differs.
CREATE TABLE stored_forecast (
    scenario_id  BIGINT NOT NULL PRIMARY KEY REFERENCES scenario (id) ON DELETE CASCADE,
    fingerprint  VARCHAR(64) NOT NULL,
    body         BLOB NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX stored_forecast_fingerprint_idx ON stored_forecast (fingerprint);

-- The order history's revision: every write of orders or order lines adds one, in the same
-- transaction (store.OrderHistoryRevision), so a fingerprint can name the history without reading it.
CREATE TABLE order_history_revision (
    id        INTEGER NOT NULL PRIMARY KEY,
    revision  BIGINT NOT NULL,
    CONSTRAINT order_history_revision_single_row CHECK (id = 1)
);
INSERT INTO order_history_revision (id, revision) VALUES (1, 0);

-- Each order's customer location and units, as the zones' coverage and the network KPIs count them,
-- kept for the order history of one stamp (store.OrderHistoryRevision.stamp): the coverage at open
-- then reads no orders while the first Plan runs. One row at most, replaced when the history changes.
CREATE TABLE stored_customer_points (
    history_stamp  VARCHAR(200) NOT NULL PRIMARY KEY,
    body           BLOB NOT NULL
);

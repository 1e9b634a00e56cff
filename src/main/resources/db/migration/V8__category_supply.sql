-- Vendor supply per SKU category of a regional DC (issue 19): a DC may buy one category from its
-- vendors with another lead time or review period than the rest. A row overrides the DC's own
-- supply_lead_time_days / supply_review_days (V4) for the SKUs of that category; a NULL value keeps
-- the DC's value, and without the DC's value the documented default (docs/kpis.md). Scenario-scoped
-- like the site it belongs to, so a scenario copy copies it and a removed site takes its rows along.
CREATE TABLE category_supply (
    scenario_id            BIGINT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    node_id                BIGINT NOT NULL,
    category               VARCHAR(64) NOT NULL,
    supply_lead_time_days  DOUBLE PRECISION,
    supply_review_days     INTEGER,
    PRIMARY KEY (node_id, category),
    CONSTRAINT category_supply_node_fk
        FOREIGN KEY (node_id, scenario_id) REFERENCES node (id, scenario_id) ON DELETE CASCADE,
    CONSTRAINT category_supply_category_not_blank CHECK (TRIM(category) <> ''),
    CONSTRAINT category_supply_says_something
        CHECK (supply_lead_time_days IS NOT NULL OR supply_review_days IS NOT NULL),
    CONSTRAINT category_supply_lead_time_non_negative
        CHECK (supply_lead_time_days IS NULL OR supply_lead_time_days >= 0),
    CONSTRAINT category_supply_review_days_positive
        CHECK (supply_review_days IS NULL OR supply_review_days >= 1)
);
CREATE INDEX category_supply_scenario_idx ON category_supply (scenario_id);

-- Site operations the fulfilment simulation reads (issue 19). Every column is optional: NULL means
-- the documented default (docs/kpis.md, simulation.domain.SiteOperations), so existing files and
-- databases keep working unchanged.
--   orders_per_day         orders the site can pick and dispatch per day (default: 0.25 per m² of
--                          floor area, at least 50; 200 without a floor area)
--   same_day_cutoff_hour   local hour of day after which a same-day order is no longer dispatched
--                          the same day (default 14)
--   supply_lead_time_days  days from a vendor order to its arrival, for sites replenished from
--                          outside the network, i.e. regional DCs (default 3)
--   supply_review_days     days between two vendor orders of such a site (default 7)
ALTER TABLE node ADD COLUMN orders_per_day INTEGER;
ALTER TABLE node ADD COLUMN same_day_cutoff_hour DOUBLE PRECISION;
ALTER TABLE node ADD COLUMN supply_lead_time_days DOUBLE PRECISION;
ALTER TABLE node ADD COLUMN supply_review_days INTEGER;
ALTER TABLE node ADD CONSTRAINT node_orders_per_day_non_negative
    CHECK (orders_per_day IS NULL OR orders_per_day >= 0);
ALTER TABLE node ADD CONSTRAINT node_same_day_cutoff_hour_range
    CHECK (same_day_cutoff_hour IS NULL OR same_day_cutoff_hour BETWEEN 0 AND 24);
ALTER TABLE node ADD CONSTRAINT node_supply_lead_time_non_negative
    CHECK (supply_lead_time_days IS NULL OR supply_lead_time_days >= 0);
ALTER TABLE node ADD CONSTRAINT node_supply_review_days_positive
    CHECK (supply_review_days IS NULL OR supply_review_days >= 1);

-- Plans priced in money. A SKU may carry its selling price; without one the engines use
-- unit_cost x 1.5 (Sku.DEFAULT_PRICE_FACTOR). Each plan run keeps the cost settings it was made
-- with and the expected lost sales it was judged on, so an old run can be read as it was made.
ALTER TABLE sku ADD COLUMN unit_price DECIMAL(14, 4);
ALTER TABLE sku ADD CONSTRAINT sku_price_non_negative CHECK (unit_price >= 0);

ALTER TABLE plan_run ADD COLUMN ambient_per_unit_km DOUBLE PRECISION NOT NULL DEFAULT 0.010;
ALTER TABLE plan_run ADD COLUMN chilled_per_unit_km DOUBLE PRECISION NOT NULL DEFAULT 0.018;
ALTER TABLE plan_run ADD COLUMN frozen_per_unit_km DOUBLE PRECISION NOT NULL DEFAULT 0.025;
ALTER TABLE plan_run ADD COLUMN lost_sale_basis VARCHAR(16) NOT NULL DEFAULT 'MARGIN';
ALTER TABLE plan_run ADD COLUMN holding_rate_per_year DOUBLE PRECISION NOT NULL DEFAULT 0.25;
ALTER TABLE plan_run ADD COLUMN lost_sales_before DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE plan_run ADD COLUMN lost_sales_after DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE plan_run ADD COLUMN lost_sale_cost_before DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE plan_run ADD COLUMN lost_sale_cost_after DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE plan_run ADD COLUMN holding_cost_per_week DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE plan_run ADD CONSTRAINT plan_run_lost_sale_basis_valid CHECK (lost_sale_basis IN ('MARGIN', 'PRICE'));

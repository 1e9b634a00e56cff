-- Demand changes (demand multipliers) for one SKU, a category or everything, in a district: a
-- drawn polygon (WKT in WGS84, lon lat order as WKT has it), a delivery zone of the scenario (by
-- its code, so a zone redrawn later keeps the change), or a site's own demand (node_id, as in V1).
-- A change names at most one district; none means everywhere.
ALTER TABLE demand_multiplier ADD COLUMN sku_code VARCHAR(64);
ALTER TABLE demand_multiplier ADD COLUMN zone_code VARCHAR(64);
ALTER TABLE demand_multiplier ADD COLUMN area_wkt CLOB;

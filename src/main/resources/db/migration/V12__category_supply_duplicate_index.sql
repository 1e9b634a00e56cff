-- V8 added category_supply_scenario_idx on (scenario_id) by hand, but H2 had already made an index
-- of its own for the table's foreign key to scenario (scenario_id REFERENCES scenario): read from
-- INFORMATION_SCHEMA.INDEX_COLUMNS on a file migrated to V8, CATEGORY_SUPPLY has CONSTRAINT_INDEX_B
-- on SCENARIO_ID alone beside CATEGORY_SUPPLY_SCENARIO_IDX on SCENARIO_ID alone. As with the stock
-- table's two in V7, every write of a supply row (scenario copy, delete, import) paid for both;
-- reads and deletes by scenario use the foreign key's index as before.
-- (A database that does not index its foreign keys by itself needs this one back.)
DROP INDEX category_supply_scenario_idx;

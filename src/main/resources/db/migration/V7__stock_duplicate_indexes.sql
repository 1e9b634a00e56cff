-- Copying a scenario writes every stock row of the network again (27,000 for the demo), and each
-- row costs one write per index. H2 made an index of its own for each foreign key of the stock
-- table when V1 created it (scenario_id, sku_id, and node_id with scenario_id), so the two indexes
-- V1 added by hand duplicate two of them: every stock write paid for six indexes where four serve
-- every read. Dropping the duplicates makes a scenario copy, a scenario delete and a stock import
-- about a third faster; reads by scenario or by SKU use the foreign keys' indexes as before.
-- (A database that does not index its foreign keys by itself needs these two back.)
DROP INDEX stock_scenario_idx;
DROP INDEX stock_sku_idx;

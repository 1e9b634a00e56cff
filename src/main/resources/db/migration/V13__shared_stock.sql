-- A scenario copy no longer writes the parent's stock rows again (27,000 for the demo, most of a
-- copy's time; ADR 0017). stock_of names the scenario whose stock rows this scenario reads, mapped
-- to its own sites by site code, until the first write that could change what either reads; then
-- the rows are copied in (store.SharedStock.materialise) and stock_of is cleared. It always names a
-- scenario that owns its rows (chains collapse). No ON DELETE action: deleting a scenario others
-- read from fails unless they were given their own rows first, so a missed path cannot lose stock.
ALTER TABLE scenario ADD COLUMN stock_of BIGINT;
ALTER TABLE scenario ADD CONSTRAINT scenario_stock_of_fk FOREIGN KEY (stock_of) REFERENCES scenario (id);

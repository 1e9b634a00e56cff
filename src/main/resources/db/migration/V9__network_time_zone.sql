-- The time zone a scenario's network counts its days in (issue 17): the history window, the
-- backtest and the simulation's days all start at local midnight there. A region id such as
-- 'America/Los_Angeles' (summer time included) or a fixed offset such as '-03:00' or 'UTC'.
-- NULL means "not set": the zone is then guessed from the sites' mean longitude
-- (forecasting.engine.NetworkTimeZone.guess). Per scenario, because the sites are: a copy keeps it.
ALTER TABLE scenario ADD COLUMN time_zone VARCHAR(64);

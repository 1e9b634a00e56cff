package dev.microtower.simulation.domain;

import java.time.LocalDate;

/** The network's figures of one day of a replay. */
public record DayTotals(LocalDate day, Totals totals) {}

package dev.microtower.importexport;

import dev.microtower.core.ScenarioId;
import java.sql.Connection;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * What each part of an import (the catalogue and sites, stock, orders, zones, rules) works with:
 * the run it belongs to, its one transaction (as jOOQ and as the JDBC connection for batches), the
 * scenario written and the problems found so far.
 */
abstract class TableImport {
    protected final ImportRun run;
    protected final DSLContext dsl;
    protected final Connection connection;
    protected final ScenarioId scenario;
    protected final Problems problems;

    protected TableImport(ImportRun run) {
        this.run = Objects.requireNonNull(run);
        this.dsl = run.dsl();
        this.connection = run.connection();
        this.scenario = run.scenario();
        this.problems = run.problems();
    }
}

package dev.microtower.importexport;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleFiles;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import dev.microtower.zones.store.ZoneFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The files the features below the import package read and write (allocation rules, delivery
 * zones), offered through ports those features declare, so that zones and allocation never depend
 * on this package. Registered in the session once; each call blocks.
 */
public final class FeatureFiles implements RuleFiles, ZoneFiles {
    private final Importer importer;
    private final Exporter exporter;

    public FeatureFiles(Database database) {
        this.importer = new Importer(database);
        this.exporter = new Exporter(database);
    }

    @Override
    public List<AllocationRule> read(Path file, ScenarioId scenario) {
        return importer.readRules(file, scenario);
    }

    @Override
    public void write(Path file, List<AllocationRule> rules) {
        Exporter.exportRules(file, rules);
    }

    @Override
    public void importGeoJson(Path file, ScenarioId scenario) {
        importer.importPath(file, scenario);
    }

    @Override
    public void exportGeoJson(Path file, ScenarioId scenario) {
        exporter.exportZonesGeoJson(file, scenario);
    }
}

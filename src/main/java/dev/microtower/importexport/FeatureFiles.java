package dev.microtower.importexport;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleFiles;
import dev.microtower.core.FileProblemsException;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import dev.microtower.zones.store.ZoneFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The files the features read and write themselves (the rules editor's CSV, the zone tools'
 * GeoJSON), on the importer and exporter of this package. The problems an import finds are handed
 * on as a {@link FileProblemsException}, so the features need not know {@link ImportException}.
 */
public final class FeatureFiles implements RuleFiles, ZoneFiles {
    private final Database database;

    public FeatureFiles(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<AllocationRule> read(Path file, ScenarioId scenario) {
        return translated(() -> new Importer(database).readRules(file, scenario));
    }

    @Override
    public void write(Path file, List<AllocationRule> rules) {
        Exporter.exportRules(file, rules);
    }

    @Override
    public void importGeoJson(Path file, ScenarioId scenario) {
        translated(() -> new Importer(database).importPath(file, scenario));
    }

    @Override
    public void exportGeoJson(Path file, ScenarioId scenario) {
        new Exporter(database).exportZonesGeoJson(file, scenario);
    }

    private static <T> T translated(Supplier<T> read) {
        try {
            return read.get();
        } catch (ImportException e) {
            throw new FileProblemsException(
                    e.getMessage(), e.problems().stream().map(Problem::toString).toList());
        }
    }
}

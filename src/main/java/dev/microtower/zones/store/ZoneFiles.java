package dev.microtower.zones.store;

import dev.microtower.core.FileProblemsException;
import dev.microtower.core.ScenarioId;
import java.nio.file.Path;

/**
 * Delivery zones in a GeoJSON file, for the zone tools' Import and Export. Declared here and
 * implemented by the import and export package above, so that zones do not depend on it; the
 * session offers it by this type.
 */
public interface ZoneFiles {
    /**
     * Adds the zones of {@code file} to {@code scenario}, replacing those with the same code, in
     * one transaction.
     *
     * @throws FileProblemsException listing what is wrong in the file; nothing is written then
     */
    void importGeoJson(Path file, ScenarioId scenario);

    /** Writes the zones of {@code scenario} with code, site and tier in each feature's properties. */
    void exportGeoJson(Path file, ScenarioId scenario);
}

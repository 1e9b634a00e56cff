package dev.microtower.zones.store;

import dev.microtower.core.InputRejected;
import dev.microtower.core.ScenarioId;
import java.nio.file.Path;

/**
 * Delivery zones to and from GeoJSON files, for the zone editor. The import package, above
 * zones, implements it; the editor finds it with {@code session.get(ZoneFiles.class)}.
 */
public interface ZoneFiles {
    /**
     * Imports the zones of a GeoJSON file into {@code scenario}, all or nothing.
     *
     * @throws InputRejected listing every problem, when nothing was written
     */
    void importGeoJson(Path file, ScenarioId scenario);

    /** Writes the zones of {@code scenario} as a GeoJSON FeatureCollection. */
    void exportGeoJson(Path file, ScenarioId scenario);
}

package dev.microtower.importexport;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an import did, per entity: rows added, rows updated, rows that were already as in the file. */
public record ImportReport(Map<String, Counts> entities) {
    public ImportReport {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }

    public record Counts(long added, long updated, long unchanged) {
        public long total() {
            return added + updated + unchanged;
        }
    }

    public Counts of(String entity) {
        return entities.getOrDefault(entity, new Counts(0, 0, 0));
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        entities.forEach((entity, c) -> text.append(String.format(
                "%-18s %,10d added %,10d updated %,10d unchanged%n", entity, c.added(), c.updated(), c.unchanged())));
        return text.toString();
    }
}

package dev.microtower.importexport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, per entity: rows added, rows updated, rows that were already as in the file;
 * and the notes a planner should read (optional columns the file did not have, whose stored values
 * were kept; where the backup taken before a large import is).
 */
public record ImportReport(Map<String, Counts> entities, List<String> notes) {
    public ImportReport {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        notes = List.copyOf(notes);
    }

    public ImportReport(Map<String, Counts> entities) {
        this(entities, List.of());
    }

    public record Counts(long added, long updated, long unchanged) {
        public long total() {
            return added + updated + unchanged;
        }
    }

    public Counts of(String entity) {
        return entities.getOrDefault(entity, new Counts(0, 0, 0));
    }

    /** The same report with {@code note} added at the end. */
    public ImportReport withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new ImportReport(entities, more);
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        entities.forEach((entity, c) -> text.append(String.format(
                "%-18s %,10d added %,10d updated %,10d unchanged%n", entity, c.added(), c.updated(), c.unchanged())));
        notes.forEach(note -> text.append(note).append(System.lineSeparator()));
        return text.toString();
    }
}

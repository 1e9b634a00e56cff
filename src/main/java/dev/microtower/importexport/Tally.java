package dev.microtower.importexport;

/** Counts rows added, updated and unchanged while one entity is imported. */
final class Tally {
    long added;
    long updated;
    long unchanged;

    ImportReport.Counts counts() {
        return new ImportReport.Counts(added, updated, unchanged);
    }
}

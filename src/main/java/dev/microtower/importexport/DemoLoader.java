package dev.microtower.importexport;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SKU;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the demo network (the Bay Area files the jar carries under {@code sample-data/bay-area/})
 * into an empty database, through the ordinary importer, so the demo is checked like any file.
 */
public final class DemoLoader {
    public static final String DEMO_RESOURCES = "sample-data/bay-area/";

    private static final List<String> FILES = List.of(
            "skus.csv",
            "nodes.csv",
            "stock.csv",
            "orders.csv.gz",
            "orders.csv",
            "order-lines.csv.gz",
            "order-lines.csv",
            "allocation-rules.csv",
            "delivery-zones.geojson");

    private DemoLoader() {}

    /** Whether the database holds no SKU, node or order yet. */
    public static boolean isEmpty(Database database) {
        var dsl = database.dsl();
        return dsl.fetchCount(SKU) == 0 && dsl.fetchCount(NODE) == 0 && dsl.fetchCount(CUSTOMER_ORDER) == 0;
    }

    /** On first start: loads the demo network if the database is empty. Returns whether it did. */
    public static boolean loadIfEmpty(Database database, Progress progress) {
        if (!isEmpty(database)) {
            return false;
        }
        load(database, DEMO_RESOURCES, progress, Cancellation.none());
        return true;
    }

    /**
     * Loads the demo files found under the class-path folder {@code resourceRoot} (ending in
     * {@code /}) into the baseline. Refuses a database that already holds data.
     */
    public static ImportReport load(
            Database database, String resourceRoot, Progress progress, Cancellation cancellation) {
        if (!isEmpty(database)) {
            throw new DemoUnavailableException(
                    "the database " + database.file()
                            + " already holds a network; the demo loads only into an empty database (use --db with a new file)");
        }
        Path folder = null;
        try {
            folder = TempFolders.create("microtower-demo");
            int found = 0;
            ClassLoader loader = DemoLoader.class.getClassLoader();
            for (String name : FILES) {
                try (InputStream in = loader.getResourceAsStream(resourceRoot + name)) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(name));
                        found++;
                    }
                }
            }
            if (found == 0) {
                throw new DemoUnavailableException("the demo network is missing from this build (no files under "
                        + resourceRoot + " on the class path)");
            }
            return new Importer(database).importPath(folder, ScenarioId.BASELINE, progress, cancellation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo network: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}

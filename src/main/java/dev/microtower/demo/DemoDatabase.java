package dev.microtower.demo;

import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Digests;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.importexport.ImportReport;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.planning.store.jooq.JooqForecastStore;
import dev.microtower.presentation.store.DemoTour;
import dev.microtower.presentation.store.jooq.JooqStoryboardRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseImage;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The demo network as a ready-made database, built once when Microtower is built (the Maven
 * {@code process-classes} phase runs {@link #main}) and carried in the jar as {@link #RESOURCE}, so
 * that a first start unpacks it in about a second instead of importing the demo files for half a
 * minute. It is made by the same migrations and the same validated import as any user's file
 * ({@link DemoLoader}), so what the user gets is what an import would have given them (ADR 0014).
 *
 * <p>The build skips the work when nothing it is made from changed: it keeps a fingerprint (SHA-256)
 * of the demo files, the migrations and the importer's sources beside its output.
 */
public final class DemoDatabase {
    /** Where the jar carries the image: a gzip-compressed H2 file. */
    public static final String RESOURCE = "demo/bay-area.mv.db.gz";

    private DemoDatabase() {}

    /**
     * Builds the image: {@code IMAGE WORK_FOLDER INPUT_FOLDER...}. The input folders are what the
     * fingerprint covers; the demo files themselves are read from the class path, as at first start.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: DemoDatabase IMAGE WORK_FOLDER INPUT_FOLDER...");
        }
        Path image = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<Path> inputs = Arrays.stream(args, 2, args.length).map(Path::of).toList();
        Path stamp = work.resolve("fingerprint.txt");
        String fingerprint = fingerprint(inputs);
        if (Files.exists(image)
                && Files.exists(stamp)
                && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[demo database] up to date: " + image);
            return;
        }
        long start = System.nanoTime();
        Files.createDirectories(work);
        Path file = work.resolve("bay-area.mv.db");
        Files.deleteIfExists(file);
        Files.deleteIfExists(work.resolve("bay-area.trace.db"));
        ImportReport report;
        try (Database database = Database.open(file)) {
            report = DemoLoader.load(
                    database, DemoLoader.DEMO_RESOURCES, (done, total, message) -> {}, Cancellation.none());
            storeForecast(database);
            // the storyboard in the image: placing the demo stays one step, all or nothing
            DemoTour.addIfAbsent(new JooqStoryboardRepository(database), new JooqScenarioRepository(database));
            database.compactWhenClosing(); // the image carries live data only
        }
        DatabaseImage.write(file, image);
        Files.writeString(stamp, fingerprint);
        System.out.printf(
                "[demo database] %s in %.1f s (%,d bytes, from %,d bytes)%n%s",
                image, (System.nanoTime() - start) / 1e9, Files.size(image), Files.size(file), report.format());
        Files.deleteIfExists(file);
    }

    /**
     * Forecasts the baseline and keeps the forecast and the customer points in the file (ADR 0016),
     * so that the first Plan, the stock heatmap and the zones' coverage after a first start need not
     * read the order history: the same planning service, settings and code as the window's, stored
     * under the same fingerprint.
     */
    static void storeForecast(Database database) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            PlanningService planning = new PlanningService(
                    new PlanningService.Sources(
                            new JooqNodeRepository(database),
                            new JooqSkuRepository(database),
                            new JooqStockRepository(database),
                            new JooqOrderRepository(database),
                            new JooqZoneRepository(database),
                            new JooqRuleRepository(database),
                            new JooqScenarioRepository(database),
                            new JooqForecastStore(database)),
                    pool);
            planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            if (planning.forecastsStored() != 1) {
                throw new IllegalStateException("the demo's forecast was not stored");
            }
            // and the customer points the zones' coverage counts at open
            planning.forEachCustomer((lat, lon, units) -> {}, Cancellation.none());
        } finally {
            pool.shutdown();
        }
    }

    /** The SHA-256 of every file under {@code inputs}, by relative path and content, in a fixed order. */
    static String fingerprint(List<Path> inputs) throws IOException {
        MessageDigest digest = Digests.sha256();
        for (Path input : inputs) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update(input.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

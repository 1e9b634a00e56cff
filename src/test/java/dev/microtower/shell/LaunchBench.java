package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.App;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launch to the first complete map frame: toolkit start, window, database open, network read,
 * sites drawn and every base-map tile in view loaded. Run alone so the toolkit start is counted.
 */
@Tag("bench")
class LaunchBench {
    @TempDir
    Path dir;

    @Test
    void firstCompleteMapFrameWithinFourSeconds() throws Exception {
        // the Bay Area demo network, loaded beforehand: first start's one-time import is not timed
        Path file = dir.resolve("demo");
        int sites;
        try (Database db = Database.open(file)) {
            DemoLoader.loadIfEmpty(db, Progress.NONE);
            sites = new JooqNodeRepository(db).count(ScenarioId.BASELINE);
        }

        long start = System.nanoTime();
        WindowSnapshot.useHeadlessToolkit(1600, 1000);
        WindowSnapshot.startToolkit();
        long toolkit = System.nanoTime();
        WindowSnapshot.render(
                file, new WindowSnapshot.View(1600, 1000, null, null), App::createWindow, (w, code) -> false, 60);
        long done = System.nanoTime();

        double total = (done - start) / 1e9;
        System.out.printf(
                "%n[bench] launch to first complete map frame: %.2f s (toolkit %.2f s, window + database + map %.2f s; demo network, %d sites; target <= 4 s)%n",
                total, (toolkit - start) / 1e9, (done - toolkit) / 1e9, sites);
        assertTrue(total <= 4, "launch took " + total + " s");
    }
}

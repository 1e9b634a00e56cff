package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.App;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.persistence.Database;
import dev.microtower.testing.SyntheticNetwork;
import java.nio.file.Path;
import java.util.List;
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
        // stand-in for the Bay Area demo network until it lands: same order of size
        List<Node> nodes = SyntheticNetwork.nodes(400, 42);
        List<Sku> skus = SyntheticNetwork.skus(40);
        Path file = dir.resolve("demo");
        try (Database db = Database.open(file)) {
            SyntheticNetwork.writeTo(db, nodes, skus, SyntheticNetwork.stock(nodes.subList(0, 20), skus));
        }

        long start = System.nanoTime();
        WindowSnapshot.useHeadlessToolkit(1600, 1000);
        WindowSnapshot.startToolkit();
        long toolkit = System.nanoTime();
        WindowSnapshot.render(file, new WindowSnapshot.View(1600, 1000, null, null), App::createWindow, 60);
        long done = System.nanoTime();

        double total = (done - start) / 1e9;
        System.out.printf(
                "%n[bench] launch to first complete map frame: %.2f s (toolkit %.2f s, window + database + map %.2f s; %d sites; target <= 4 s)%n",
                total, (toolkit - start) / 1e9, (done - toolkit) / 1e9, nodes.size());
        assertTrue(total <= 4, "launch took " + total + " s");
    }
}

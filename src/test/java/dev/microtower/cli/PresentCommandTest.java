package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.presentation.domain.LayerState;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.store.jooq.JooqStoryboardRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Forked;
import dev.microtower.testing.SyntheticNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code present}: a storyboard's PDF made headless in its own process, and an unknown storyboard refused. */
class PresentCommandTest {
    @TempDir
    Path dir;

    private Path databaseWithTour() {
        List<Node> nodes = SyntheticNetwork.nodes(30, 3);
        List<Sku> skus = SyntheticNetwork.skus(3);
        Path file = dir.resolve("db");
        try (Database db = Database.open(file)) {
            SyntheticNetwork.writeTo(db, nodes, skus, SyntheticNetwork.stock(nodes.subList(0, 4), skus));
            List<LayerState> layers =
                    List.of(new LayerState("Base map", true, Map.of()), new LayerState("Sites", true, Map.of()));
            new JooqStoryboardRepository(db)
                    .save(new Storyboard(
                            "Tour",
                            List.of(
                                    new StoryView(
                                            "First site",
                                            "",
                                            ScenarioId.BASELINE,
                                            nodes.get(0).location(),
                                            10,
                                            layers,
                                            null,
                                            List.of("stock-units")),
                                    new StoryView(
                                            "Second site",
                                            "close up",
                                            ScenarioId.BASELINE,
                                            nodes.get(5).location(),
                                            12,
                                            layers,
                                            nodes.get(5).code().value(),
                                            List.of("open-storage-capacity")))));
        }
        return file;
    }

    @Test
    void refusesAStoryboardTheDatabaseDoesNotHave() {
        Path file = databaseWithTour();
        Path pdf = dir.resolve("none.pdf");
        CliRun run =
                CliRun.of("present", "--db", file.toString(), "--storyboard", "Grand tour", "--pdf", pdf.toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("there is no storyboard called 'Grand tour'"), run.err());
        assertTrue(run.err().contains("it has: Tour"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void writesAPdfWithAPagePerViewWithoutADisplay() throws Exception {
        Path file = databaseWithTour();
        Path pdf = dir.resolve("out/tour.pdf");
        Forked.Result run = Forked.run(
                Map.of(),
                "present",
                "--db",
                file.toString(),
                "--storyboard",
                "Tour",
                "--pdf",
                pdf.toString(),
                "--width",
                "1000",
                "--height",
                "700");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("(2 pages)"), run.output());
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, read.getNumberOfPages());
            String text = new PDFTextStripper().getText(read);
            assertTrue(text.contains("First site") && text.contains("Second site"), text);
            assertTrue(text.contains("Stock units") && text.contains("Open storage capacity"), text);
        }
    }

    @Test
    void theDemoComesWithTheBayAreaTour() {
        Path file = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--db", file.toString());
        assertEquals(0, run.exit(), run.err());
        CliRun list = CliRun.of("storyboard", "list", "--db", file.toString());
        assertEquals("Bay Area tour (4 views)", list.out().strip());
    }
}

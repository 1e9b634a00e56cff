package dev.microtower.presentation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.presentation.domain.LayerState;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.store.jooq.JooqStoryboardRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storyboards on a real H2 file (migration V14) and as JSON files. */
class StoryboardStoreTest {
    @TempDir
    Path dir;

    private static StoryView view(String title, ScenarioId scenario, double zoom) {
        return new StoryView(
                title,
                "caption " + title,
                scenario,
                new GeoPoint(37.7, -122.3),
                zoom,
                List.of(
                        new LayerState("Sites", true, Map.of("Dark store", false)),
                        new LayerState("Stock heatmap", true, Map.of(), Map.of("measure", "DAYS_OF_COVER"))),
                "MFC-01",
                List.of("stock-units", "fill-rate-orders"));
    }

    @Test
    void aStoryboardComesBackAsStoredInItsOrder() {
        try (Database db = Database.open(dir.resolve("db"))) {
            JooqStoryboardRepository store = new JooqStoryboardRepository(db);
            Storyboard board = new Storyboard(
                    "Tour", List.of(view("One", ScenarioId.BASELINE, 9), view("Two", ScenarioId.BASELINE, 12.5)));
            store.save(board);
            assertEquals(Optional.of(board), store.find("Tour"));
            Storyboard moved = board.move(1, 0).replace(1, board.views().get(0).withTitle("First, now second"));
            store.save(moved);
            assertEquals(Optional.of(moved), store.find("Tour"));
            assertEquals(List.of("Tour"), store.names());
        }
    }

    @Test
    void renamingOntoAnotherStoryboardIsRefusedAndDeletingTakesTheViews() {
        try (Database db = Database.open(dir.resolve("db"))) {
            JooqStoryboardRepository store = new JooqStoryboardRepository(db);
            store.save(new Storyboard("A", List.of(view("One", ScenarioId.BASELINE, 9))));
            store.save(new Storyboard("B", List.of()));
            var refused = assertThrows(IllegalArgumentException.class, () -> store.rename("A", "B"));
            assertTrue(refused.getMessage().contains("exists already"), refused.getMessage());
            store.rename("A", "Board A");
            assertEquals(List.of("B", "Board A"), store.names());
            assertTrue(store.delete("Board A"));
            assertFalse(store.delete("Board A"));
            assertEquals(0, db.dsl().fetchCount(dev.microtower.store.jooq.Tables.STORYBOARD_VIEW));
        }
    }

    @Test
    void aViewOfADeletedScenarioShowsTheBaseline() {
        try (Database db = Database.open(dir.resolve("db"))) {
            JooqScenarioRepository scenarios = new JooqScenarioRepository(db);
            Scenario copy = scenarios.copy(ScenarioId.BASELINE, "Closing a DC");
            JooqStoryboardRepository store = new JooqStoryboardRepository(db);
            store.save(new Storyboard("Tour", List.of(view("What if", copy.id(), 10))));
            scenarios.delete(copy.id());
            assertEquals(
                    ScenarioId.BASELINE,
                    store.find("Tour").orElseThrow().views().get(0).scenario());
        }
    }

    @Test
    void copyingAScenarioLeavesTheStoryboardsAlone() {
        try (Database db = Database.open(dir.resolve("db"))) {
            JooqStoryboardRepository store = new JooqStoryboardRepository(db);
            Storyboard board = new Storyboard("Tour", List.of(view("One", ScenarioId.BASELINE, 9)));
            store.save(board);
            // a table with a scenario_id column is copied with the scenario: the views must not be
            Scenario copy = new JooqScenarioRepository(db).copy(ScenarioId.BASELINE, "Copy");
            new JooqScenarioRepository(db).copy(copy.id(), "Copy of the copy");
            assertEquals(Optional.of(board), store.find("Tour"));
        }
    }

    @Test
    void jsonCarriesScenariosByNameAndComesBackTheSame() {
        ScenarioId whatIf = ScenarioId.of(7);
        Storyboard board =
                new Storyboard("Tour", List.of(view("One", ScenarioId.BASELINE, 9), view("Two", whatIf, 11)));
        Path file = dir.resolve("tour.json");
        StoryboardJson.write(board, id -> id.isBaseline() ? "Baseline" : "Closing a DC", file);
        Storyboard read = StoryboardJson.read(
                file, name -> Optional.of(name.equals("Baseline") ? ScenarioId.BASELINE : ScenarioId.of(7)));
        assertEquals(board, read);
    }

    @Test
    void aWrongFileIsRefusedNamingTheField() throws Exception {
        Path file = dir.resolve("tour.json");
        StoryboardJson.write(
                new Storyboard(
                        "Tour", List.of(view("One", ScenarioId.BASELINE, 9), view("Two", ScenarioId.BASELINE, 9))),
                id -> "Baseline",
                file);
        String good = Files.readString(file);

        Files.writeString(file, good.replaceFirst("\"zoom\" : 9.0", "\"zoom\" : 40"));
        var zoom = assertThrows(
                StoryboardJson.BadFile.class, () -> StoryboardJson.read(file, n -> Optional.of(ScenarioId.BASELINE)));
        assertEquals("tour.json: views[0].zoom: 40 is not between 2 and 18", zoom.getMessage());

        Files.writeString(file, good);
        var scenario =
                assertThrows(StoryboardJson.BadFile.class, () -> StoryboardJson.read(file, n -> Optional.empty()));
        assertEquals(
                "tour.json: views[0].scenario: no scenario called 'Baseline' in this database", scenario.getMessage());

        Files.writeString(file, "{\n\"format\": \"microtower-storyboard\",\n oops }");
        var json = assertThrows(StoryboardJson.BadFile.class, () -> StoryboardJson.read(file, n -> Optional.empty()));
        assertTrue(json.getMessage().startsWith("tour.json line 3: not JSON"), json.getMessage());
    }
}

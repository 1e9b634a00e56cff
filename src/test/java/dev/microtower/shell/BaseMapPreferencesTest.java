package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.App;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.basemap.BaseMapSettings;
import dev.microtower.ui.map.basemap.BaseMapTiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Preferences → Base map in the real window, with the path typed instead of picked in a file chooser. */
class BaseMapPreferencesTest {
    @TempDir
    static Path dir;

    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startOnAnEmptyDatabase() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        window = FxToolkit.setupFixture(() -> {
            MainWindow w = App.createWindow(Work.background(2), FirstStart.NOTHING);
            stage.setScene(new Scene(w.root(), 1000, 700));
            stage.show();
            w.open(dir.resolve("empty"));
            return w;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            new FxRobot()
                    .listWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            stage.hide();
            window.closeDatabase();
        });
    }

    @Test
    void aBrokenMbtilesFileIsRefusedNamingTheFileAndTheBuiltInMapStays() throws Exception {
        Path broken = Files.writeString(dir.resolve("bay-area.mbtiles"), "not a tile database, just some text\n");
        BaseMapTiles tiles = BaseMapTiles.shared();
        assertSame(tiles.builtIn(), tiles.source(), "the test starts on the built-in map");
        String attribution = window.map().attributionProperty().get();

        robot.interact(window::chooseBaseMap);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#basemap-dialog")
                .tryQuery()
                .isPresent());
        ChoiceBox<?> kind = robot.lookup("#basemap-kind").queryAs(ChoiceBox.class);
        List<String> kinds = kind.getItems().stream().map(Object::toString).toList();
        int mbtiles = kinds.indexOf(
                kinds.stream().filter(k -> k.startsWith("MBTiles")).findFirst().orElseThrow());
        robot.interact(() -> kind.getSelectionModel().select(mbtiles));
        robot.clickOn("#basemap-file").write(broken.toString());
        DialogPane preferences = robot.lookup("#basemap-dialog").queryAs(DialogPane.class);
        Node ok = preferences.lookupButton(ButtonType.OK);
        robot.clickOn(ok);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog")
                .tryQuery()
                .isPresent());
        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String message = error.getContentText();
        assertTrue(message.contains(broken.toString()), "names the file: " + message);
        assertTrue(message.contains("not an MBTiles file"), "says why: " + message);
        assertEquals("Cannot use this base map", error.getHeaderText());

        assertSame(tiles.builtIn(), tiles.source(), "the built-in map stays");
        assertEquals(attribution, window.map().attributionProperty().get());
        assertNotEquals(
                BaseMapSettings.Kind.MBTILES,
                BaseMapSettings.load(BaseMapSettings.defaultFile()).kind(),
                "the broken choice is not remembered for the next start");
        assertTrue(window.map().tilesLoaded());

        robot.interact(() -> error.getScene().getWindow().hide());
        assertEquals(List.of(stage), robot.listWindows());
    }
}

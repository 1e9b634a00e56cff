package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import dev.microtower.App;
import dev.microtower.importexport.ui.ImportExportModule;
import dev.microtower.testing.Windows;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.basemap.MicrotowerTileRetriever;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A first start without a network and without a connection, then files imported into it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptyDatabaseWindowTest {
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
            robot().listWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            stage.hide();
            window.closeDatabase();
        });
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    @Order(1)
    void withoutNetworkOrConnectionTheMapShowsAndNoErrorDialogAppears() {
        // the base map comes from our retriever, never from a tile server
        assertTrue(TileRetrieverProvider.getInstance().load() instanceof MicrotowerTileRetriever);
        assertTrue(window.map().tilesLoaded());
        assertEquals(0, Windows.sites(window).siteCount());
        assertEquals(List.of(stage), robot.listWindows(), "no dialog besides the main window");
    }

    @Test
    @Order(2)
    void importingANodesFileShowsItsSitesOnTheMap() throws Exception {
        Path nodes = Files.writeString(
                dir.resolve("nodes.csv"),
                "code,name,type,lat,lon,storage_capacity_units\n"
                        + "DC-1,Oakland DC,REGIONAL_DC,37.80,-122.27,400000\n"
                        + "DS-1,Mission dark store,DARK_STORE,37.76,-122.42,9000\n");

        robot.interact(() -> window.module(ImportExportModule.class).importFiles(List.of(nodes)));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> Windows.sites(window).siteCount() == 2);

        assertEquals(List.of(stage), robot.listWindows());
    }

    @Test
    @Order(3)
    void aBrokenFileIsRefusedWithEveryProblemListedAndNothingWritten() throws Exception {
        Path nodes = Files.writeString(
                Files.createDirectories(dir.resolve("broken")).resolve("nodes.csv"),
                "code,name,type,lat,lon\n"
                        + "DS-2,North Beach,DARK_STORE,137.80,-122.41\n"
                        + "XX-3,Somewhere,SPACESHIP,37.70,-122.40\n");

        robot.interact(() -> window.module(ImportExportModule.class).importFiles(List.of(nodes)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#problems-dialog")
                .tryQuery()
                .isPresent());

        String problems = robot.lookup("#problem-list").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("lat"), problems);
        assertTrue(problems.contains("SPACESHIP"), problems);
        assertTrue(problems.lines().count() >= 2, problems);
        assertEquals(2, Windows.sites(window).siteCount(), "nothing was written");
        robot.interact(() -> robot.lookup("#problems-dialog")
                .queryAs(DialogPane.class)
                .getScene()
                .getWindow()
                .hide());
    }
}

package dev.microtower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.AppVersion;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About and the window's icon, on the real window. */
class AboutWindowTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            robot.lookup(".dialog-pane")
                    .queryAll()
                    .forEach(pane -> pane.getScene().getWindow().hide());
            if (window != null) {
                stage.hide();
                window.closeDatabase();
            }
        });
    }

    @Test
    void helpAboutShowsTheVersionOfTheBuild(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, dir.resolve("db"), 1280, 800);

        robot.clickOn("Help").clickOn("About Microtower");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-text")
                .tryQuery()
                .isPresent());

        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(
                about.getHeaderText().startsWith("Microtower " + AppVersion.current() + " — "), about.getHeaderText());
    }

    @Test
    void theWindowIconComesInEverySizeAWindowManagerPicksFrom() throws Exception {
        FxToolkit.registerPrimaryStage(); // Image needs a running toolkit

        List<Image> icons = FxToolkit.setupFixture(App::windowIcons);

        assertEquals(
                List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0),
                icons.stream().map(Image::getWidth).toList());
        icons.forEach(icon -> assertTrue(!icon.isError() && icon.getHeight() == icon.getWidth(), icon.getUrl()));
    }
}

package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.testing.Windows;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A second Microtower process on the same database gets a message in a dialog, not a stack trace. */
class DatabaseInUseTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseHeldByAnotherProcessIsExplainedInADialog() throws Exception {
        Path file = dir.resolve("shared");
        Process other = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dorg.jooq.no-logo=true",
                        HoldDatabase.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("holding")) {
                // skip the other process's log lines
            }
            assertTrue(line != null, "the other process holds the database");

            Stage stage = FxToolkit.registerPrimaryStage();
            MainWindow window = Windows.open(stage, file, 900, 600);
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog")
                    .tryQuery()
                    .isPresent());

            DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
            assertTrue(dialog.getContentText().contains("open in another Microtower window"), dialog.getContentText());
            assertTrue(!dialog.getContentText().contains("Exception"), dialog.getContentText());
            assertEquals(MainWindow.State.FAILED, window.stateProperty().get());
            robot.interact(() -> {
                dialog.getScene().getWindow().hide();
                stage.hide();
            });
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroy();
        }
    }
}

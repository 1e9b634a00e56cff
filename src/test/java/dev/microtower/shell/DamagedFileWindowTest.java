package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.testing.DamagedFiles;
import dev.microtower.testing.Windows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file that opens cleanly but holds unreadable pages: the window shows it, reads the rest in the
 * background, and then says the file is damaged and where its newest backup is.
 */
class DamagedFileWindowTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @AfterEach
    void close() throws Exception {
        Windows.close(robot, stage, window);
    }

    @Test
    void damageBeyondWhatOpeningReadsIsToldWithTheNewestBackup() throws Exception {
        Path file = DamagedFiles.compactNetwork(dir, "network.mv.db");
        Path backup = Files.copy(file, dir.resolve("network.backup-before-schema-5-20261201-1200.mv.db"));
        DamagedFiles.damage(file);

        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog")
                .tryQuery()
                .isPresent());

        String message = robot.lookup("#error-dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("is damaged"), message);
        assertTrue(message.contains(backup.toString()), message);
        assertFalse(message.matches("(?s).*(Exception|org\\.h2|mvstore|SELECT|SQL).*"), message);
    }
}

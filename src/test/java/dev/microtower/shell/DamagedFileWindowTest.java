package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import java.io.RandomAccessFile;
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
        Path files = dir.resolve("files");
        DemoNetworkGenerator.generate(new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 28, 250), files);
        Path file = dir.resolve("network.mv.db");
        try (Database db = Database.open(file)) {
            new Importer(db).importPath(files, ScenarioId.BASELINE);
            db.compactWhenClosing();
        }
        Path backup = Files.copy(file, dir.resolve("network.backup-before-schema-5-20261201-1200.mv.db"));
        damage(file);

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

    /** Inverts 1 KiB at every tenth of the file's length from 20 % to 70 %, past the pages opening reads. */
    private static void damage(Path copy) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            long length = f.length();
            for (int tenth = 2; tenth <= 7; tenth++) {
                byte[] block = new byte[1024];
                f.seek(length * tenth / 10);
                f.readFully(block);
                for (int i = 0; i < block.length; i++) {
                    block[i] ^= 0x5A;
                }
                f.seek(length * tenth / 10);
                f.write(block);
            }
        }
    }
}

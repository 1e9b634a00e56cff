package dev.microtower.allocation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.Importer;
import dev.microtower.importexport.ui.ImportExportModule;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case in the real window: rules applied in the editor, then an allocation-rules.csv
 * imported through the window, then Ctrl+Z. The undo would write back the rules from before the
 * apply over the imported ones, so it is refused with a message and the imported rules stay.
 */
class UndoAfterImportTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;

    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;
    private RulesEditor editor;

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (editor != null && editor.stage() != null) {
                editor.stage().hide();
            }
            stage.hide();
            window.closeDatabase();
        });
    }

    @Test
    void anUndoOfAppliedRulesAfterAnImportOfRulesIsRefusedAndTheImportStays(@TempDir Path dir) throws Exception {
        Path files = dir.resolve("network");
        DemoNetworkGenerator.generate(new DemoOptions(7, DemoOptions.bayAreaNodes(), 200, 42, 120), files);
        Path file = dir.resolve("db");
        List<AllocationRule> original;
        try (Database db = Database.open(file)) {
            new Importer(db).importPath(files, BASELINE);
            original = new JooqRuleRepository(db).findAll(BASELINE);
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1000, 700);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> onFx(() -> window.stateProperty().get()) == MainWindow.State.READY);
        editor = onFx(() -> {
            RulesEditor e = window.module(RulesModule.class).editor();
            e.show();
            return e;
        });
        waitForEditor();

        // apply: the first rule switched off
        robot.interact(() -> robot.lookup("#rules-table")
                .queryTableView()
                .getSelectionModel()
                .select(0));
        List<AllocationRule> applied = new ArrayList<>(original);
        applied.set(0, original.get(0).withEnabled(!original.get(0).enabled()));
        Path before = dir.resolve("applied.csv");
        Exporter.exportRules(before, applied);
        robot.interact(() -> editor.importRules(before));
        waitForEditor();
        robot.clickOn("#rules-apply");
        waitForEditor();
        assertEquals(applied, storedRules());
        assertEquals(1, onFx(() -> window.history().undoCount()));

        // an import of allocation-rules.csv through the window: another maximum for every rule
        List<AllocationRule> imported = applied.stream()
                .map(r -> new AllocationRule(
                        r.name(),
                        r.position(),
                        r.enabled(),
                        r.skus(),
                        r.nodes(),
                        r.policy(),
                        r.minDaysCover(),
                        r.maxDaysCover() == null ? null : r.maxDaysCover() + 1,
                        r.serviceLevel(),
                        r.maxCapacityShare()))
                .toList();
        Path csv = Files.createDirectories(dir.resolve("import")).resolve("allocation-rules.csv");
        Exporter.exportRules(csv, imported);
        robot.interact(() -> window.module(ImportExportModule.class).importFiles(List.of(csv)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !storedRules().equals(applied));
        waitForEditor();
        assertEquals(imported, storedRules());

        robot.clickOn("#rules-table");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog")
                .tryQuery()
                .isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String message = onFx(dialog::getContentText);
        String title = onFx(dialog::getHeaderText);
        robot.type(KeyCode.ENTER);

        assertTrue(message.startsWith("The allocation rules changed after this edit was made"), message);
        assertTrue(title.contains("Cannot undo allocation rules"), title);
        assertEquals(message, onFx(() -> window.history().problemProperty().get()));
        waitForEditor();
        assertEquals(imported, storedRules(), "the imported rules are still there");
        assertNotEquals(original, storedRules());
        assertEquals(0, onFx(() -> window.history().undoCount()), "the refused edit is off the list");
    }

    private List<AllocationRule> storedRules() throws Exception {
        Database db = onFx(() -> Windows.database(window).orElseThrow());
        return new JooqRuleRepository(db).findAll(BASELINE);
    }

    private void waitForEditor() throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> onFx(() -> editor.idle()
                        && editor.preview() != null
                        && !window.history().busyProperty().get()
                        && window.work().running().isEmpty()));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}

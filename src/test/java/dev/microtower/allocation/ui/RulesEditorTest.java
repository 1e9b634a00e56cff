package dev.microtower.allocation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/**
 * The rules editor in the real window on a small generated network with an order history (so
 * forecasts and targets are not zero), driven headless. One window for the class; the tests run in
 * order because they edit the same rules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesEditorTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;

    private static MainWindow window;
    private static Stage stage;
    private static RulesEditor editor;
    private static List<AllocationRule> original;
    private static int row;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openTheEditorOnASmallNetwork(@TempDir Path dir) throws Exception {
        Path files = dir.resolve("network");
        DemoNetworkGenerator.generate(new DemoOptions(7, DemoOptions.bayAreaNodes(), 200, 42, 120), files);
        Path file = dir.resolve("db");
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
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (editor.stage() != null) {
                editor.stage().hide();
            }
            stage.hide();
            window.closeDatabase();
        });
    }

    @Test
    @Order(1)
    void theEditorShowsTheStoredRulesAndAPreviewWithoutChanges() throws Exception {
        assertEquals(original, onFx(editor::draftRules));
        RulesPreview preview = onFx(editor::preview);
        assertEquals(0, preview.targetsChanged());
        assertTrue(preview.pairs() > 0);
        assertTrue(preview.totalAfter() > 0, "the forecast gives targets above zero");
        assertEquals(original.size(), table().getItems().size());
        assertTrue(label("#preview-targets-changed").startsWith("0 of "));
    }

    @Test
    @Order(2)
    void changingARulesMaximumDaysOfCoverChangesThePreview() throws Exception {
        RulesPreview before = onFx(editor::preview);
        // the stocking rule that decides the most node x SKU pairs: its maximum matters most
        AllocationRule busiest = original.stream()
                .filter(r -> r.enabled() && r.policy() != StockingPolicy.DO_NOT_STOCK)
                .max(Comparator.comparingLong(r -> before.pairsByRule().getOrDefault(r.name(), 0L)))
                .orElseThrow();
        row = original.indexOf(busiest);
        robot.interact(() -> table().getSelectionModel().select(row));
        assertEquals(busiest.name(), field("#rule-name").getText());

        replaceText("#rule-max-days", "30");
        waitForEditor();

        RulesPreview after = onFx(editor::preview);
        assertTrue(after.targetsChanged() > 0, "targets changed: " + after.targetsChanged());
        assertTrue(after.maxRises() > before.maxRises(), "maximum levels rise: " + after.maxRises());
        assertNotEquals(before.unitsToMove(), after.unitsToMove());
        assertFalse(label("#preview-targets-changed").startsWith("0 of "));
        assertEquals(30.0, onFx(editor::draftRules).get(row).maxDaysCover());
        assertEquals(
                original,
                onFx(() -> new JooqRuleRepository(Windows.database(window).orElseThrow()).findAll(BASELINE)),
                "nothing is written before Apply");
    }

    @Test
    @Order(3)
    void reopeningTheEditorOnTheSameScenarioKeepsTheDraft() throws Exception {
        // the scenario named again by a new but equal id, as the switcher does after re-reading its list
        robot.interact(() -> {
            editor.stage().hide();
            window.switchScenario(new ScenarioId(BASELINE.value()));
            editor.show();
        });
        waitForEditor();

        assertEquals(30.0, onFx(editor::draftRules).get(row).maxDaysCover(), "the unapplied edit is kept");
        assertFalse(robot.lookup("#rules-apply").queryAs(Button.class).isDisabled(), "the draft can still be applied");
    }

    @Test
    @Order(4)
    void aMinimumAboveTheMaximumIsShownNextToTheFieldAndApplyIsDisabled() throws Exception {
        String min = field("#rule-min-days").getText();
        replaceText("#rule-min-days", "45");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#error-min-days").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("above the maximum 30"), error.getText());
        assertTrue(robot.lookup("#rules-apply").queryAs(Button.class).isDisabled());
        assertEquals(30.0, onFx(editor::draftRules).get(row).maxDaysCover(), "the draft keeps its last valid rule");

        replaceText("#rule-min-days", min);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#error-min-days").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#rules-apply").queryAs(Button.class).isDisabled());
    }

    @Test
    @Order(5)
    void undoInsideTheEditorWalksBackTheDraftAndRedoMakesItAgain() throws Exception {
        List<AllocationRule> edited = onFx(editor::draftRules);
        robot.clickOn("#rules-table");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, onFx(editor::draftRules), "typing '30' was one undo step");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, onFx(editor::draftRules));
        waitForEditor();
    }

    @Test
    @Order(6)
    void applyUndoAndRedoRestoreTheExactRules() throws Exception {
        List<AllocationRule> edited = onFx(editor::draftRules);
        assertNotEquals(original, edited);

        robot.clickOn("#rules-apply");
        waitForEditor();
        assertEquals(edited, storedRules());
        assertEquals(1, onFx(() -> window.history().undoCount()));
        assertEquals(0, onFx(editor::preview).targetsChanged(), "the applied rules are now the stored ones");

        // Ctrl+Z in the editor: the draft has nothing left to undo, so the applied change is undone
        robot.clickOn("#rules-table");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitForEditor();
        assertEquals(original, storedRules());
        assertEquals(original, onFx(editor::draftRules));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitForEditor();
        assertEquals(edited, storedRules());
        assertEquals(edited, onFx(editor::draftRules));

        // and from the main window's Edit menu actions
        robot.interact(window::undo);
        waitForEditor();
        assertEquals(original, storedRules());
        robot.interact(window::redo);
        waitForEditor();
        assertEquals(edited, storedRules());
    }

    @Test
    @Order(7)
    void exportAndImportGoThroughTheRulesFileFormat(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("allocation-rules.csv");
        List<AllocationRule> stored = storedRules();
        robot.interact(() -> editor.exportRules(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv) && onFx(editor::idle));
        waitForEditor();

        // the file changes one rule's maximum: importing merges it into the draft only
        List<String> lines = Files.readAllLines(csv);
        String name = stored.get(row).name();
        int at = 1 + row;
        assertTrue(lines.get(at).contains(name), lines.get(at));
        Files.writeString(csv, lines.get(0) + "\n" + lines.get(at).replace(",30,", ",21,") + "\n");
        robot.interact(() -> editor.importRules(csv));
        waitForEditor();
        assertEquals(21.0, onFx(editor::draftRules).get(row).maxDaysCover());
        assertEquals(stored, storedRules(), "an import into the draft writes nothing");

        Files.writeString(csv, lines.get(0) + "\n" + lines.get(at).replace(",30,", ",abc,") + "\n");
        robot.interact(() -> editor.importRules(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-dialog")
                .tryQuery()
                .isPresent());
        robot.type(KeyCode.ENTER);
        assertEquals(21.0, onFx(editor::draftRules).get(row).maxDaysCover(), "a bad file leaves the draft alone");
    }

    private static List<AllocationRule> storedRules() throws Exception {
        Database db = onFx(() -> Windows.database(window).orElseThrow());
        return new JooqRuleRepository(db).findAll(BASELINE);
    }

    private static void waitForEditor() throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> onFx(() -> editor.idle()
                        && editor.preview() != null
                        && !window.history().busyProperty().get()
                        && window.work().running().isEmpty()));
    }

    private void replaceText(String query, String text) {
        TextField field = field(query);
        robot.clickOn(field); // focuses the editor's window, so the keys go there
        robot.interact(field::selectAll);
        robot.eraseText(1);
        robot.write(text);
    }

    private TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<AllocationRule> table() {
        return robot.lookup("#rules-table").queryAs(TableView.class);
    }

    private String label(String query) throws Exception {
        Label label = robot.lookup(query).queryAs(Label.class);
        return onFx(label::getText);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}

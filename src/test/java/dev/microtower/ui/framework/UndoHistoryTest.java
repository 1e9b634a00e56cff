package dev.microtower.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The undo history on the immediate work runner: each undo and redo runs to its end before the
 * call returns, and its handlers follow on the FX thread, where the history lives. Each step is
 * therefore one {@code onFx} call: the next starts once the handlers of the one before have run.
 */
class UndoHistoryTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;
    private static final ScenarioId OTHER = ScenarioId.of(2);

    private final List<String> log = new ArrayList<>();
    private final DataChanges changes = new DataChanges();
    private final SimpleObjectProperty<ScenarioId> scenario = new SimpleObjectProperty<>(BASELINE);
    private final List<String> reported = new ArrayList<>();
    private UndoHistory history;

    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void newHistory() throws Exception {
        onFx(() -> history = history());
    }

    private UndoHistory history() {
        UndoHistory made = new UndoHistory(Work.immediate(), changes);
        made.follow(scenario);
        made.setReporter((title, message) -> reported.add(title + ": " + message));
        return made;
    }

    private interface Body {
        void run() throws Exception;
    }

    private static void onFx(Body body) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                body.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }

    /** An edit of the baseline's zones that logs its undo and redo. */
    private EditCommand edit(String name) {
        return new EditCommand() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public ScenarioId scenario() {
                return BASELINE;
            }

            @Override
            public Set<DataKind> touches() {
                return Set.of(DataKind.ZONES);
            }

            @Override
            public void apply() {
                log.add("redo " + name);
            }

            @Override
            public void revert() {
                log.add("undo " + name);
            }
        };
    }

    private EditCommand command(String name, ScenarioId of, DataKind kind) {
        return new EditCommand() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public ScenarioId scenario() {
                return of;
            }

            @Override
            public Set<DataKind> touches() {
                return Set.of(kind);
            }

            @Override
            public void apply() {
                log.add("apply " + name);
            }

            @Override
            public void revert() {
                log.add("revert " + name);
            }
        };
    }

    @Test
    void undoesNewestFirstAndRedoesInTheOrderUndone() throws Exception {
        onFx(() -> {
            history.record(edit("a"));
            history.record(edit("b"));
            assertEquals("Undo b", history.undoTextProperty().get());
        });
        onFx(() -> history.undo());
        onFx(() -> {});
        onFx(() -> history.undo());
        onFx(() -> {});
        onFx(() -> history.redo());
        onFx(() -> {
            assertEquals(List.of("undo b", "undo a", "redo a"), log);
            assertEquals("Undo a", history.undoTextProperty().get());
            assertEquals("Redo b", history.redoTextProperty().get());
        });
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() throws Exception {
        onFx(() -> {
            history.record(edit("a"));
        });
        onFx(() -> history.undo());
        onFx(() -> {
            assertTrue(history.canRedoProperty().get());

            history.record(edit("c"));

            assertFalse(history.canRedoProperty().get());
            assertEquals(1, history.undoCount());
        });
    }

    @Test
    void nothingElseIsTakenWhileAnUndoRunsAndAFailedOnePutsItBack() throws Exception {
        List<Boolean> couldUndoWhileRunning = new ArrayList<>();
        onFx(() -> {
            history.record(edit("a"));
            history.record(new EditCommand() {
                @Override
                public String description() {
                    return "b";
                }

                @Override
                public ScenarioId scenario() {
                    return BASELINE;
                }

                @Override
                public Set<DataKind> touches() {
                    return Set.of(DataKind.ZONES);
                }

                @Override
                public void revert() {
                    couldUndoWhileRunning.add(history.canUndoProperty().get());
                    history.undo(); // taken while this one runs: must do nothing
                    throw new IllegalStateException("the disk is full");
                }

                @Override
                public void apply() {}
            });
        });
        onFx(() -> history.undo());
        onFx(() -> {
            assertEquals(List.of(false), couldUndoWhileRunning);
            assertEquals(List.of(), log, "the older edit was not undone meanwhile");
            assertEquals(2, history.undoCount());
            assertEquals(0, history.redoCount());
            assertEquals("Undo b", history.undoTextProperty().get());
            assertEquals(List.of("Cannot undo b: the disk is full"), reported);
        });
    }

    @Test
    void recordingACommandPublishesWhatItTouched() throws Exception {
        onFx(() -> {
            history.record(command("rules", BASELINE, DataKind.RULES));

            assertTrue(changes.version(BASELINE, DataKind.RULES) > 0);
            assertEquals(0, changes.version(BASELINE, DataKind.ZONES));
        });
    }

    @Test
    void anUndoWhoseDataWasImportedSinceIsRefusedWithAMessage() throws Exception {
        onFx(() -> {
            history.record(command("allocation rules (1 edited)", BASELINE, DataKind.RULES));
            changes.publish(BASELINE, Set.of(DataKind.RULES, DataKind.STOCK)); // an import
        });
        onFx(() -> history.undo());
        onFx(() -> {
            assertEquals(List.of(), log, "nothing was reverted");
            assertEquals(1, reported.size());
            assertTrue(
                    reported.get(0).startsWith("Cannot undo allocation rules (1 edited): The allocation rules changed"),
                    reported.get(0));
            assertEquals(
                    reported.get(0).substring(reported.get(0).indexOf(": ") + 2),
                    history.problemProperty().get());
            assertFalse(history.canUndoProperty().get(), "the refused edit is off the list");
        });
    }

    @Test
    void anUndoRunsWhenOnlyOtherDataChangedSince() throws Exception {
        onFx(() -> {
            history.record(command("zone", BASELINE, DataKind.ZONES));
            changes.publish(BASELINE, Set.of(DataKind.RULES));
            changes.publish(OTHER, Set.of(DataKind.ZONES));
        });
        onFx(() -> history.undo());
        onFx(() -> {
            assertEquals(List.of("revert zone"), log);
            assertEquals(List.of(), reported);
        });
    }

    @Test
    void editsOfTheSameDataAreUndoneAndRedoneInTurn() throws Exception {
        onFx(() -> {
            history.record(command("a", BASELINE, DataKind.ZONES));
            history.record(command("b", BASELINE, DataKind.ZONES));
        });
        onFx(() -> history.undo());
        onFx(() -> {});
        onFx(() -> history.undo());
        onFx(() -> {});
        onFx(() -> history.redo());
        onFx(() -> {});
        onFx(() -> history.redo());
        onFx(() -> {
            assertEquals(List.of("revert b", "revert a", "apply a", "apply b"), log);
            assertEquals(List.of(), reported);
        });
    }

    @Test
    void anEditMadeBeforeAnImportStaysRefusedAfterALaterEditIsUndone() throws Exception {
        onFx(() -> {
            history.record(command("a", BASELINE, DataKind.RULES));
            changes.publish(BASELINE, Set.of(DataKind.RULES)); // an import
            history.record(command("b", BASELINE, DataKind.RULES));
        });
        onFx(() -> history.undo());
        onFx(() -> {});
        onFx(() -> history.undo());
        onFx(() -> {
            assertEquals(List.of("revert b"), log);
            assertEquals(1, reported.size());
            assertTrue(reported.get(0).startsWith("Cannot undo a: "), reported.get(0));
        });
    }

    @Test
    void aRedoWhoseDataChangedSinceTheUndoIsRefused() throws Exception {
        onFx(() -> {
            history.record(command("a", BASELINE, DataKind.ZONES));
        });
        onFx(() -> history.undo());
        onFx(() -> {
            changes.publish(BASELINE, Set.of(DataKind.ZONES));
        });
        onFx(() -> history.redo());
        onFx(() -> {
            assertEquals(List.of("revert a"), log);
            assertTrue(reported.get(0).startsWith("Cannot redo a: The delivery zones changed"), reported.get(0));
            assertFalse(history.canRedoProperty().get());
        });
    }

    @Test
    void eachScenarioKeepsItsOwnEditsAcrossASwitch() throws Exception {
        onFx(() -> {
            history.record(command("baseline zone", BASELINE, DataKind.ZONES));

            scenario.set(OTHER);
            assertFalse(history.canUndoProperty().get());
            assertEquals("Undo", history.undoTextProperty().get());
            history.record(command("other zone", OTHER, DataKind.ZONES));
        });
        onFx(() -> history.undo());
        onFx(() -> {
            scenario.set(BASELINE);
            assertEquals("Undo baseline zone", history.undoTextProperty().get());
        });
        onFx(() -> history.undo());
        onFx(() -> {
            assertEquals(List.of("revert other zone", "revert baseline zone"), log);
            assertEquals(List.of(), reported);
        });
    }
}

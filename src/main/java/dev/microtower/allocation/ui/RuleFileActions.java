package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleFiles;
import dev.microtower.core.FileProblemsException;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.Workbench;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;

/**
 * The rules editor's Import CSV and Export CSV: an allocation-rules file read into the draft (never
 * straight into the database) and the draft written to one, through the session's {@link
 * RuleFiles} on the IO lane.
 */
final class RuleFileActions {
    private final Workbench bench;
    private final RulesModel model;
    private final RulesView view;
    private final DraftEditing editing;

    RuleFileActions(Workbench bench, RulesModel model, RulesView view, DraftEditing editing) {
        this.bench = bench;
        this.model = model;
        this.view = view;
        this.editing = editing;
        view.importCsv.setOnAction(e -> chooseImport());
        view.exportCsv.setOnAction(e -> chooseExport());
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load allocation rules into the draft");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Allocation rules CSV", "*.csv"));
        File file = chooser.showOpenDialog(view.stage());
        if (file != null) {
            importRules(file.toPath());
        }
    }

    /** Rules with a known name are replaced, new ones added, the rest kept, all in position order. */
    void importRules(Path file) {
        Session session = bench.session().orElse(null);
        if (session == null) {
            return;
        }
        RuleFiles files = session.get(RuleFiles.class);
        ScenarioId scenario = bench.scenario();
        bench.work()
                .io("Reading " + file.getFileName() + "…", context -> files.read(file, scenario))
                .onSuccess(imported -> {
                    editing.edit(0, list -> DraftEditing.merge(list, imported));
                    model.status.set(
                            "Loaded " + imported.size() + " rules from " + file.getFileName() + " into the draft");
                })
                .onFailure(failure -> {
                    if (failure instanceof FileProblemsException problems) {
                        Dialogs.problems(
                                view.stage(),
                                "Cannot load the rules",
                                "Nothing was loaded from " + file.getFileName() + ". Fix these and try again:",
                                problems.problems());
                    } else {
                        Dialogs.error(view.stage(), "Cannot load the rules", Failures.explain(failure));
                    }
                })
                .start();
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the draft's allocation rules");
        chooser.setInitialFileName("allocation-rules.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Allocation rules CSV", "*.csv"));
        File file = chooser.showSaveDialog(view.stage());
        if (file != null) {
            exportRules(file.toPath());
        }
    }

    void exportRules(Path file) {
        Session session = bench.session().orElse(null);
        if (session == null) {
            return;
        }
        RuleFiles files = session.get(RuleFiles.class);
        List<AllocationRule> rules = model.draft.snapshot();
        bench.work()
                .io("Writing " + file.getFileName() + "…", context -> {
                    files.write(file, rules);
                    return file;
                })
                .onSuccess(written -> model.status.set("Exported " + rules.size() + " rules to " + written))
                .onFailure(failure -> Dialogs.error(view.stage(), "Cannot export the rules", Failures.explain(failure)))
                .start();
    }
}

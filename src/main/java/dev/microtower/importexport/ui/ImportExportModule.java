package dev.microtower.importexport.ui;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.importexport.ImportExportService;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.Snapshots;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/**
 * Getting data in and out of the window: File → Import… and files dropped on the window, File →
 * Export… of the current scenario, and Export view as PNG. Imports and exports run on the IO lane
 * with progress and Cancel in the status bar; a successful import says what it changed, so every
 * view that shows that data reads it again.
 */
public final class ImportExportModule implements FeatureModule {
    private Workbench bench;

    @Override
    public void install(Workbench workbench) {
        this.bench = workbench;
        MenuItem importItem = item("Import…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(e -> chooseImport());
        MenuItem export = item("Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> chooseExport());
        MenuItem png = item(
                "Export view as PNG…",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        png.setOnAction(e -> choosePng());
        bench.addMenuItems(MenuPlace.FILE, importItem, export, png);
        bench.addFileDrop(ImportExportService::accepts, this::importFiles);
    }

    private static MenuItem item(String text, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        return item;
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import network files");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        "CSV, Excel, GeoJSON", "*.csv", "*.csv.gz", "*.xlsx", "*.geojson", "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(bench.owner());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the network (a .xlsx workbook, or any other name for a folder of CSV files)");
        chooser.setInitialFileName("microtower.xlsx");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"),
                        new FileChooser.ExtensionFilter("Folder of CSV files", "*"));
        File file = chooser.showSaveDialog(bench.owner());
        if (file != null) {
            export(file.toPath());
        }
    }

    private void choosePng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the map as PNG");
        chooser.setInitialFileName("microtower-view.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(bench.owner());
        if (file != null) {
            exportView(file.toPath());
        }
    }

    private Optional<ImportExportService> service(String action) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            Dialogs.error(bench.owner(), "Cannot " + action, "Open a database first.");
        }
        return open.map(session -> session.get(ImportExportService.class));
    }

    /**
     * Imports {@code files} into the current scenario in the background, then tells every view
     * what changed, or lists every problem found.
     */
    public void importFiles(List<Path> files) {
        Optional<ImportExportService> service = service("import");
        if (service.isEmpty()) {
            return;
        }
        ScenarioId scenario = bench.scenario();
        bench.work()
                .io("Importing " + describe(files) + "…", ctx -> service.get()
                        .importFiles(
                                files,
                                scenario,
                                (done, total, message) -> ctx.progress(done, total, "Importing: " + message),
                                ctx.cancellation()))
                .onSuccess(outcome -> {
                    if (!outcome.succeeded()) {
                        Dialogs.problems(
                                bench.owner(),
                                "Import failed",
                                "Nothing was imported from " + describe(files) + ". Fix these and try again:",
                                outcome.problems());
                        bench.showStatus("Import failed: nothing was written");
                        return;
                    }
                    bench.showStatus(outcome.summary());
                    if (!outcome.touched().isEmpty()) {
                        bench.changes().publish(scenario, outcome.touched());
                    }
                })
                .onFailure(failure -> bench.showError("Import failed", failure))
                .onCancelled(() -> bench.showStatus("Import cancelled; nothing was written"))
                .start();
    }

    private static String describe(List<Path> files) {
        return files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
    }

    /** Exports the current scenario to a workbook ({@code .xlsx}) or, for any other name, a folder of CSV files. */
    public void export(Path target) {
        Optional<ImportExportService> service = service("export");
        if (service.isEmpty()) {
            return;
        }
        ScenarioId scenario = bench.scenario();
        bench.work()
                .io("Exporting to " + target.getFileName() + "…", ctx -> service.get()
                        .export(
                                target,
                                scenario,
                                (done, total, message) -> ctx.progress(done, total, "Exporting: " + message),
                                ctx.cancellation()))
                .onSuccess(written -> bench.showStatus("Exported to " + written))
                .onCancelled(() -> bench.showStatus("Export cancelled: nothing was written"))
                .onFailure(failure -> bench.showError("Export failed", failure))
                .start();
    }

    /** Writes a picture of the map as shown, with its attribution, to {@code file} in the background. */
    public void exportView(Path file) {
        WritableImage image = Snapshots.capture(bench.map());
        bench.work()
                .io("Writing " + file.getFileName() + "…", ctx -> {
                    Snapshots.writePng(image, file);
                    return file;
                })
                .onSuccess(written -> bench.showStatus("Saved " + written))
                .onFailure(failure -> bench.showError("Cannot save the picture", failure))
                .start();
    }
}

package dev.microtower.rebalancing.ui;

import dev.microtower.core.Session;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.service.RebalancingService;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.Workbench;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;

/**
 * Plan → Export accepted transfers: asks for a file and writes the accepted (and edited)
 * suggestions of the run shown to it, read again from the database, with the SKUs' names; the
 * drawer's message says how many were written.
 */
final class AcceptedExport {
    private final Workbench bench;
    private final PlanModel model;
    private final SuggestionsTable table;

    AcceptedExport(Workbench bench, PlanModel model, SuggestionsTable table) {
        this.bench = bench;
        this.model = model;
        this.table = table;
    }

    void chooseFile() {
        PlanRun shown = model.runProperty().get();
        if (shown == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the accepted transfers (.xlsx workbook or .csv)");
        chooser.setInitialFileName("transfers-run-" + shown.id() + ".csv");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV file", "*.csv"),
                        new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        File file = chooser.showSaveDialog(bench.owner());
        if (file != null) {
            write(file.toPath());
        }
    }

    /** A workbook for {@code .xlsx}, CSV otherwise; {@code null} when no run is shown. */
    Task<?> write(Path target) {
        Session session = bench.session().orElse(null);
        PlanRun shown = model.runProperty().get();
        if (session == null || shown == null) {
            return null;
        }
        RebalancingService service = session.get(RebalancingService.class);
        Map<SkuCode, Sku> names = bench.service(NetworkModel.class).catalogue();
        return bench.work()
                .io(
                        "Exporting accepted transfers to " + target.getFileName() + "…",
                        context -> service.exportAccepted(shown.id(), target, sku -> {
                            Sku found = names.get(sku);
                            return found == null ? "" : found.name();
                        }))
                .onSuccess(count -> table.setMessage(
                        String.format("Wrote %,d accepted transfer%s to %s", count, count == 1 ? "" : "s", target)))
                .onFailure(failure -> Dialogs.error(
                        bench.owner(),
                        "Export failed",
                        failure instanceof UncheckedIOException ? failure.getMessage() : Failures.explain(failure)))
                .start();
    }
}

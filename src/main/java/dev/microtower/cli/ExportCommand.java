package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.Importer;
import dev.microtower.store.DataLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export DIR}: writes the files (or the workbook) an import reads back unchanged. */
@Command(
        name = "export",
        description =
                "Export a scenario with the catalogue and order history as CSV/GeoJSON files or an XLSX workbook.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder to write into (created if needed).")
    Path dir;

    @Option(names = "--xlsx", description = "Write one workbook, DIR/" + Importer.WORKBOOK + ", instead of CSV files.")
    boolean xlsx;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to export (default: the baseline).")
    String scenario;

    @Override
    public Integer call() {
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            ScenarioId source = ScenarioOption.resolve(session, scenario).id();
            Exporter exporter = session.get(Exporter.class);
            if (xlsx) {
                exporter.exportXlsx(dir.resolve(Importer.WORKBOOK), source, Progress.NONE);
            } else {
                exporter.exportCsv(dir, source, Progress.NONE);
            }
            var out = spec.commandLine().getOut();
            out.println("exported to " + (xlsx ? dir.resolve(Importer.WORKBOOK) : dir));
            out.flush();
        }
        return 0;
    }
}

package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.core.ScenarioId;
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

/** {@code import DIR|FILE}: reads the files of docs/file-formats.md into a scenario, all or nothing. */
@Command(
        name = "import",
        description = "Import a folder of CSV/GeoJSON files, one such file, or an XLSX workbook (all or nothing).")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR|FILE", description = "Folder, CSV/GeoJSON file or .xlsx workbook.")
    Path path;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to import into (default: the baseline).")
    String scenario;

    @Override
    public Integer call() {
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            ScenarioId target = ScenarioOption.resolve(session, scenario).id();
            var report = session.get(Importer.class).importPath(path, target);
            var out = spec.commandLine().getOut();
            out.print(report.format());
            out.flush();
        }
        return 0;
    }
}

package dev.microtower.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.app.OpenSession;
import dev.microtower.compare.engine.CompareTable;
import dev.microtower.compare.engine.KpiFormat;
import dev.microtower.compare.service.CompareService;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.FormulaGuard;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.store.DataLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compare A B [C…]}: the KPIs of two or more scenarios side by side, with each scenario's
 * difference to the reference (Δ and Δ%), printed as an aligned table and written as CSV on request.
 * Lists whatever the session's KPI catalogue returns, so new KPIs appear with no change here.
 */
@Command(
        name = "compare",
        description = "Compare the KPIs of two or more scenarios: value, difference and difference in percent.")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "SCENARIO",
            arity = "0..*",
            description = "Names of the scenarios to compare (two or more).")
    List<String> names = new ArrayList<>();

    @Option(
            names = "--reference",
            paramLabel = "NAME",
            description = "Scenario the differences are taken against (default: the first).")
    String referenceName;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this CSV file.")
    Path out;

    @Override
    public Integer call() {
        if (names.size() < 2) {
            throw new CommandException(
                    "compare needs at least two scenario names, e.g. compare Baseline \"MFC closed\"");
        }
        if (new LinkedHashSet<>(names).size() != names.size()) {
            throw new CommandException("each scenario can be compared once: a name is given twice");
        }
        String reference = referenceName == null ? names.get(0) : referenceName;
        if (!names.contains(reference)) {
            throw new CommandException("the reference '" + reference + "' must be one of the compared scenarios");
        }
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            List<ScenarioId> ids = new ArrayList<>();
            for (String name : names) {
                Scenario scenario = ScenarioOption.resolve(session, name);
                ids.add(scenario.id());
            }
            ScenarioId referenceId = ids.get(names.indexOf(reference));
            CompareTable table =
                    session.get(CompareService.class).compare(ids, referenceId, Progress.NONE, Cancellation.none());
            if (out != null) {
                writeCsv(table);
            }
            print(spec.commandLine().getOut(), table);
        }
        return 0;
    }

    private void print(PrintWriter console, CompareTable table) {
        List<String> header = new ArrayList<>(List.of("KPI", "unit"));
        for (CompareTable.Column c : table.scenarios()) {
            header.add(c.name());
        }
        for (int i = 0; i < table.scenarios().size(); i++) {
            if (i != table.reference()) {
                String name = table.scenarios().get(i).name();
                header.add("Δ " + name);
                header.add("Δ% " + name);
            }
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        String group = null;
        for (CompareTable.Row row : table.rows()) {
            if (!row.group().equals(group)) {
                group = row.group();
                lines.add(List.of(group));
            }
            List<String> line = new ArrayList<>(List.of("  " + row.title(), row.unit()));
            for (CompareTable.Cell cell : row.cells()) {
                line.add(KpiFormat.value(cell.value(), row.unit()));
            }
            for (int i = 0; i < row.cells().size(); i++) {
                if (i != table.reference()) {
                    CompareTable.Cell cell = row.cells().get(i);
                    String verdict = KpiFormat.verdict(cell.judgement());
                    line.add(KpiFormat.delta(cell.delta(), row.unit()) + (verdict.isEmpty() ? "" : " " + verdict));
                    line.add(KpiFormat.percent(cell.deltaPercent()));
                }
            }
            lines.add(line);
        }
        console.printf(
                "reference: %s%n", table.scenarios().get(table.reference()).name());
        TextTable.print(console, lines);
        if (out != null) {
            console.println("wrote " + out);
        }
        console.flush();
    }

    /** Writes beside the target and moves into place, so a failed write never leaves half a file. */
    private void writeCsv(CompareTable table) {
        Path target = out.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicFiles.replace(target, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        CsvWriter csv = CsvWriter.builder()
                                .lineDelimiter(LineDelimiter.LF)
                                .build(w)) {
                    csv.writeRecord(header(table));
                    for (CompareTable.Row row : table.rows()) {
                        List<String> record = new ArrayList<>(List.of(
                                FormulaGuard.protect(row.group()),
                                row.id(),
                                FormulaGuard.protect(row.title()),
                                row.unit()));
                        for (CompareTable.Cell cell : row.cells()) {
                            record.add(KpiFormat.plain(cell.value()));
                        }
                        for (int i = 0; i < row.cells().size(); i++) {
                            if (i != table.reference()) {
                                CompareTable.Cell cell = row.cells().get(i);
                                record.add(KpiFormat.plain(cell.delta()));
                                record.add(KpiFormat.plain(cell.deltaPercent()));
                                record.add(KpiFormat.verdict(cell.judgement()));
                            }
                        }
                        csv.writeRecord(record);
                    }
                }
            });
        } catch (IOException e) {
            throw new CommandException("cannot write " + target + ": " + e.getMessage());
        }
    }

    private static List<String> header(CompareTable table) {
        List<String> header = new ArrayList<>(List.of("group", "kpi_id", "kpi", "unit"));
        for (CompareTable.Column c : table.scenarios()) {
            header.add(FormulaGuard.protect(c.name()));
        }
        for (int i = 0; i < table.scenarios().size(); i++) {
            if (i != table.reference()) {
                String name = table.scenarios().get(i).name();
                header.add(FormulaGuard.protect("delta " + name));
                header.add(FormulaGuard.protect("delta_percent " + name));
                header.add(FormulaGuard.protect("verdict " + name));
            }
        }
        return header;
    }
}

package dev.microtower.importexport;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.SkuCode;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes decided transfers (the accepted suggestions of a plan run) for a warehouse system or a
 * spreadsheet: a workbook when the file name ends in {@code .xlsx}, CSV otherwise. Text cells carry
 * the formula guard; the file is written aside and moved into place.
 */
public final class TransferExport {
    public static final List<String> COLUMNS = List.of(
            "plan_run",
            "suggestion",
            "status",
            "from",
            "to",
            "sku",
            "sku_name",
            "kind",
            "quantity",
            "proposed_quantity",
            "distance_km",
            "cost",
            "reason");

    private TransferExport() {}

    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Writes {@code transfers} to {@code target}; {@code skuName} gives the name of each SKU. */
    public static void write(Path target, List<StoredSuggestion> transfers, Function<SkuCode, String> skuName) {
        try {
            AtomicFiles.replace(target, file -> {
                if (isWorkbook(target)) {
                    xlsx(file, transfers, skuName);
                } else {
                    csv(file, transfers, skuName);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Object[] row(StoredSuggestion stored, Function<SkuCode, String> skuName) {
        TransferSuggestion t = stored.suggestion();
        String name = skuName.apply(t.sku());
        return new Object[] {
            stored.run().value(),
            stored.id(),
            stored.status().name(),
            t.from().value(),
            t.to().value(),
            t.sku().value(),
            name == null ? "" : name,
            t.kind().name(),
            t.quantity(),
            stored.proposedQuantity(),
            round(t.distanceKm()),
            round(t.cost()),
            t.reason()
        };
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void csv(Path file, List<StoredSuggestion> transfers, Function<SkuCode, String> skuName)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord(COLUMNS);
            String[] fields = new String[COLUMNS.size()];
            for (StoredSuggestion s : transfers) {
                Object[] values = row(s, skuName);
                for (int i = 0; i < values.length; i++) {
                    fields[i] =
                            values[i] instanceof String text ? FormulaGuard.protect(text) : Exporter.plain(values[i]);
                }
                csv.writeRecord(fields);
            }
        }
    }

    private static void xlsx(Path file, List<StoredSuggestion> transfers, Function<SkuCode, String> skuName)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Workbook workbook = new Workbook(out, "Microtower", "1.0");
            Worksheet sheet = workbook.newWorksheet("transfers");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (StoredSuggestion s : transfers) {
                Object[] values = row(s, skuName);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof String text) {
                        sheet.value(r, c, FormulaGuard.protect(text));
                    } else {
                        sheet.value(r, c, new BigDecimal(Exporter.plain(values[c])));
                    }
                }
                r++;
            }
            sheet.finish();
            workbook.finish();
        }
    }
}

package dev.microtower.importexport;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.jooq.DistrictWkt;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.simulation.store.jooq.JooqSiteOperationsRepository;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a scenario (with the shared catalogue and order history) as the files of
 * docs/file-formats.md, or as one workbook. What it writes, {@link Importer} reads back to the
 * same records; text cells carry the formula guard.
 */
public final class Exporter {
    private final Database database;

    public Exporter(Database database) {
        this.database = database;
    }

    /** Writes the CSV files and delivery-zones.geojson into {@code dir}, creating it if needed. */
    public void exportCsv(Path dir, ScenarioId scenario, Progress progress) {
        try {
            Files.createDirectories(dir);
            int step = 0;
            int steps = 8;
            // each file is written beside its target and moved into place, so a failed export (a
            // full disk) leaves the earlier export's file whole rather than mixed or truncated
            progress.progress(step++, steps, "writing SKUs");
            AtomicFiles.replace(dir.resolve("skus.csv"), f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.SKUS, false)) {
                    skus(sink);
                }
            });
            progress.progress(step++, steps, "writing nodes");
            AtomicFiles.replace(dir.resolve("nodes.csv"), f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.NODES, false)) {
                    nodes(sink, scenario);
                }
            });
            progress.progress(step++, steps, "writing stock");
            AtomicFiles.replace(dir.resolve("stock.csv"), f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.STOCK, false)) {
                    stock(sink, scenario);
                }
            });
            progress.progress(step++, steps, "writing orders");
            AtomicFiles.replace(
                    dir.resolve("orders.csv.gz"),
                    ordersFile -> AtomicFiles.replace(dir.resolve("order-lines.csv.gz"), linesFile -> {
                        try (CsvSink orders = new CsvSink(ordersFile, Layouts.ORDERS, true);
                                CsvSink lines = new CsvSink(linesFile, Layouts.ORDER_LINES, true)) {
                            orders(orders, lines);
                        }
                    }));
            progress.progress(step++, steps, "writing allocation rules");
            AtomicFiles.replace(dir.resolve("allocation-rules.csv"), f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.RULES, false)) {
                    rules(sink, scenario);
                }
            });
            progress.progress(step++, steps, "writing delivery zones");
            AtomicFiles.replace(dir.resolve("delivery-zones.geojson"), f -> zonesGeoJson(f, scenario));
            progress.progress(step++, steps, "writing demand changes");
            AtomicFiles.replace(dir.resolve("demand-multipliers.csv"), f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.DEMAND_MULTIPLIERS, false)) {
                    multipliers(sink, scenario);
                }
            });
            progress.progress(step++, steps, "writing vendor supply per category");
            AtomicFiles.replace(dir.resolve("category-supply.csv"), f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.CATEGORY_SUPPLY, false)) {
                    categorySupply(sink, scenario);
                }
            });
            progress.progress(step, steps, "exported");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes only the delivery zones of {@code scenario} as a GeoJSON FeatureCollection. */
    public void exportZonesGeoJson(Path file, ScenarioId scenario) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            AtomicFiles.replace(file, f -> zonesGeoJson(f, scenario));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes one workbook with a sheet per entity. */
    public void exportXlsx(Path file, ScenarioId scenario, Progress progress) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            AtomicFiles.replace(file, temp -> writeXlsx(temp, scenario, progress));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Progress of a workbook export in thousandths: the order history is nearly all of the work, so
     * it spans most of the bar and reports as it goes (and a cancel stops it there).
     */
    private static final int ORDERS_FROM = 100;

    private static final int LINES_FROM = 550;
    private static final int RULES_AT = 950;
    private static final int WHOLE = 1000;
    private static final int REPORT_EVERY = 10_000;

    private void writeXlsx(Path file, ScenarioId scenario, Progress progress) {
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                Workbook workbook = new Workbook(out, "Microtower", "1.0");
                progress.progress(0, WHOLE, "writing SKUs");
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.SKUS)) {
                    skus(sink);
                }
                progress.progress(30, WHOLE, "writing nodes");
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.NODES)) {
                    nodes(sink, scenario);
                }
                progress.progress(60, WHOLE, "writing stock");
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.STOCK)) {
                    stock(sink, scenario);
                }
                progress.progress(ORDERS_FROM, WHOLE, "writing orders");
                HeldLines lines;
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.ORDERS)) {
                    lines = ordersKeepingLines(sink, progress);
                }
                progress.progress(LINES_FROM, WHOLE, "writing order lines");
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.ORDER_LINES)) {
                    lines.writeTo(sink, progress);
                }
                progress.progress(RULES_AT, WHOLE, "writing allocation rules");
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.RULES)) {
                    rules(sink, scenario);
                }
                progress.progress(970, WHOLE, "writing delivery zones");
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.ZONES)) {
                    for (DeliveryZone zone : new JooqZoneRepository(database).findAll(scenario)) {
                        sink.row(
                                zone.code().value(),
                                zone.node().value(),
                                zone.slaTier().name(),
                                ZoneRepository.toWkt(zone.area()));
                    }
                }
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.DEMAND_MULTIPLIERS)) {
                    multipliers(sink, scenario);
                }
                try (XlsxSink sink = new XlsxSink(workbook, Layouts.CATEGORY_SUPPLY)) {
                    categorySupply(sink, scenario);
                }
                progress.progress(990, WHOLE, "finishing the workbook");
                workbook.finish();
                progress.progress(WHOLE, WHOLE, "exported");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Streams the order history once into the orders sheet and keeps the lines, in the same order,
     * in a few compact arrays for the order lines sheet: a workbook is written one sheet after the
     * other, and reading the whole history a second time for the lines was most of an export.
     */
    private HeldLines ordersKeepingLines(Sink sink, Progress progress) throws IOException {
        int total = new JooqOrderRepository(database).count();
        HeldLines lines = new HeldLines();
        int[] read = {0};
        // about forty reports whatever the size: a small history reports (and can be cancelled) too
        int every = Math.max(1, Math.min(REPORT_EVERY, total / 40));
        try {
            new JooqOrderRepository(database).forEach(o -> {
                try {
                    sink.row(
                            o.code().value(),
                            o.createdAt(),
                            o.promisedBy(),
                            o.channel(),
                            o.customer().lat(),
                            o.customer().lon(),
                            o.fulfilledBy() == null ? null : o.fulfilledBy().value());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String code = o.code().value();
                for (OrderLine line : o.lines()) {
                    lines.add(code, line);
                }
                if (++read[0] % every == 0) {
                    progress.progress(
                            ORDERS_FROM + (long) (LINES_FROM - ORDERS_FROM) * read[0] / Math.max(1, total),
                            WHOLE,
                            String.format(Locale.ROOT, "writing orders (%,d of %,d)", read[0], total));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }

    /** The order lines of the history, held as columns until their sheet is written. */
    private static final class HeldLines {
        private String[] orders = new String[1 << 16];
        private int[] lineNos = new int[1 << 16];
        private String[] skus = new String[1 << 16];
        private int[] quantities = new int[1 << 16];
        private int size;

        void add(String order, OrderLine line) {
            if (size == orders.length) {
                int grown = size * 2;
                orders = Arrays.copyOf(orders, grown);
                lineNos = Arrays.copyOf(lineNos, grown);
                skus = Arrays.copyOf(skus, grown);
                quantities = Arrays.copyOf(quantities, grown);
            }
            orders[size] = order;
            lineNos[size] = line.lineNo();
            skus[size] = line.sku().value();
            quantities[size] = line.quantity();
            size++;
        }

        void writeTo(Sink sink, Progress progress) throws IOException {
            int every = Math.max(1, Math.min(4 * REPORT_EVERY, size / 40));
            for (int i = 0; i < size; i++) {
                sink.row(orders[i], lineNos[i], skus[i], quantities[i]);
                if ((i + 1) % every == 0) {
                    progress.progress(
                            LINES_FROM + (long) (RULES_AT - LINES_FROM) * (i + 1) / size,
                            WHOLE,
                            String.format(Locale.ROOT, "writing order lines (%,d of %,d)", i + 1, size));
                }
            }
        }
    }

    private void skus(Sink sink) throws IOException {
        for (Sku s : new JooqSkuRepository(database).findAll()) {
            sink.row(
                    s.code().value(),
                    s.name(),
                    s.category(),
                    s.temperatureClass().name(),
                    s.unitVolumeL(),
                    s.unitWeightKg(),
                    s.unitCost(),
                    s.unitPrice(),
                    s.shelfLifeDays(),
                    s.bulky(),
                    Columns.pipeList(s.tags()));
        }
    }

    private void nodes(Sink sink, ScenarioId scenario) throws IOException {
        Map<NodeCode, SiteOperations> operations = new JooqSiteOperationsRepository(database).findAll(scenario);
        for (Node n : new JooqNodeRepository(database).findAll(scenario)) {
            SiteOperations ops = operations.getOrDefault(n.code(), SiteOperations.unknown(n.code()));
            sink.row(
                    n.code().value(),
                    n.name(),
                    n.type().name(),
                    n.location().lat(),
                    n.location().lon(),
                    n.address(),
                    n.town(),
                    n.region(),
                    n.status().name(),
                    n.slaTier() == null ? null : n.slaTier().name(),
                    n.storageCapacityUnits(),
                    n.floorAreaM2(),
                    n.fixedCostPerDay(),
                    n.handlingCostPerOrder(),
                    n.replenishmentSource() == null
                            ? null
                            : n.replenishmentSource().value(),
                    n.leadTimeDays(),
                    n.servedBy() == null ? null : n.servedBy().value(),
                    ops.ordersPerDay(),
                    ops.sameDayCutoffHour(),
                    ops.supplyLeadTimeDays(),
                    ops.supplyReviewDays());
        }
    }

    private void stock(Sink sink, ScenarioId scenario) throws IOException {
        try {
            new JooqStockRepository(database).forEach(scenario, s -> {
                try {
                    sink.row(s.node().value(), s.sku().value(), s.onHand(), s.reserved(), s.inTransit(), s.asOf());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Streams the order history once, into either or both sinks. */
    private void orders(Sink orders, Sink lines) throws IOException {
        try {
            new JooqOrderRepository(database).forEach(o -> {
                try {
                    if (orders != null) {
                        orders.row(
                                o.code().value(),
                                o.createdAt(),
                                o.promisedBy(),
                                o.channel(),
                                o.customer().lat(),
                                o.customer().lon(),
                                o.fulfilledBy() == null ? null : o.fulfilledBy().value());
                    }
                    if (lines != null) {
                        for (OrderLine line : o.lines()) {
                            lines.row(
                                    o.code().value(), line.lineNo(), line.sku().value(), line.quantity());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes {@code rules} as an allocation-rules CSV file, the format {@link Importer} reads: the
     * rules editor exports its draft this way.
     */
    public static void exportRules(Path file, List<AllocationRule> rules) {
        try {
            AtomicFiles.replace(file, f -> {
                try (CsvSink sink = new CsvSink(f, Layouts.RULES, false)) {
                    rules(sink, rules);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void rules(Sink sink, ScenarioId scenario) throws IOException {
        rules(sink, new JooqRuleRepository(database).findAll(scenario));
    }

    private static void rules(Sink sink, List<AllocationRule> rules) throws IOException {
        for (AllocationRule r : rules) {
            sink.row(RuleFormat.row(r).values());
        }
    }

    private void multipliers(Sink sink, ScenarioId scenario) throws IOException {
        for (DemandMultiplier m : JooqScenarioRepository.findMultipliers(database.dsl(), scenario)) {
            sink.row(
                    m.factor(),
                    m.sku() == null ? null : m.sku().value(),
                    m.category(),
                    m.node() == null ? null : m.node().value(),
                    m.zone() == null ? null : m.zone().value(),
                    DistrictWkt.write(m.area()),
                    m.validFrom() == null ? null : m.validFrom().toString(),
                    m.validTo() == null ? null : m.validTo().toString(),
                    m.note());
        }
    }

    private void categorySupply(Sink sink, ScenarioId scenario) throws IOException {
        for (CategorySupply c : JooqCategorySupplyRepository.findAll(database.dsl(), scenario)) {
            sink.row(c.node().value(), c.category(), c.supplyLeadTimeDays(), c.supplyReviewDays());
        }
    }

    private void zonesGeoJson(Path file, ScenarioId scenario) throws IOException {
        List<DeliveryZone> zones = new JooqZoneRepository(database).findAll(scenario);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (DeliveryZone zone : zones) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("properties");
                json.writeStringField("code", zone.code().value());
                json.writeStringField("node", zone.node().value());
                json.writeStringField("sla_tier", zone.slaTier().name());
                json.writeEndObject();
                json.writeFieldName("geometry");
                ZoneGeometry.writeGeoJson(json, zone.area());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    // ---------------------------------------------------------------- sinks

    /** Where exported rows go: a CSV file or a workbook sheet. Values are in layout order. */
    private interface Sink extends AutoCloseable {
        void row(Object... values) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** A number as plain decimal text that parses back to the same value (no exponent, no trailing zeros). */
    static String plain(Object value) {
        if (value instanceof Double d) {
            String plain =
                    new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            // 1e300 in plain digits is 301 characters, longer than a number column takes: past
            // 24 characters the exponent form (which the import reads) is shorter and exact
            return plain.length() <= 24 ? plain : Double.toString(d);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    private static final class CsvSink implements Sink {
        private final Layout layout;
        private final Writer writer;
        private final CsvWriter csv;
        private final String[] fields;

        CsvSink(Path file, Layout layout) throws IOException {
            this(file, layout, file.getFileName().toString().endsWith(".gz"));
        }

        CsvSink(Path file, Layout layout, boolean gzip) throws IOException {
            this.layout = layout;
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            if (gzip) {
                out = new GZIPOutputStream(out, 1 << 16);
            }
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
            this.fields = new String[layout.columns().size()];
            csv.writeRecord(layout.names());
        }

        @Override
        public void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    fields[i] = "";
                } else if (v instanceof String s) {
                    fields[i] = layout.columns().get(i).kind() == Layout.Kind.TEXT ? FormulaGuard.protect(s) : s;
                } else if (v instanceof Number) {
                    fields[i] = plain(v);
                } else {
                    fields[i] = v.toString(); // booleans, instants
                }
            }
            csv.writeRecord(fields);
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    private static final class XlsxSink implements Sink {
        private static final int MAX_ROWS = 1_048_576;
        private final Layout layout;
        private final Worksheet sheet;
        private int row;

        XlsxSink(Workbook workbook, Layout layout) {
            this.layout = layout;
            this.sheet = workbook.newWorksheet(layout.sheet());
            List<String> names = layout.names();
            for (int c = 0; c < names.size(); c++) {
                sheet.value(0, c, names.get(c));
            }
            sheet.freezePane(0, 1);
            row = 1;
        }

        @Override
        public void row(Object... values) throws IOException {
            if (row >= MAX_ROWS) {
                throw new IOException("the sheet " + layout.sheet() + " has more rows than a workbook can hold ("
                        + MAX_ROWS + "); export as CSV instead");
            }
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v == null) {
                    continue;
                }
                if (v instanceof String s) {
                    sheet.value(
                            row, c, layout.columns().get(c).kind() == Layout.Kind.TEXT ? FormulaGuard.protect(s) : s);
                } else if (v instanceof Number) {
                    sheet.value(row, c, new BigDecimal(plain(v)));
                } else if (v instanceof Boolean b) {
                    sheet.value(row, c, b);
                } else if (v instanceof Instant i) {
                    sheet.value(row, c, i.toString()); // text, so no time zone or precision is lost
                } else {
                    sheet.value(row, c, v.toString());
                }
            }
            row++;
            if ((row & 0x3FFF) == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
        }
    }
}

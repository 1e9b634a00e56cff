package dev.microtower.importexport;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.Layout.Column;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * One import inside one transaction. Every table is read to its end even after a problem, so all
 * problems are reported; once there is any problem nothing more is written, and the caller rolls
 * the transaction back. Large tables (stock, orders, order lines) are streamed and written in JDBC
 * batches against in-memory code-to-id maps; small ones go through the repositories. This class
 * holds what the entities share (problems, tallies, progress, the codes the import declared); each
 * entity's reading is in its own class ({@link NetworkImport}, {@link StockImport}, {@link
 * OrderImport}, {@link RuleImport}, {@link ZoneImport}).
 */
final class ImportRun {
    static final int BATCH = 2_000;
    static final long NOT_WRITTEN = -1;
    /** What a cancelled import says. */
    static final String CANCELLED = "the import was cancelled; nothing was imported";

    private final DSLContext dsl;
    private final Connection connection;
    private final ScenarioId scenario;
    private final Problems problems = new Problems();
    private final Progress progress;
    private final Cancellation cancellation;
    private final long totalWork;
    private long workBefore;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> notes = new java.util.ArrayList<>();

    /** Codes a file of this import declared, so later files are not told they are unknown when the declaring row was wrong. */
    final Set<String> declaredSkus = new HashSet<>();

    final Set<String> declaredNodes = new HashSet<>();
    final Set<String> declaredOrders = new HashSet<>();

    ImportRun(
            DSLContext dsl,
            Connection connection,
            ScenarioId scenario,
            Progress progress,
            Cancellation cancellation,
            long totalWork) {
        this.dsl = dsl;
        this.connection = connection;
        this.scenario = scenario;
        this.progress = progress;
        this.cancellation = cancellation;
        this.totalWork = Math.max(1, totalWork);
    }

    Problems problems() {
        return problems;
    }

    DSLContext dsl() {
        return dsl;
    }

    Connection connection() {
        return connection;
    }

    ScenarioId scenario() {
        return scenario;
    }

    /** Counts a file read whole (GeoJSON) as done. */
    void finishedFile(String fileName, long size) {
        workBefore += size;
        progress.progress(Math.min(totalWork, workBefore), totalWork, "read " + fileName);
    }

    ImportReport report() {
        Map<String, ImportReport.Counts> counts = new LinkedHashMap<>();
        tallies.forEach((entity, tally) -> counts.put(entity, tally.counts()));
        return new ImportReport(counts, notes);
    }

    /** A line for the report: something the planner should know though nothing was wrong. */
    /** Notes that the file lacks the optional columns {@code absent}, so stored {@code what} kept their values. */
    void noteAbsent(TableReader reader, List<String> absent, String what) {
        note(reader.name() + ": the columns " + String.join(", ", absent)
                + " are not in the file; the stored values of existing " + what + " were kept");
    }

    /**
     * Notes how many stored orders have no lines once this import wrote orders or lines: they
     * count as orders but carry no demand, and they do not move the end of a plan's history window
     * (it ends on the day of the last order with lines); inside the window they add nothing.
     */
    void noteOrdersWithoutLines() throws SQLException {
        if (!tallies.containsKey(Layouts.ORDERS.entity()) && !tallies.containsKey(Layouts.ORDER_LINES.entity())) {
            return;
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM customer_order o"
                        + " WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id)");
                ResultSet rs = count.executeQuery()) {
            long n = rs.next() ? rs.getLong(1) : 0;
            if (n > 0) {
                note((n == 1 ? "1 order has" : n + " orders have")
                        + " no lines: they count as orders but carry no demand, and they do not move"
                        + " the end of the history window");
            }
        }
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    boolean writing() {
        return problems.isEmpty();
    }

    Tally tally(Layout layout) {
        return tallies.computeIfAbsent(layout.entity(), e -> new Tally());
    }

    void tick(TableReader reader, long rows, String what) {
        if ((rows & 1023) == 0) {
            cancellation.check(CANCELLED);
            progress.progress(Math.min(totalWork, workBefore + reader.consumed()), totalWork, what);
        }
    }

    void finished(TableReader reader) {
        workBefore += reader.size();
        progress.progress(Math.min(totalWork, workBefore), totalWork, "read " + reader.name());
    }

    /** Reports a duplicate key, naming the line where it first appeared. */
    boolean firstTime(Map<String, Long> seen, String key, Cells cells, Column column, String what) {
        Long first = seen.putIfAbsent(key, cells.line());
        if (first != null) {
            cells.problem(column, what + " appears twice in the file (first on line " + first + ")");
            return false;
        }
        return true;
    }

    /** Node code to id; codes declared by this import but not written map to {@link #NOT_WRITTEN}. */
    Map<String, Long> nodeIds() {
        Map<String, Long> ids = JooqNodeRepository.idsByCode(dsl, scenario);
        declaredNodes.forEach(code -> ids.putIfAbsent(code, NOT_WRITTEN));
        return ids;
    }

    Map<String, Long> skuIds() {
        Map<String, Long> ids = JooqSkuRepository.idsByCode(dsl);
        declaredSkus.forEach(code -> ids.putIfAbsent(code, NOT_WRITTEN));
        return ids;
    }

    static long key(long a, long b) {
        if (a >= (1L << 31) || b >= (1L << 32)) {
            throw new IllegalStateException("ids beyond 2^31 are not supported by the importer's key packing");
        }
        return (a << 32) | b;
    }

    static long micros(OffsetDateTime time) {
        if (time == null) {
            return Long.MIN_VALUE;
        }
        Instant i = time.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    // ---------------------------------------------------------------- the entities

    void skus(TableReader reader) {
        new NetworkImport(this).skus(reader);
    }

    void nodes(TableReader reader) {
        new NetworkImport(this).nodes(reader);
    }

    void stock(TableReader reader) throws SQLException {
        new StockImport(this).stock(reader);
    }

    void orders(TableReader reader) throws SQLException {
        new OrderImport(this).orders(reader);
    }

    void orderLines(TableReader reader) throws SQLException {
        new OrderImport(this).orderLines(reader);
    }

    void rules(TableReader reader) {
        new RuleImport(this).rules(reader);
    }

    /** Reads and checks the rows of a rules file without writing; problems are collected. */
    List<AllocationRule> parseRules(TableReader reader) {
        return new RuleImport(this).parseRules(reader);
    }

    void multipliers(TableReader reader) {
        new MultiplierImport(this).multipliers(reader);
    }

    void categorySupply(TableReader reader) {
        new CategorySupplyImport(this).categorySupply(reader);
    }

    void zones(TableReader reader) {
        new ZoneImport(this).zones(reader);
    }

    void zonesGeoJson(String fileName, InputStream input, long size) throws IOException {
        new ZoneImport(this).zonesGeoJson(fileName, input, size);
    }
}

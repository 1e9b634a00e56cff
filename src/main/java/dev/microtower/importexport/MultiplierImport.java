package dev.microtower.importexport;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.importexport.Layout.Column;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.jooq.DistrictWkt;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demand changes of an import ({@link Layouts#DEMAND_MULTIPLIERS}): every row is checked (a
 * known site and SKU, one district at most, a readable polygon, dates in order) and the file's rows
 * replace the scenario's demand changes, since the file is their whole list.
 */
final class MultiplierImport {
    private final ImportRun run;
    private final ScenarioId scenario;

    MultiplierImport(ImportRun run) {
        this.run = Objects.requireNonNull(run);
        this.scenario = run.scenario();
    }

    void multipliers(TableReader reader) {
        Layout l = Layouts.DEMAND_MULTIPLIERS;
        Cells cells = Cells.open(reader, l, run.problems());
        Map<String, Long> nodes = run.nodeIds();
        Map<String, Long> skus = run.skuIds();
        List<DemandMultiplier> parsed = new ArrayList<>();
        long rows = 0;
        while (cells.next()) {
            run.tick(reader, ++rows, "reading demand multipliers");
            DemandMultiplier m = row(cells, l, nodes, skus);
            if (m != null && cells.rowOk()) {
                parsed.add(m);
            }
        }
        run.finished(reader);
        Tally tally = run.tally(l);
        if (!run.writing()) {
            return;
        }
        if (JooqScenarioRepository.findMultipliers(run.dsl(), scenario).equals(parsed)) {
            tally.unchanged += parsed.size();
            return;
        }
        JooqScenarioRepository.replaceMultipliers(run.dsl(), scenario, parsed);
        tally.added += parsed.size();
    }

    private static DemandMultiplier row(Cells cells, Layout l, Map<String, Long> nodes, Map<String, Long> skus) {
        Double factor = cells.number(l.column("factor"));
        String sku = cells.text(l.column("sku"));
        if (sku != null && !skus.containsKey(sku)) {
            cells.problem(l.column("sku"), "names SKU '" + sku + "', which is not in the catalogue");
        }
        String category = cells.text(l.column("category"));
        String site = cells.text(l.column("site"));
        if (site != null && !nodes.containsKey(site)) {
            cells.problem(l.column("site"), "names site '" + site + "', which is not in this scenario");
        }
        String zone = cells.text(l.column("zone"));
        String wkt = cells.text(l.column("area_wkt"));
        List<GeoPoint> area = null;
        if (wkt != null) {
            try {
                area = DistrictWkt.read(wkt);
            } catch (IllegalArgumentException e) {
                cells.problem(l.column("area_wkt"), e.getMessage());
            }
        }
        int districts = (site == null ? 0 : 1) + (zone == null ? 0 : 1) + (wkt == null ? 0 : 1);
        if (districts > 1) {
            cells.problem(l.column("site"), "a row names one district at most: a site, a zone or an area_wkt");
        }
        LocalDate from = date(cells, l.column("valid_from"));
        LocalDate to = date(cells, l.column("valid_to"));
        if (from != null && to != null && from.isAfter(to)) {
            cells.problem(l.column("valid_to"), "is before valid_from " + from);
        }
        String note = cells.freeText(l.column("note"));
        if (!cells.rowOk() || factor == null) {
            return null;
        }
        return new DemandMultiplier(
                site == null ? null : NodeCode.of(site),
                category,
                factor,
                from,
                to,
                note,
                sku == null ? null : SkuCode.of(sku),
                zone == null ? null : ZoneCode.of(zone),
                area);
    }

    private static LocalDate date(Cells cells, Column column) {
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            cells.problem(column, "'" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }
}

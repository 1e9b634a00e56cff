package dev.microtower.importexport;

import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SKU;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.NodeType;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regional DCs' vendor supply per category of an import ({@link Layouts#CATEGORY_SUPPLY}):
 * every row is checked (a site of the scenario, each site and category once, at least one of the
 * two values) and the file's rows replace the scenario's, since the file is their whole list. A row
 * of a site that is not a regional DC, or of a category no SKU has, is kept with a note in the
 * report: the replay uses it only once the site is a regional DC again or SKUs of the category
 * arrive, and so every stored database exports to files that import again (docs/file-formats.md).
 */
final class CategorySupplyImport {
    private final ImportRun run;
    private final ScenarioId scenario;

    CategorySupplyImport(ImportRun run) {
        this.run = Objects.requireNonNull(run);
        this.scenario = run.scenario();
    }

    void categorySupply(TableReader reader) {
        Layout l = Layouts.CATEGORY_SUPPLY;
        Cells cells = Cells.open(reader, l, run.problems());
        Map<String, Long> nodes = run.nodeIds();
        Map<String, String> types = new HashMap<>();
        run.dsl()
                .select(NODE.CODE, NODE.TYPE)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()))
                .fetch()
                .forEach(r -> types.put(r.value1(), r.value2()));
        // a catalogue this import failed to write is not known: its categories are not checked then
        boolean catalogueKnown = run.writing();
        Set<String> categories =
                new HashSet<>(run.dsl().selectDistinct(SKU.CATEGORY).from(SKU).fetch(SKU.CATEGORY));
        Map<String, Long> seen = new HashMap<>();
        List<CategorySupply> parsed = new ArrayList<>();
        Set<String> notDc = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        long rows = 0;
        while (cells.next()) {
            run.tick(reader, ++rows, "reading category supply");
            String site = cells.text(l.column("site"));
            if (site != null && !nodes.containsKey(site)) {
                cells.problem(l.column("site"), "names site '" + site + "', which is not in this scenario");
            }
            String category = cells.text(l.column("category"));
            Double lead = cells.number(l.column("supply_lead_time_days"));
            Long review = cells.whole(l.column("supply_review_days"), Integer.MAX_VALUE);
            if (cells.rowOk() && lead == null && review == null) {
                cells.problem(
                        l.column("supply_lead_time_days"),
                        "is empty and so is supply_review_days: give at least one of the two");
            }
            if (site != null && category != null) {
                run.firstTime(
                        seen,
                        site + "\u0000" + category,
                        cells,
                        l.column("category"),
                        "site " + site + " with category " + category);
            }
            if (cells.rowOk() && site != null && category != null) {
                if (types.containsKey(site) && !NodeType.REGIONAL_DC.name().equals(types.get(site))) {
                    notDc.add(site);
                }
                if (catalogueKnown && !categories.contains(category)) {
                    unknown.add(category);
                }
                parsed.add(new CategorySupply(
                        NodeCode.of(site), category, lead, review == null ? null : review.intValue()));
            }
        }
        run.finished(reader);
        Tally tally = run.tally(l);
        if (!run.writing()) {
            return;
        }
        if (!notDc.isEmpty()) {
            run.note(reader.name() + ": vendor supply of " + String.join(", ", notDc)
                    + (notDc.size() == 1 ? ", which is not a regional DC," : ", which are not regional DCs,")
                    + " was kept; it is used once the site is a regional DC again");
        }
        if (!unknown.isEmpty()) {
            run.note(reader.name() + ": vendor supply for the categories " + String.join(", ", unknown)
                    + ", which no SKU has, was kept; it is used once SKUs of the category arrive");
        }
        parsed.sort((a, b) -> {
            int bySite = a.node().compareTo(b.node());
            return bySite != 0 ? bySite : a.category().compareTo(b.category());
        });
        List<CategorySupply> stored = JooqCategorySupplyRepository.findAll(run.dsl(), scenario);
        if (stored.equals(parsed)) {
            tally.unchanged += parsed.size();
            return;
        }
        JooqCategorySupplyRepository.replaceAll(run.dsl(), scenario, parsed);
        tally.added += parsed.size();
    }
}

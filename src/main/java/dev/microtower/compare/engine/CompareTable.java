package dev.microtower.compare.engine;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiInput;
import dev.microtower.core.kpi.KpiValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * KPIs of two or more scenarios side by side: one row per KPI (matched on {@link KpiValue#id()}),
 * one cell per scenario with its value and its difference to the reference scenario, absolute and
 * in percent, judged better or worse by the KPI's {@link Better}. Rows keep the order in which the
 * scenarios listed them, the reference's first; a KPI a scenario lacks is an empty cell.
 *
 * <p>A table can be shown before every source has answered ({@link #partial}): the KPIs of the
 * sources still computing (a fulfilment replay takes far longer than counting sites) are rows
 * marked {@link Row#computing()}, so the network figures of a what-if edit show at once and the
 * slow ones follow.
 *
 * @param scenarios the compared scenarios, in column order
 * @param reference the index in {@code scenarios} the differences are taken against
 * @param computing the names of the sources whose KPIs are still being computed; empty when complete
 */
public record CompareTable(List<Column> scenarios, int reference, List<Row> rows, List<String> computing) {
    public CompareTable {
        scenarios = List.copyOf(scenarios);
        rows = List.copyOf(rows);
        computing = List.copyOf(computing);
        Objects.checkIndex(reference, scenarios.size());
    }

    /** A complete table. */
    public CompareTable(List<Column> scenarios, int reference, List<Row> rows) {
        this(scenarios, reference, rows, List.of());
    }

    /** Whether every source's KPIs are in. */
    public boolean complete() {
        return computing.isEmpty();
    }

    /** One compared scenario: its id and the name a planner gave it. */
    public record Column(ScenarioId id, String name) {}

    /** One scenario's KPIs, as its sources computed them. */
    public record ScenarioKpis(Column scenario, List<KpiValue> values) {
        public ScenarioKpis {
            values = List.copyOf(values);
        }
    }

    /**
     * One KPI's value in one scenario, or an empty cell ({@code kpi} null) when the scenario has no
     * such KPI.
     *
     * @param delta value − reference value, NaN when either is missing or NaN
     * @param deltaPercent the delta relative to the reference in percent, NaN when the reference is 0
     * @param judgement +1 better than the reference, −1 worse, 0 equal or not judged
     */
    public record Cell(KpiValue kpi, double value, double delta, double deltaPercent, int judgement) {
        public boolean isEmpty() {
            return kpi == null;
        }
    }

    /**
     * One KPI across the scenarios; what it means and its unit come from the reference (or the first
     * that has it). A row whose source is still computing has empty cells and {@code computing} set.
     */
    public record Row(
            String id,
            String group,
            String title,
            String unit,
            Better better,
            String definition,
            List<Cell> cells,
            boolean computing) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(
                String id,
                String group,
                String title,
                String unit,
                Better better,
                String definition,
                List<Cell> cells) {
            this(id, group, title, unit, better, definition, cells, false);
        }

        /**
         * Whether any scenario's value differs from the reference's (a missing value differs too);
         * a row still computing counts as differing, since it may.
         */
        public boolean differs(int reference) {
            if (computing) {
                return true;
            }
            Cell ref = cells.get(reference);
            for (Cell cell : cells) {
                if (cell.isEmpty() != ref.isEmpty()) {
                    return true;
                }
                if (!cell.isEmpty() && !same(cell.value(), ref.value())) {
                    return true;
                }
            }
            return false;
        }

        /** The inputs of the cell of scenario {@code column}, for the explanation of its number. */
        public List<KpiInput> inputs(int column) {
            Cell cell = cells.get(column);
            return cell.isEmpty() ? List.of() : cell.kpi().inputs();
        }

        private static boolean same(double a, double b) {
            return Double.compare(a, b) == 0 || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
        }
    }

    /** Puts {@code kpis} side by side against the scenario at {@code reference}. */
    public static CompareTable of(List<ScenarioKpis> kpis, int reference) {
        if (kpis.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios");
        }
        Objects.checkIndex(reference, kpis.size());
        List<Map<String, KpiValue>> byId = new ArrayList<>();
        Map<String, KpiValue> first = new LinkedHashMap<>();
        for (ScenarioKpis one : reorderedReferenceFirst(kpis, reference)) {
            one.values().forEach(v -> first.putIfAbsent(v.id(), v));
        }
        for (ScenarioKpis one : kpis) {
            Map<String, KpiValue> map = new LinkedHashMap<>();
            one.values().forEach(v -> map.putIfAbsent(v.id(), v));
            byId.add(map);
        }
        List<Row> rows = new ArrayList<>();
        for (KpiValue shape : first.values()) {
            KpiValue ref = byId.get(reference).get(shape.id());
            List<Cell> cells = new ArrayList<>();
            for (Map<String, KpiValue> scenario : byId) {
                KpiValue value = scenario.get(shape.id());
                if (value == null) {
                    cells.add(new Cell(null, Double.NaN, Double.NaN, Double.NaN, 0));
                } else if (ref == null) {
                    cells.add(new Cell(value, value.value(), Double.NaN, Double.NaN, 0));
                } else {
                    cells.add(new Cell(
                            value,
                            value.value(),
                            value.delta(ref),
                            value.deltaPercent(ref),
                            shape.better().judge(ref.value(), value.value())));
                }
            }
            KpiValue about = ref != null ? ref : shape;
            rows.add(new Row(
                    about.id(), about.group(), about.title(), about.unit(), about.better(), about.definition(), cells));
        }
        List<Column> columns = kpis.stream().map(ScenarioKpis::scenario).toList();
        return new CompareTable(columns, reference, rows);
    }

    /**
     * The table of what is computed so far: the KPIs in {@code kpis}, then, for each source named in
     * {@code computing}, the rows of that source in {@code previous} (the table shown before, may be
     * null) with their values emptied, or one row naming the source when {@code previous} has none.
     */
    public static CompareTable partial(
            List<ScenarioKpis> kpis, int reference, List<String> computing, CompareTable previous) {
        CompareTable known = of(kpis, reference);
        List<Row> rows = new ArrayList<>(known.rows());
        int columns = kpis.size();
        for (String source : computing) {
            List<Row> before = previous == null
                    ? List.of()
                    : previous.rows().stream()
                            .filter(r -> r.group().equals(source) && !r.id().startsWith(PENDING))
                            .toList();
            if (before.isEmpty()) {
                rows.add(pending(PENDING + source, source, source, "", Better.NEITHER, "", columns));
            } else {
                for (Row row : before) {
                    rows.add(pending(
                            row.id(), row.group(), row.title(), row.unit(), row.better(), row.definition(), columns));
                }
            }
        }
        return new CompareTable(known.scenarios(), reference, rows, computing);
    }

    /** The id prefix of the one row standing for a source never computed before. */
    private static final String PENDING = "computing:";

    private static Row pending(
            String id, String group, String title, String unit, Better better, String definition, int columns) {
        List<Cell> empty = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            empty.add(new Cell(null, Double.NaN, Double.NaN, Double.NaN, 0));
        }
        return new Row(id, group, title, unit, better, definition, empty, true);
    }

    private static List<ScenarioKpis> reorderedReferenceFirst(List<ScenarioKpis> kpis, int reference) {
        List<ScenarioKpis> ordered = new ArrayList<>(kpis);
        ordered.add(0, ordered.remove(reference));
        return ordered;
    }

    /** The rows that differ between the scenarios, for the "differences only" view. */
    public List<Row> differingRows() {
        return rows.stream().filter(r -> r.differs(reference)).toList();
    }
}

package dev.microtower.simulation.ui;

import dev.microtower.core.kpi.KpiValue;
import dev.microtower.network.domain.Node;
import dev.microtower.simulation.domain.FulfilmentKpis;
import dev.microtower.simulation.domain.Totals;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.ui.framework.PropertyGrids;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The inspector section with the selected site's fulfilment KPIs from the dashboard's latest run:
 * orders counted where the site served (or would have served) the customer, shipments, stock and
 * cost where they happened. Hidden while no run or no stocking site is at hand.
 */
final class SiteKpisSection {
    private static final Set<String> SHOWN = Set.of(
            "fill-rate-lines",
            "on-time-rate",
            "local-share",
            "split-rate",
            "delivery-distance",
            "cost-per-order",
            "stockout-rate",
            "days-of-cover",
            "order-utilisation",
            "stock-utilisation");

    private final VBox root = new VBox(4);
    private final GridPane grid = new GridPane();

    SiteKpisSection() {
        Label title = new Label("Fulfilment (simulated)");
        title.setStyle("-fx-font-weight: bold;");
        PropertyGrids.nameAndValueColumns(grid);
        grid.setHgap(8);
        grid.setVgap(2);
        root.getChildren().addAll(title, grid);
        root.setId("inspector-fulfilment");
        show(null, null, null);
    }

    VBox node() {
        return root;
    }

    /** Shows {@code site}'s KPIs; {@code onMap} (the KPI the map colours sites by, or null) is listed too, first. */
    void show(Node site, SimulationService.Run run, String onMap) {
        grid.getChildren().clear();
        Totals totals =
                site == null || run == null ? null : run.result().bySite().get(site.code());
        boolean visible = totals != null && site.type().holdsStock();
        root.setVisible(visible);
        root.setManaged(visible);
        if (!visible) {
            return;
        }
        int row = 0;
        List<KpiValue> values = new ArrayList<>(FulfilmentKpis.of(totals));
        values.removeIf(v -> !SHOWN.contains(v.id()) && !v.id().equals(onMap));
        values.sort(Comparator.comparing(v -> !v.id().equals(onMap)));
        for (KpiValue v : values) {
            Label name = new Label(v.id().equals(onMap) ? v.title() + " (on the map)" : v.title());
            Label value = new Label(DashboardView.format(v.value(), v.unit()));
            value.setId("inspector-fulfilment-" + v.id());
            Tooltip.install(name, new Tooltip(v.definition()));
            grid.addRow(row++, name, value);
        }
    }
}

package dev.microtower.simulation.ui;

import dev.microtower.core.kpi.KpiValue;
import dev.microtower.network.domain.Node;
import dev.microtower.simulation.domain.FulfilmentKpis;
import dev.microtower.simulation.domain.Totals;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.ui.framework.PropertyGrids;
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
        show(null, null);
    }

    VBox node() {
        return root;
    }

    void show(Node site, SimulationService.Run run) {
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
        for (KpiValue v : FulfilmentKpis.of(totals)) {
            if (!SHOWN.contains(v.id())) {
                continue;
            }
            Label name = new Label(v.title());
            Label value = new Label(DashboardView.format(v.value(), v.unit()));
            value.setId("inspector-fulfilment-" + v.id());
            Tooltip.install(name, new Tooltip(v.definition()));
            grid.addRow(row++, name, value);
        }
    }
}

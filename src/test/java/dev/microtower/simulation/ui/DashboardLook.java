package dev.microtower.simulation.ui;

import dev.microtower.network.ui.NetworkModel;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.WindowLook;
import java.util.Comparator;
import java.util.Locale;

/**
 * Opens a database, the fulfilment dashboard, simulates, switches the map layer colouring sites by
 * a KPI on, and writes a picture of the window: for looking at the dashboard by hand. {@code DB
 * OUT.png [KPI-ID [SIDE-PANEL-ID]]} (e.g. {@code layers} to show the layer's legend); see {@link
 * WindowLook} for how to run it.
 */
public final class DashboardLook {
    private DashboardLook() {}

    public static void main(String[] args) {
        WindowLook.launch(args, look -> {
            String kpi = look.argument(2, "on-time-rate");
            String tab = look.argument(3, SimulationModule.PANEL);
            MainWindow window = look.window();
            SimulationModule module = window.module(SimulationModule.class);
            window.showSidePanel(SimulationModule.PANEL);
            module.controller().start();
            look.poll(() -> module.model().runProperty().get() != null, () -> {
                module.kpiLayer().kpiProperty().set(KpiMapLayer.choice(kpi));
                module.kpiLayer().shownProperty().set(true);
                // the zones' fill would hide the colours: a manager looking at a KPI switches them off
                window.map().overlays().stream()
                        .filter(o -> o.title().toLowerCase(Locale.ROOT).contains("zone"))
                        .forEach(o -> o.shownProperty().set(false));
                window.showSidePanel(tab);
                // the inspector shows the KPIs of the site worst at the KPI on the map
                NetworkModel network = window.service(NetworkModel.class);
                module.kpiLayer().pictureProperty().get().spots().stream()
                        .min(Comparator.comparingDouble(KpiMapLayer.Spot::value))
                        .flatMap(spot -> network.site(spot.site()))
                        .ifPresent(site -> network.selectedProperty().set(site));
                window.module(NetworkModule.class).zoomToNetwork();
                look.later(4, () -> {
                    look.write(look.out());
                    look.finish();
                });
            });
        });
    }
}

package dev.microtower.planning.ui;

import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.WindowLook;

/**
 * Opens a database, the Forecast panel (View → Forecast accuracy) and, once its backtest is shown,
 * selects the first stocked micro-fulfilment site so the inspector draws its forecast chart, then
 * writes a picture of the window: for looking at the forecast by hand and for
 * docs/screenshots/forecast-panel.png. {@code DB OUT.png}; see {@link WindowLook} for how to run it.
 */
public final class ForecastLook {
    private ForecastLook() {}

    public static void main(String[] args) {
        WindowLook.launch(args, look -> {
            MainWindow window = look.window();
            ForecastModule module = window.module(ForecastModule.class);
            window.showSidePanel(ForecastModule.PANEL);
            module.start();
            look.poll(() -> module.panel().backtest.get() != null, () -> {
                NetworkModel network = window.service(NetworkModel.class);
                network.sites().stream()
                        .filter(Node::isStocked)
                        .filter(n -> n.code().value().startsWith("MFC"))
                        .findFirst()
                        .ifPresent(site -> network.selectedProperty().set(site));
                window.module(NetworkModule.class).zoomToNetwork();
                look.poll(
                        () -> module.chart().error.getText().startsWith("Backtest"),
                        () -> look.later(4, () -> {
                            look.write(look.out());
                            look.finish();
                        }));
            });
        });
    }
}

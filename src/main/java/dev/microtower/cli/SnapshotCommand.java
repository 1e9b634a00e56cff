package dev.microtower.cli;

import dev.microtower.App;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.network.ui.SitesLayer;
import dev.microtower.shell.MainWindow;
import dev.microtower.shell.WindowSnapshot;
import dev.microtower.store.DataLocation;
import dev.microtower.ui.map.Snapshots;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code snapshot}: the main window on a database, rendered to a PNG without a display. */
@Command(
        name = "snapshot",
        description = "Render the main window to a PNG without a display (for presentations and the README).")
final class SnapshotCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Option(
            names = "--width",
            defaultValue = "1600",
            description = "Window width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--height",
            defaultValue = "1000",
            description = "Window height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Option(
            names = "--center",
            paramLabel = "LAT,LON",
            description = "Centre of the map; default: the whole network in view.")
    String center;

    @Option(names = "--zoom", paramLabel = "Z", description = "Zoom level, e.g. 11 for a city.")
    Double zoom;

    @Option(names = "--select", paramLabel = "CODE", description = "Select this site, so the inspector shows it.")
    String select;

    @Option(
            names = "--show",
            paramLabel = "LAYER",
            split = ",",
            description = "Switch these layers on, by the layer's title in lower case with dashes,"
                    + " e.g. stock-heatmap,demand-heatmap.")
    java.util.List<String> show = java.util.List.of();

    @Option(
            names = "--timeout",
            defaultValue = "120",
            description = "Seconds to wait for the map (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (width < 200 || height < 200 || width > 8000 || height > 8000) {
            throw new CommandException("--width and --height must be between 200 and 8000 pixels");
        }
        GeoPoint centre = center == null ? null : parseCentre(center);
        Path database = DataLocation.resolve(parent.db);
        WindowSnapshot.useHeadlessToolkit(width, height);
        WindowSnapshot.startToolkit();
        try {
            var image = WindowSnapshot.render(
                    database,
                    new WindowSnapshot.View(width, height, centre, zoom, select, show),
                    App::createWindow,
                    SnapshotCommand::select,
                    timeoutSeconds);
            Snapshots.writePng(image, out);
            spec.commandLine().getOut().println("wrote " + out + " (" + width + " x " + height + ")");
            return 0;
        } catch (TimeoutException e) {
            throw new CommandException("the map was not complete after " + timeoutSeconds + " s; nothing written");
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage());
        } finally {
            Platform.exit();
        }
    }

    private static boolean select(MainWindow window, String code) {
        SitesLayer sites = window.module(NetworkModule.class).sites();
        return sites.site(NodeCode.of(code))
                .map(site -> {
                    sites.selectedProperty().set(site);
                    return true;
                })
                .orElse(false);
    }

    static GeoPoint parseCentre(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException("--center must be LAT,LON in degrees, e.g. 37.77,-122.42: " + e.getMessage());
        }
        throw new CommandException("--center must be LAT,LON in degrees, e.g. 37.77,-122.42, not '" + text + "'");
    }
}

package dev.microtower.shell;

import dev.microtower.ui.map.basemap.BaseMapSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Preferences → Base map: the built-in offline map, an online XYZ source, or an MBTiles file. */
final class BaseMapPreferences {
    private static final String BUILT_IN = "Built-in offline map";
    private static final String OSM = "OpenStreetMap (online)";
    private static final String XYZ = "Other online tiles (XYZ)";
    private static final String MBTILES = "MBTiles file (offline)";

    private BaseMapPreferences() {}

    /**
     * Opens the dialog and returns at once; {@code onChosen} gets the settings when the user presses
     * OK. The MBTiles path can be typed as well as chosen, so the dialog works without a native
     * file chooser (and can be driven by tests).
     */
    static Dialog<BaseMapSettings> ask(Window owner, BaseMapSettings current, Consumer<BaseMapSettings> onChosen) {
        Dialog<BaseMapSettings> dialog = new Dialog<>();
        dialog.getDialogPane().setId("basemap-dialog");
        dialog.initOwner(owner);
        dialog.setTitle("Base map");
        dialog.setHeaderText("Where the map's background comes from. Sites and overlays are not affected.");
        ChoiceBox<String> kind = new ChoiceBox<>(FXCollections.observableArrayList(BUILT_IN, OSM, XYZ, MBTILES));
        kind.setId("basemap-kind");
        TextField url = new TextField(current.urlTemplate());
        url.setPrefColumnCount(36);
        TextField attribution = new TextField(current.attribution());
        Spinner<Integer> maxZoom = new Spinner<>(0, 22, current.maxZoom());
        TextField userAgent = new TextField(current.userAgent());
        TextField file = new TextField(
                current.mbtilesPath() == null ? "" : current.mbtilesPath().toString());
        file.setId("basemap-file");
        file.setPromptText("path of a .mbtiles file");
        file.setPrefColumnCount(30);
        Button browse = new Button("Browse…");
        browse.setId("basemap-browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
            File chosen =
                    chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.getAbsolutePath());
            }
        });
        kind.setValue(
                switch (current.kind()) {
                    case BUILT_IN -> BUILT_IN;
                    case ONLINE_XYZ -> BaseMapSettings.OSM_URL.equals(current.urlTemplate()) ? OSM : XYZ;
                    case MBTILES -> MBTILES;
                });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(10));
        form.addRow(0, new Label("Source"), kind);
        form.addRow(1, new Label("Tile address"), url);
        form.addRow(2, new Label("Attribution"), attribution);
        form.addRow(3, new Label("Max zoom"), maxZoom);
        form.addRow(4, new Label("User-Agent"), userAgent);
        form.addRow(5, new Label("MBTiles file"), new HBox(6, file, browse));
        Label note = new Label("Online tiles are cached on disk; any tile that cannot be fetched is drawn from the "
                + "built-in map, so the map works offline. No tiles are downloaded in bulk.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        form.add(note, 0, 6, 2, 1);
        Runnable enable = () -> {
            boolean online = kind.getValue().equals(XYZ);
            url.setDisable(!online);
            attribution.setDisable(!online);
            maxZoom.setDisable(!online);
            userAgent.setDisable(!(online || kind.getValue().equals(OSM)));
            file.setDisable(!kind.getValue().equals(MBTILES));
            browse.setDisable(!kind.getValue().equals(MBTILES));
        };
        kind.valueProperty().addListener(o -> enable.run());
        enable.run();
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            return switch (kind.getValue()) {
                case OSM ->
                    BaseMapSettings.onlineXyz(
                            BaseMapSettings.OSM_URL,
                            BaseMapSettings.openStreetMap().attribution(),
                            19,
                            userAgent.getText());
                case XYZ ->
                    BaseMapSettings.onlineXyz(
                            url.getText().strip(),
                            attribution.getText().strip(),
                            maxZoom.getValue(),
                            userAgent.getText());
                case MBTILES ->
                    BaseMapSettings.mbtiles(
                            file.getText().isBlank()
                                    ? null
                                    : Path.of(file.getText().strip()));
                default -> BaseMapSettings.builtIn();
            };
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onChosen.accept(dialog.getResult());
            }
        });
        dialog.show();
        return dialog;
    }
}

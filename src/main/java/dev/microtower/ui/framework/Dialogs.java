package dev.microtower.ui.framework;

import dev.microtower.core.AppVersion;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The window's message boxes: messages in words, never stack traces. */
public final class Dialogs {
    private Dialogs() {}

    public static Alert error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinWidth(460);
        alert.show();
        return alert;
    }

    /** Lists every problem found, so the user can fix them all in one go. */
    public static Alert problems(Window owner, String title, String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(16, Math.max(4, problems.size())));
        list.setId("problem-list");
        VBox content =
                new VBox(6, new Label(problems.size() + (problems.size() == 1 ? " problem:" : " problems:")), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("problems-dialog");
        alert.getDialogPane().setPrefWidth(620);
        alert.show();
        return alert;
    }

    public static void info(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    public static void about(Window owner, String mapAttribution) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("About Microtower");
        alert.setHeaderText("Microtower " + AppVersion.current() + " — control tower for micro-distribution networks");
        TextArea text = new TextArea(String.join(
                "\n",
                "Microtower is free software: you can redistribute it and/or modify it under the terms of the",
                "GNU General Public License as published by the Free Software Foundation, either version 3 of",
                "the License, or (at your option) any later version (GPL-3.0-or-later). It comes with",
                "ABSOLUTELY NO WARRANTY.",
                "",
                "Map data",
                "  Shown now: " + mapAttribution,
                "",
                dev.microtower.ui.map.basemap.MapDataAttributions.NOTICE,
                "Built with",
                "  OpenJFX — GPL-2.0 with Classpath Exception",
                "  Gluon Maps — GPL-3.0",
                "  ControlsFX — BSD-3-Clause",
                "  H2 Database — MPL-2.0 / EPL-1.0",
                "  Flyway — Apache-2.0",
                "  jOOQ (open source edition) — Apache-2.0",
                "  Jackson — Apache-2.0",
                "  JTS Topology Suite — EPL-2.0 / EDL-1.0",
                "  FastCSV — MIT",
                "  fastexcel — Apache-2.0",
                "  picocli — Apache-2.0"));
        text.setEditable(false);
        text.setPrefRowCount(20);
        text.setPrefColumnCount(70);
        text.setId("about-text");
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}

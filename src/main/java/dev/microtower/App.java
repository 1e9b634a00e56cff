package dev.microtower;

import dev.microtower.persistence.DataLocation;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: wiring only. */
public final class App extends Application {
    private static volatile Path requestedDatabase;

    public static void launchWindow(Path database) {
        requestedDatabase = database;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        Path db = DataLocation.resolve(requestedDatabase);
        stage.setTitle("Microtower — " + db);
        stage.setScene(
                new Scene(new StackPane(new Label("Microtower: the map window arrives with issue 3.")), 1280, 800));
        stage.show();
    }
}

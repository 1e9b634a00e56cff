package dev.microtower;

import dev.microtower.common.TaskRunner;
import dev.microtower.persistence.DataLocation;
import dev.microtower.shell.FirstStart;
import dev.microtower.shell.MainWindow;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: wiring only. */
public final class App extends Application {
    private static volatile Path requestedDatabase;

    private TaskRunner runner;
    private MainWindow window;

    public static void launchWindow(Path database) {
        requestedDatabase = database;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        Path db = DataLocation.resolve(requestedDatabase);
        runner = TaskRunner.background("microtower-work");
        window = createWindow(runner);
        stage.setTitle("Microtower — " + db);
        stage.setScene(new Scene(window.root(), 1400, 880));
        stage.show();
        window.open(db);
    }

    /** The window as the application wires it; the snapshot command and the tests use the same. */
    public static MainWindow createWindow(TaskRunner runner) {
        return new MainWindow(runner, FirstStart.NOTHING);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeDatabase();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}

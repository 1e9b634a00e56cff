package dev.microtower.testing;

import dev.microtower.App;
import dev.microtower.shell.MainWindow;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.Snapshots;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The one launcher of the "look" programs (pictures of the real window for the README and for
 * looking at a screen by hand): opens the window at 1600 × 1000 on the database named by the first
 * argument, waits until it is ready, and hands the window to the look's script, which drives it
 * with {@link #poll} and {@link #later} (on the FX thread, never blocking it), writes pictures
 * with {@link #write} and ends with {@link #finish}. Run with the jar and test classes on the
 * class path, on a display (Xvfb) or headless with Monocle.
 */
public final class WindowLook {
    private static String[] arguments;
    private static Consumer<WindowLook> script;

    private final Stage stage;
    private final MainWindow window;

    private WindowLook(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    /** Launches the window on {@code args[0]} and runs {@code then} once it is ready; returns when it closes. */
    public static void launch(String[] args, Consumer<WindowLook> then) {
        if (args.length < 2) {
            System.err.println("usage: DB OUT [more arguments of the look]");
            System.exit(2);
        }
        arguments = args.clone();
        script = then;
        Application.launch(Look.class);
    }

    /** The application; a nested class so that the launcher does not need JavaFX on the module path. */
    public static final class Look extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = App.createWindow(Work.background(2));
            stage.setScene(new Scene(window.root(), 1600, 1000));
            stage.show();
            window.open(Path.of(arguments[0]));
            WindowLook look = new WindowLook(stage, window);
            look.poll(() -> window.stateProperty().get() == MainWindow.State.READY, () -> script.accept(look));
        }
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The look's argument {@code i} (0 is the database, 1 where to write), or {@code otherwise}. */
    public String argument(int i, String otherwise) {
        return i < arguments.length ? arguments[i] : otherwise;
    }

    /** Where to write: the second argument. */
    public Path out() {
        return Path.of(arguments[1]);
    }

    /** Runs {@code then} on the FX thread once {@code ready} holds, checking every 200 ms. */
    public void poll(BooleanSupplier ready, Runnable then) {
        PauseTransition p = new PauseTransition(Duration.millis(200));
        p.setOnFinished(e -> {
            if (ready.getAsBoolean()) {
                then.run();
            } else {
                poll(ready, then);
            }
        });
        p.play();
    }

    /** Runs {@code then} on the FX thread after {@code seconds} (for map tiles to load, say). */
    public void later(double seconds, Runnable then) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> then.run());
        p.play();
    }

    /** Writes a picture of the main window to {@code file}. */
    public void write(Path file) {
        write(stage, file);
    }

    /** Writes a picture of {@code of} (the main window or a dialog of it) to {@code file}. */
    public void write(Stage of, Path file) {
        Snapshots.writePng(Snapshots.capture(of.getScene()), file);
        System.out.println("wrote " + file);
    }

    /** Closes the database and ends the program. */
    public void finish() {
        window.closeDatabase();
        Platform.exit();
    }
}

package dev.microtower.cli;

import dev.microtower.App;
import dev.microtower.app.OpenSession;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.export.Shot;
import dev.microtower.presentation.export.StoryboardPdf;
import dev.microtower.presentation.export.StoryboardPng;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.presentation.ui.PresentationModule;
import dev.microtower.shell.WindowSnapshot;
import dev.microtower.store.DataLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code present}: a storyboard rendered without a display, each view presented in the main window
 * as presentation mode shows it, then written as a PDF (a page per view) or as PNG files.
 */
@Command(
        name = "present",
        description = "Export a storyboard without a display: a PDF with a page per view, or a PNG per view.")
final class PresentCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--storyboard", required = true, paramLabel = "NAME", description = "The storyboard to export.")
    String storyboard;

    static final class Output {
        @Option(names = "--pdf", paramLabel = "FILE", description = "Write a PDF, one page per view.")
        Path pdf;

        @Option(names = "--png", paramLabel = "DIR", description = "Write one PNG per view into this folder.")
        Path png;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Output output;

    @Option(
            names = "--width",
            defaultValue = "1600",
            description = "Screen width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--height",
            defaultValue = "1000",
            description = "Screen height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Option(
            names = "--timeout",
            defaultValue = "300",
            description = "Seconds to wait for all views (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (width < 400 || height < 300 || width > 8000 || height > 8000) {
            throw new CommandException("--width must be 400 to 8000 and --height 300 to 8000 pixels");
        }
        Path database = DataLocation.resolve(parent.db);
        Storyboard board;
        List<String> names;
        try (OpenSession session = OpenSession.open(database)) {
            StoryboardRepository store = session.get(StoryboardRepository.class);
            board = store.find(storyboard).orElse(null);
            names = store.names();
        }
        if (board == null) {
            throw new CommandException("there is no storyboard called '" + storyboard + "' in " + database
                    + (names.isEmpty() ? " (it has none)" : "; it has: " + String.join(", ", names)));
        }
        if (board.views().isEmpty()) {
            throw new CommandException("the storyboard '" + board.name() + "' has no views; nothing written");
        }
        WindowSnapshot.useHeadlessToolkit(width, height);
        WindowSnapshot.startToolkit();
        List<Shot> shots;
        try {
            shots = WindowSnapshot.whenReady(
                    database,
                    width,
                    height,
                    App::createWindow,
                    window -> window.module(PresentationModule.class).shots(board),
                    timeoutSeconds);
        } catch (TimeoutException e) {
            throw new CommandException("the views were not all shown after " + timeoutSeconds + " s; nothing written");
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        } finally {
            Platform.exit();
        }
        if (output.pdf != null) {
            StoryboardPdf.write(board.name(), shots, output.pdf);
            spec.commandLine().getOut().println("wrote " + output.pdf + " (" + shots.size() + " pages)");
        } else {
            List<Path> files = StoryboardPng.write(shots, output.png);
            files.forEach(f -> spec.commandLine().getOut().println("wrote " + f));
        }
        return 0;
    }
}

package dev.microtower;

import dev.microtower.cli.MicrotowerCommand;

/**
 * The main class. Not a {@code javafx.application.Application}, so that the plain class path
 * works and the command line never touches the toolkit. Without a sub-command it starts the
 * window; with one ({@code import}, {@code export}, {@code info}, {@code demo}, ...) it runs that.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int exitCode = MicrotowerCommand.run(args);
        if (exitCode != MicrotowerCommand.STARTED_WINDOW) {
            System.exit(exitCode);
        }
    }
}
